import type { MessagePort } from 'node:worker_threads';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';
import type { Outcome, ProcedureCall } from '../procedures.js';
import { serializeError, type SerializedError } from '../serialized-error.js';

export type ThreadRequest =
  | { id: number; kind: 'query'; sql: string; parameters: readonly unknown[] }
  | { id: number; kind: 'group'; calls: readonly ProcedureCall[] }
  | { id: number; kind: 'read'; call: ProcedureCall }
  | { id: number; kind: 'close' };

/** Id 0 announces that the thread is ready. */
export type ThreadReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };

export interface ThreadHostDeps {
  /** The write connection (with the statement cache), for single statements. */
  connection: KyselySqliteDatabase;
  /** Runs a procedure group on the same connection (ProcedureRegistry.runGroup over its Kysely). */
  runGroup(calls: readonly ProcedureCall[]): Promise<Outcome[]>;
  /** Runs a read procedure on the same connection (a reader thread's). */
  runRead(call: ProcedureCall): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * A SQLite thread's side of sqlite-thread.ts: runs requests one at a time, in the order they
 * arrive, on the thread's one connection. The sending side serialises transactions, so statements of
 * one transaction are never interleaved with anything else.
 */
export function serveSqliteThread(port: MessagePort, deps: ThreadHostDeps): void {
  let queue = Promise.resolve();
  port.on('message', (request: ThreadRequest) => {
    queue = queue.then(() => handle(port, deps, request));
  });
  port.postMessage({ id: 0, ok: true, value: null } satisfies ThreadReply);
}

async function handle(port: MessagePort, deps: ThreadHostDeps, request: ThreadRequest): Promise<void> {
  let reply: ThreadReply;
  try {
    reply = { id: request.id, ok: true, value: await execute(deps, request) };
  } catch (error) {
    reply = { id: request.id, ok: false, error: serializeError(error) };
  }
  port.postMessage(reply);
  if (request.kind === 'close') port.close();
}

async function execute(deps: ThreadHostDeps, request: ThreadRequest): Promise<unknown> {
  switch (request.kind) {
    case 'query':
      return runStatement(deps.connection, request.sql, request.parameters);
    case 'group': {
      const outcomes = await deps.runGroup(request.calls);
      return outcomes.map((outcome) => (outcome.ok ? outcome : { ok: false, error: serializeError(outcome.error) }));
    }
    case 'read':
      return deps.runRead(request.call);
    case 'close':
      await deps.close();
      return null;
  }
}

/** As Kysely's SqliteConnection.executeQuery does it. */
function runStatement(connection: KyselySqliteDatabase, sql: string, parameters: readonly unknown[]): unknown {
  const statement = connection.prepare(sql);
  if (statement.reader) return { rows: statement.all(parameters) };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return {
    numAffectedRows: changes !== undefined && changes !== null ? BigInt(changes) : undefined,
    insertId: lastInsertRowid !== undefined && lastInsertRowid !== null ? BigInt(lastInsertRowid) : undefined,
    rows: [],
  };
}
