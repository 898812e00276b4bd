import { sql } from 'kysely';
import type { Executor } from '../../db/dialects/types.js';
import { STATEMENT_COMMITS_WITHOUT_WAITING_FOR_DISK } from '../../db/undurable-commit.js';
import type { BucketDecision, BucketPolicy } from './token-bucket.js';

/**
 * takeToken (token-bucket.ts) as one statement over the shared table, so every process sharing
 * the PostgreSQL database draws from the same bucket: the row lock of the upsert orders concurrent
 * takes, and nothing is read and written back across round trips. Its commit does not wait for the
 * disk: every request takes a token, reads too, and a power cut that loses the last few takes only
 * refills a bucket a little early.
 */
export async function takeTokenInTable(db: Executor, bucket: string, policy: BucketPolicy, now: number): Promise<BucketDecision> {
  const available = sql<number>`least(${policy.capacity}::float8, rate_limit_buckets.tokens + greatest(0, ${now}::bigint - rate_limit_buckets.refilled_at) * ${policy.refillPerMs}::float8)`;
  const { rows } = await sql<{ tokens: number; allowed: boolean }>`
    insert into rate_limit_buckets (bucket, tokens, refilled_at, allowed)
    values (${bucket}, ${policy.capacity - 1}::float8, ${now}::bigint, true)
    on conflict (bucket) do update set
      tokens = case when ${available} >= 1 then ${available} - 1 else ${available} end,
      allowed = ${available} >= 1,
      refilled_at = greatest(rate_limit_buckets.refilled_at, ${now}::bigint)
    returning tokens, allowed, ${STATEMENT_COMMITS_WITHOUT_WAITING_FOR_DISK}`.execute(db);
  const [row] = rows;
  return { allowed: Boolean(row.allowed), tokens: Number(row.tokens) };
}
