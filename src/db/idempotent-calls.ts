import type { Kysely, Transaction } from 'kysely';
import { ApiError } from '../http/errors.js';
import type { Database } from './schema.js';

/**
 * A request's claim on its Idempotency-Key (src/modules/idempotency). The route handler passes it
 * explicitly, as the service method's trailing argument (plain data, so it crosses to the service
 * thread on SQLite like any other argument), and the service passes it on to the write transaction
 * that makes the request's writes durable: `recordedTransaction`, or `GroupCommit.run`. It is not
 * carried implicitly in async context storage (node:async_hooks): in Node 20 the first use of one
 * turns on a process-wide PromiseHook for good, which made every promise of the server ~3x as
 * costly (docs/architecture.md, Idempotent retries).
 */
export interface IdempotentCall {
  workspaceId: string;
  key: string;
  /** Which claim of the key this request holds: one taken over after its lease ran out records nothing. */
  token: string;
  /** The hash of the request (method, URL, body) and when the key was claimed, stored with the answer. */
  requestHash: string;
  claimedAt: number;
}

export const IN_PROGRESS_MESSAGE = 'A request with this Idempotency-Key is still in progress';

/**
 * Records `value` as the result of the idempotent call, inside the transaction `trx` that makes its
 * writes durable: the result commits with the writes or not at all, so a retry of a request whose
 * answer was lost (a crash, a timeout) is answered from it instead of writing again. The key's row
 * is written here, or its claim row (PostgreSQL) completed; a row of another claim of the key (one
 * that took it over after this request's lease ran out) fails the transaction instead.
 * Without a call (a request without a key, background work) it records nothing.
 */
export async function recordCallResult(trx: Transaction<Database>, value: unknown, call: IdempotentCall | undefined): Promise<void> {
  if (!call) return;
  const result = JSON.stringify(value ?? null);
  const recorded = await trx
    .insertInto('idempotency_keys')
    .values({
      workspace_id: call.workspaceId,
      idempotency_key: call.key,
      request_hash: call.requestHash,
      token: call.token,
      state: 'done',
      claimed_at: call.claimedAt,
      lease_until: call.claimedAt,
      result,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'idempotency_key']).doUpdateSet({ state: 'done', result }).where('idempotency_keys.token', '=', call.token))
    .executeTakeFirst();
  if (Number(recorded.numInsertedOrUpdatedRows ?? 0) === 0) throw new ApiError('CONFLICT', IN_PROGRESS_MESSAGE);
}

/**
 * A service's write transaction whose value is the answer of the request `call` (if any): that value
 * is recorded (recordCallResult) in the same transaction, just before its commit. A write method
 * answers the value of its (last) write transaction, and runs that one here with the call its route
 * passed it; test/idempotency.test.ts checks this for every write route.
 */
export function recordedTransaction<T>(db: Kysely<Database>, call: IdempotentCall | undefined, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const value = await work(trx);
    await recordCallResult(trx, value, call);
    return value;
  });
}
