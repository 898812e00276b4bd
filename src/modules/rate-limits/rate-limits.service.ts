import type { Kysely } from 'kysely';
import type { Dialect } from '../../db/index.js';
import type { Database } from '../../db/schema.js';
import { takeTokenInTable } from './rate-limits.repository.js';
import { fullBucket, takeToken, type BucketDecision, type BucketPolicy, type BucketState } from './token-bucket.js';

/**
 * Past this many buckets in memory, those untouched for a minute are dropped: a bucket of
 * policyPerMinute refills completely in 6 seconds, so they hold nothing worth remembering.
 */
const MEMORY_PRUNE_AT = 50_000;
const IDLE_MS = 60_000;

/**
 * Where the rate limits' buckets live. On SQLite one process serves the database, so they live in
 * its memory (here, on the service thread); on PostgreSQL several processes may share the database,
 * so they live in the `rate_limit_buckets` table and every process draws from the same ones. The
 * policy comes with each call: it is the HTTP layer's configuration, not state.
 */
export class RateLimitsService {
  private readonly buckets = new Map<string, BucketState>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  async take(bucket: string, policy: BucketPolicy, now: number): Promise<BucketDecision> {
    if (this.dialect.engine === 'postgres') return takeTokenInTable(this.db, bucket, policy, now);
    let state = this.buckets.get(bucket);
    if (state === undefined) {
      if (this.buckets.size >= MEMORY_PRUNE_AT) this.pruneIdle(now);
      state = fullBucket(policy, now);
      this.buckets.set(bucket, state);
    }
    return takeToken(state, policy, now);
  }

  private pruneIdle(now: number): void {
    for (const [bucket, state] of this.buckets) {
      if (now - state.refilledAt > IDLE_MS) this.buckets.delete(bucket);
    }
  }
}
