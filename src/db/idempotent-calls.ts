import { AsyncLocalStorage } from 'node:async_hooks';
import { Kysely, type Transaction, type TransactionBuilder } from 'kysely';
import { ApiError } from '../http/errors.js';
import type { Database } from './schema.js';

/**
 * A request's claim on its Idempotency-Key (src/modules/idempotency), carried with the service calls
 * it makes — in this thread, and in the message to the service thread on SQLite.
 */
export interface IdempotentCall {
  workspaceId: string;
  key: string;
  /** Which claim of the key this request holds: one taken over after its lease ran out records nothing. */
  token: string;
}

export const IN_PROGRESS_MESSAGE = 'A request with this Idempotency-Key is still in progress';

const calls = new AsyncLocalStorage<IdempotentCall>();

/** Runs `work` (and everything it starts) as part of `call`: its write transactions record their result. */
export function runInIdempotentCall<T>(call: IdempotentCall | undefined, work: () => T): T {
  return call ? calls.run(call, work) : work();
}

/** The idempotent call the caller is part of, if any. */
export function currentIdempotentCall(): IdempotentCall | undefined {
  return calls.getStore();
}

/**
 * Runs `work` outside any idempotent call: for work that outlives the request that started it (a
 * scoring run, a group commit's transaction shared by several requests), whose transactions are not
 * that request's result.
 */
export function outsideIdempotentCall<T>(work: () => T): T {
  return calls.exit(work);
}

/**
 * Records `value` as the result of the idempotent call, inside the transaction `trx` that makes its
 * writes durable: the result commits with the writes or not at all, so a retry of a request whose
 * answer was lost (a crash, a timeout) is answered from it instead of writing again. A claim that is
 * no longer the key's (its lease ran out and a retry took the key over) fails the transaction.
 */
export async function recordCallResult(trx: Transaction<Database>, value: unknown, call = currentIdempotentCall()): Promise<void> {
  if (!call) return;
  const updated = await trx
    .updateTable('idempotency_keys')
    .set({ state: 'done', result: JSON.stringify(value ?? null) })
    .where('workspace_id', '=', call.workspaceId)
    .where('idempotency_key', '=', call.key)
    .where('token', '=', call.token)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw new ApiError('CONFLICT', IN_PROGRESS_MESSAGE);
}

/**
 * Kysely whose `transaction().execute(work)` — every service's write transaction — records what
 * `work` returns as the result of the idempotent call it runs in (recordCallResult), in that
 * transaction. A service method answers the value of its (last) write transaction, so that value is
 * the request's response (test/idempotency.test.ts checks this for every write route). Read
 * snapshots (`setAccessMode`, `setIsolationLevel`) build a new builder and record nothing.
 */
export class RecordingKysely extends Kysely<Database> {
  override transaction(): TransactionBuilder<Database> {
    const builder = super.transaction();
    const execute = builder.execute.bind(builder);
    builder.execute = <T>(work: (trx: Transaction<Database>) => Promise<T>) =>
      execute(async (trx) => {
        const value = await work(trx);
        await recordCallResult(trx, value);
        return value;
      });
    return builder;
  }
}
