import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../../db/index.js';
import { commitWithoutWaitingForDisk } from '../../db/undurable-commit.js';
import { GroupCommit } from '../../db/group-commit.js';
import { IN_PROGRESS_MESSAGE, recordCallResult, type IdempotentCall } from '../../db/idempotent-calls.js';
import { ApiError } from '../../http/errors.js';
import * as repo from './idempotency.repository.js';

/** How long a key is remembered: a retry after this runs as a new request. */
export const KEY_RETENTION_MS = 24 * 60 * 60 * 1000;
/**
 * How long a claim holds its key without a result. A request still running after it loses the key:
 * a retry takes it over, and the first request's write then fails (recordCallResult) instead of
 * writing twice. Far beyond any request's time (a 10 MiB signal import takes seconds).
 */
export const CLAIM_LEASE_MS = 60_000;

export type Claim = { kind: 'claimed'; call: IdempotentCall; claimedAt: number } | { kind: 'replay'; result: string; claimedAt: number };

export const reusedKeyMessage = (key: string) => `Idempotency-Key '${key}' was already used with a different request`;

/** The request a key was first used with: its method, URL (path and query) and body. */
export function requestHash(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${url}\n`)
    .update(JSON.stringify(body))
    .digest('hex');
}

/**
 * Idempotency-Key (docs/api.md#idempotent-retries): a request claims its key before it runs, its
 * write transaction records its result on the claim (src/db/idempotent-calls.ts), and a repeat is
 * answered from that result. Keys are per workspace.
 */
export class IdempotencyService {
  /** Claims commit together under load, like the writes they guard. */
  private readonly claims: GroupCommit;

  constructor(
    private readonly db: Kysely<Database>,
    dialect: Dialect,
  ) {
    // A claim lost in a power cut belongs to a request that never answered: its retry claims afresh.
    this.claims = new GroupCommit(db, { transaction: (work) => commitWithoutWaitingForDisk(db, dialect, work) });
  }

  /**
   * Claims `key` for a request, or answers how an earlier request with it went: its recorded result
   * (replay), 422 when that request differed, 409 while it is still running.
   */
  claim(workspaceId: string, key: string, hash: string, now: number): Promise<Claim> {
    return this.claims.run(workspaceId, async (trx) => {
      await repo.deleteExpiredKeys(trx, workspaceId, now - KEY_RETENTION_MS);
      const claim = { token: randomBytes(12).toString('base64url'), claimed_at: now, lease_until: now + CLAIM_LEASE_MS };
      const claimed: Claim = { kind: 'claimed', call: { workspaceId, key, token: claim.token }, claimedAt: now };
      const row = { workspace_id: workspaceId, idempotency_key: key, request_hash: hash, state: 'running' as const, result: null, ...claim };
      if (await repo.insertClaim(trx, row)) return claimed;
      const seen = await repo.findKey(trx, workspaceId, key);
      // Deleted between the two statements (only a sweep does that): the key is free again.
      if (!seen) return (await repo.insertClaim(trx, row)) ? claimed : conflict();
      if (seen.request_hash !== hash) throw new ApiError('UNPROCESSABLE_ENTITY', reusedKeyMessage(key));
      if (seen.state === 'done') return { kind: 'replay', result: seen.result ?? 'null', claimedAt: seen.claimed_at };
      if (seen.lease_until > now) conflict();
      // The request holding it ended without a word (its process died): this one runs instead.
      return (await repo.takeOverClaim(trx, seen, claim)) ? claimed : conflict();
    });
  }

  /**
   * Records the answer of a request whose writes span several transactions (a route with
   * `answerRecordedAtEnd`), once they have all committed.
   */
  async complete(call: IdempotentCall, answer: unknown): Promise<void> {
    await this.db.transaction().execute((trx) => recordCallResult(trx, answer, call));
  }

  /** Before an error's response: the claim of a request that wrote nothing lets its key go. */
  async release(call: IdempotentCall): Promise<void> {
    await repo.deleteUnfinishedClaim(this.db, call.workspaceId, call.key, call.token);
  }
}

function conflict(): never {
  throw new ApiError('CONFLICT', IN_PROGRESS_MESSAGE);
}
