import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServiceApi } from '../lib/service-api.js';
import type { RateLimitsService } from '../modules/rate-limits/rate-limits.service.js';
import {
  policyPerMinute,
  secondsUntilFull,
  secondsUntilNextToken,
  type BucketDecision,
  type BucketPolicy,
} from '../modules/rate-limits/token-bucket.js';
import { ApiError } from './errors.js';

export interface RateLimitOptions {
  /** Per API key or console user; 0 = off. */
  perMinute: number;
  /** Per client address, counting only requests that fail authentication; 0 = off. */
  unauthenticatedPerMinute: number;
  /** Epoch milliseconds now (tests move it). */
  clock: () => number;
}

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

const tooManyRequests = (seconds: number) => new ApiError('TOO_MANY_REQUESTS', `Rate limit exceeded: retry in ${seconds} seconds`);

/**
 * The /api/v1 rate limits (docs/api.md, "Rate limits") around the credentials check `auth`:
 *
 * - every authenticated request takes a token from its credential's bucket (a key, or a console
 *   user), and its answer says how many are left (`RateLimit-*`); an empty bucket answers 429;
 * - a request that fails authentication takes one from its address's bucket instead, so guessing
 *   keys is slow. An address whose bucket is empty is refused before its key is even looked at —
 *   otherwise a guess that happens to be right would still be answered. That refusal is
 *   remembered here, in this process, until the bucket has a token again: checking the shared
 *   bucket before every request would cost every honest request a round trip.
 *
 * Routes anyone may call (`access: 'public'`: signing in, with its own throttle) are not limited.
 */
export function rateLimited(auth: Hook, buckets: ServiceApi<RateLimitsService>, options: RateLimitOptions): Hook {
  const keyPolicy = options.perMinute > 0 ? policyPerMinute(options.perMinute) : undefined;
  const addressPolicy = options.unauthenticatedPerMinute > 0 ? policyPerMinute(options.unauthenticatedPerMinute) : undefined;
  const refusedUntil = new Map<string, number>();

  /** Takes a token from `bucket`; an empty one → 429 (`onRefused` learns for how long). */
  const charge = async (reply: FastifyReply, bucket: string, policy: BucketPolicy, onRefused?: (ms: number) => void): Promise<void> => {
    const decision = await buckets.take(bucket, policy, options.clock());
    setRateLimitHeaders(reply, decision, policy);
    if (decision.allowed) return;
    const seconds = secondsUntilNextToken(decision, policy);
    onRefused?.(seconds * 1000);
    reply.header('retry-after', String(seconds));
    throw tooManyRequests(seconds);
  };

  return async (request, reply) => {
    if (request.routeOptions.config.access === 'public') return auth(request, reply);
    const address = request.ip;
    if (addressPolicy !== undefined) refuseRemembered(address, reply);
    try {
      await auth(request, reply);
    } catch (error) {
      const unauthorized = error instanceof ApiError && error.statusCode === 401;
      if (addressPolicy !== undefined && unauthorized) {
        await charge(reply, `address:${address}`, addressPolicy, (ms) => refusedUntil.set(address, options.clock() + ms));
      }
      throw error;
    }
    if (keyPolicy !== undefined) await charge(reply, `credential:${request.credentialId}`, keyPolicy);
  };

  function refuseRemembered(address: string, reply: FastifyReply): void {
    const until = refusedUntil.get(address);
    if (until === undefined) return;
    const waitMs = until - options.clock();
    if (waitMs <= 0) {
      refusedUntil.delete(address);
      return;
    }
    const seconds = Math.ceil(waitMs / 1000);
    reply.header('retry-after', String(seconds));
    throw tooManyRequests(seconds);
  }
}

/** The IETF draft's headers (draft-ietf-httpapi-ratelimit-headers): the burst, what is left, seconds until full. */
function setRateLimitHeaders(reply: FastifyReply, decision: BucketDecision, policy: BucketPolicy): void {
  reply.header('ratelimit-limit', String(policy.capacity));
  reply.header('ratelimit-remaining', String(Math.floor(decision.tokens)));
  reply.header('ratelimit-reset', String(secondsUntilFull(decision, policy)));
  reply.header('ratelimit-policy', `${policy.capacity};w=${Math.round(policy.capacity / policy.refillPerMs / 1000)}`);
}
