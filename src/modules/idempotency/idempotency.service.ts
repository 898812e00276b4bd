import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../../db/index.js';
import type { IdempotencyKeyRow } from '../../db/schema.js';
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
 * write transaction records its result (src/db/idempotent-calls.ts), and a repeat is answered from
 * that result. Keys are per workspace.
 *
 * Where a running request's claim lives follows the rate limits' buckets: on PostgreSQL several
 * processes may share the database, so a claim is a row that every process sees — inserted by one
 * statement in one round trip whose commit does not wait for the disk (a claim lost in a power cut
 * belongs to a request that never answered: its retry claims afresh). On SQLite one process serves
 * the database, so a claim is an entry in its memory (here, on the service thread) and the writer
 * commits nothing before the request's own write; the key's row is written with the answer.
 */
export class IdempotencyService {
  /** SQLite: the claims of the requests running in this process, by workspace and key. */
  private readonly running: Map<string, { token: string; leaseUntil: number }> | undefined;
  /** When this process last forgot each workspace's expired keys. */
  private readonly sweptAt = new Map<string, number>();

  constructor(
    private readonly db: Kysely<Database>,
    dialect: Dialect,
  ) {
    if (dialect.engine === 'sqlite') this.running = new Map();
  }

  /**
   * Claims `key` for a request, or answers how an earlier request with it went: its recorded result
   * (replay), 422 when that request differed, 409 while it is still running.
   */
  async claim(workspaceId: string, key: string, hash: string, now: number): Promise<Claim> {
    await this.sweepExpiredKeys(workspaceId, now);
    const call: IdempotentCall = { workspaceId, key, token: randomBytes(12).toString('base64url'), requestHash: hash, claimedAt: now };
    return this.running ? this.claimInMemory(this.running, call) : this.claimRow(call);
  }

  /** PostgreSQL: a claim row, inserted, or taken over from a request that can no longer hold it. */
  private async claimRow(call: IdempotentCall): Promise<Claim> {
    const row = claimRowOf(call);
    if (await repo.insertClaim(this.db, row)) return claimed(call);
    const seen = await repo.findKey(this.db, call.workspaceId, call.key);
    // Let go or forgotten between the two statements: the key is free again.
    if (!seen) return (await repo.insertClaim(this.db, row)) ? claimed(call) : conflict();
    return earlierAnswer(seen, call) ?? ((await repo.takeOverClaim(this.db, seen, row)) ? claimed(call) : conflict());
  }

  /** SQLite: the key's row, if any, says how an earlier request went; a running one is in memory. */
  private async claimInMemory(running: Map<string, { token: string; leaseUntil: number }>, call: IdempotentCall): Promise<Claim> {
    const seen = await repo.findKey(this.db, call.workspaceId, call.key);
    if (seen) {
      const answer = earlierAnswer(seen, call);
      if (answer) return answer;
      await repo.deleteKey(this.db, seen);
    }
    const name = runningName(call);
    if ((running.get(name)?.leaseUntil ?? -Infinity) > call.claimedAt) conflict();
    running.set(name, { token: call.token, leaseUntil: call.claimedAt + CLAIM_LEASE_MS });
    return claimed(call);
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

  /**
   * Before a keyed request's response: its claim ends. `recorded`: its answer was recorded (a 200);
   * otherwise it wrote nothing, and its key is let go so that a retry runs afresh.
   */
  async release(call: IdempotentCall, recorded: boolean): Promise<void> {
    if (this.running) {
      const name = runningName(call);
      if (this.running.get(name)?.token === call.token) this.running.delete(name);
    } else if (!recorded) {
      await repo.deleteUnfinishedClaim(this.db, call.workspaceId, call.key, call.token);
    }
  }
}

/**
 * What the key's row says to a new request with it: the recorded answer (replay), 422 when that
 * request differed, 409 while its claim holds — or nothing, when the key is free to take: past its
 * 24 hours, or held by a request that ended without a word (its process died, its lease ran out).
 */
function earlierAnswer(seen: IdempotencyKeyRow, call: IdempotentCall): Claim | undefined {
  if (seen.claimed_at <= call.claimedAt - KEY_RETENTION_MS) return undefined;
  if (seen.request_hash !== call.requestHash) throw new ApiError('UNPROCESSABLE_ENTITY', reusedKeyMessage(call.key));
  if (seen.state === 'done') return { kind: 'replay', result: seen.result ?? 'null', claimedAt: seen.claimed_at };
  if (seen.lease_until > call.claimedAt) conflict();
  return undefined;
}

function claimRowOf(call: IdempotentCall): IdempotencyKeyRow {
  return {
    workspace_id: call.workspaceId,
    idempotency_key: call.key,
    request_hash: call.requestHash,
    state: 'running',
    result: null,
    token: call.token,
    claimed_at: call.claimedAt,
    lease_until: call.claimedAt + CLAIM_LEASE_MS,
  };
}

/** A running claim's entry: keys are per workspace. */
function runningName(call: IdempotentCall): string {
  return `${call.workspaceId}\n${call.key}`;
}

function claimed(call: IdempotentCall): Claim {
  return { kind: 'claimed', call, claimedAt: call.claimedAt };
}

function conflict(): never {
  throw new ApiError('CONFLICT', IN_PROGRESS_MESSAGE);
}
