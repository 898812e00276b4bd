import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../../db/index.js';
import type { Executor } from '../../db/dialects/types.js';
import type { IdempotencyKeyRow } from '../../db/schema.js';
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

/** How often a process forgets a workspace's expired keys; a key found expired before then counts as free. */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * Idempotency-Key (docs/api.md#idempotent-retries): a request claims its key before it runs, its
 * write transaction records its result on the claim (src/db/idempotent-calls.ts), and a repeat is
 * answered from that result. Keys are per workspace.
 *
 * A new key's claim is one statement. On PostgreSQL it runs on its own, outside any transaction,
 * in one round trip whose commit does not wait for the disk; on SQLite claims commit together on
 * the one writer (GroupCommit), without waiting for the disk either. A claim lost in a power cut
 * belongs to a request that never answered: its retry claims afresh.
 */
export class IdempotencyService {
  /** SQLite: claims commit together under load, like the writes they guard. */
  private readonly claims: GroupCommit | undefined;
  /** When this process last forgot each workspace's expired keys. */
  private readonly sweptAt = new Map<string, number>();

  constructor(
    private readonly db: Kysely<Database>,
    dialect: Dialect,
  ) {
    if (dialect.engine === 'sqlite') this.claims = new GroupCommit(db, { transaction: (work) => commitWithoutWaitingForDisk(db, dialect, work) });
  }

  /**
   * Claims `key` for a request, or answers how an earlier request with it went: its recorded result
   * (replay), 422 when that request differed, 409 while it is still running.
   */
  async claim(workspaceId: string, key: string, hash: string, now: number): Promise<Claim> {
    await this.sweepExpiredKeys(workspaceId, now);
    const row: IdempotencyKeyRow = {
      workspace_id: workspaceId,
      idempotency_key: key,
      request_hash: hash,
      state: 'running',
      result: null,
      token: randomBytes(12).toString('base64url'),
      claimed_at: now,
      lease_until: now + CLAIM_LEASE_MS,
    };
    if (!this.claims) return this.claimWith(this.db, row, true);
    return this.claims.run(workspaceId, (trx) => this.claimWith(trx, row, false));
  }

  /** `ownCommits`: each statement commits by itself (PostgreSQL, outside a transaction). */
  private async claimWith(db: Executor, row: IdempotencyKeyRow, ownCommits: boolean): Promise<Claim> {
    const claimed: Claim = { kind: 'claimed', call: { workspaceId: row.workspace_id, key: row.idempotency_key, token: row.token }, claimedAt: row.claimed_at };
    if (await repo.insertClaim(db, row, ownCommits)) return claimed;
    const seen = await repo.findKey(db, row.workspace_id, row.idempotency_key);
    // Let go or forgotten between the two statements: the key is free again.
    if (!seen) return (await repo.insertClaim(db, row, ownCommits)) ? claimed : conflict();
    const forgotten = seen.claimed_at <= row.claimed_at - KEY_RETENTION_MS;
    if (!forgotten) {
      if (seen.request_hash !== row.request_hash) throw new ApiError('UNPROCESSABLE_ENTITY', reusedKeyMessage(row.idempotency_key));
      if (seen.state === 'done') return { kind: 'replay', result: seen.result ?? 'null', claimedAt: seen.claimed_at };
      if (seen.lease_until > row.claimed_at) conflict();
    }
    // Past its 24 hours, or held by a request that ended without a word (its process died): this one runs instead.
    return (await repo.takeOverClaim(db, seen, row)) ? claimed : conflict();
  }

  /** Keeps the table to a day of keys, without a delete on every claim. */
  private async sweepExpiredKeys(workspaceId: string, now: number): Promise<void> {
    if (now - (this.sweptAt.get(workspaceId) ?? -Infinity) < SWEEP_INTERVAL_MS) return;
    this.sweptAt.set(workspaceId, now);
    await repo.deleteExpiredKeys(this.db, workspaceId, now - KEY_RETENTION_MS);
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
