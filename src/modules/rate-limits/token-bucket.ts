/**
 * The token bucket of the API's rate limits (docs/api.md, "Rate limits"): a bucket holds up to
 * `capacity` tokens, refills continuously at `refillPerMs`, and every request takes one. Pure, so the
 * in-memory store (SQLite: one process) and the SQL of the shared store (PostgreSQL: every process)
 * are checked against the same decisions (token-bucket.test.ts).
 */
export interface BucketPolicy {
  /** The most requests that may arrive at once (the burst). */
  readonly capacity: number;
  /** Tokens added per millisecond. */
  readonly refillPerMs: number;
}

export interface BucketState {
  tokens: number;
  refilledAt: number;
}

export interface BucketDecision {
  allowed: boolean;
  /** Tokens left after this request (fractional: the bucket refills continuously). */
  tokens: number;
}

/** `perMinute` requests a minute on average, in bursts of up to a tenth of that (at least 1). */
export function policyPerMinute(perMinute: number): BucketPolicy {
  return { capacity: Math.max(1, Math.floor(perMinute / 10)), refillPerMs: perMinute / 60_000 };
}

/** Takes one token at `now` from `state` (a new bucket starts full); `state` is updated in place. */
export function takeToken(state: BucketState, policy: BucketPolicy, now: number): BucketDecision {
  const elapsed = Math.max(0, now - state.refilledAt);
  const available = Math.min(policy.capacity, state.tokens + elapsed * policy.refillPerMs);
  const allowed = available >= 1;
  state.tokens = allowed ? available - 1 : available;
  state.refilledAt = Math.max(state.refilledAt, now);
  return { allowed, tokens: state.tokens };
}

export const fullBucket = (policy: BucketPolicy, now: number): BucketState => ({ tokens: policy.capacity, refilledAt: now });

/** Whole seconds until one token is there again (at least 1): `Retry-After`. */
export function secondsUntilNextToken(decision: BucketDecision, policy: BucketPolicy): number {
  return Math.max(1, Math.ceil((1 - decision.tokens) / policy.refillPerMs / 1000));
}

/** Whole seconds until the bucket is full again: `RateLimit-Reset`. */
export function secondsUntilFull(decision: BucketDecision, policy: BucketPolicy): number {
  return Math.ceil((policy.capacity - decision.tokens) / policy.refillPerMs / 1000);
}
