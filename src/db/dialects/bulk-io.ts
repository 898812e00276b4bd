import { Worker } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { sql, type Compilable, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { openThreadedSqlite } from './sqlite-thread.js';
import type { Dialect } from './types.js';

/**
 * A connection for a long batch job's writes (a scoring run: a thousand chunk transactions of
 * derived data). On SQLite it is a second connection to the file with synchronous=NORMAL: in WAL
 * mode a commit then appends to the WAL without waiting for an fsync — the job's transactions
 * stay atomic and ordered, and a power loss can only lose its last few, whole (a scoring run's
 * checkpoint commits with its chunk, so it resumes from the last durable one). API writes keep
 * their own connection and synchronous=FULL.
 *
 * Like the API's, the job's write connection lives on a thread of its own (sqlite-thread.ts): when
 * the two wait for each other's write lock, a thread sleeps in SQLite's busy handler, never the
 * event loop — which may be the very thing the other transaction is waiting for (its next statement).
 *
 * The job's connection never checkpoints the WAL itself: while the job writes (between
 * `checkpointing()` and the function it returns), a thread of its own does, every 250 ms
 * (wal-checkpointer.worker.mjs), so the copy-back and its fsync do not stall the event loop. The
 * API's connection keeps its own automatic checkpoints, and outside a job nothing changes for it.
 *
 * On PostgreSQL (and an in-memory SQLite) it is the given database itself.
 */
export interface BatchWriter {
  db: Kysely<Database>;
  /** Starts background checkpoints for a job; call the returned function when the job ends. */
  checkpointing(): () => Promise<void>;
  close(): Promise<void>;
}

export async function openBatchWriter(db: Kysely<Database>, dialect: Dialect): Promise<BatchWriter> {
  const path = dialect.engine === 'sqlite' ? await sqliteFile(db) : undefined;
  if (!path) return { db, checkpointing: () => async () => {}, close: async () => {} };
  const writer = openThreadedSqlite(path, { procedures: false }).db;
  await sql`pragma synchronous = NORMAL`.execute(writer);
  await sql`pragma wal_autocheckpoint = 0`.execute(writer);
  return { db: writer, checkpointing: () => startCheckpointer(path), close: () => writer.destroy() };
}

function startCheckpointer(path: string): () => Promise<void> {
  const worker = new Worker(new URL('./wal-checkpointer.worker.mjs', import.meta.url), { workerData: { path, intervalMs: 250 } });
  worker.on('error', () => {});
  const stopped = new Promise<void>((resolve) => {
    worker.once('message', () => resolve());
    worker.once('exit', () => resolve());
  });
  let stopping: Promise<void> | undefined;
  return () =>
    (stopping ??= (async () => {
      worker.postMessage('stop');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([stopped, new Promise<void>((resolve) => (timer = setTimeout(resolve, 5000)))]);
      clearTimeout(timer);
      await worker.terminate();
    })());
}

/**
 * Reading millions of rows (a scoring run's scan of every signal) in batches of positional rows.
 *
 * Through Kysely every row becomes an object on the one shared connection; on SQLite that costs
 * about twice as much per row as better-sqlite3's raw (array) mode, and it is the floor of a full
 * scoring run. So on a file-backed SQLite database the statement runs on a separate read-only
 * connection in raw mode, streamed (one snapshot for the whole scan, the main connection free
 * between batches). Elsewhere (PostgreSQL, in-memory SQLite) it reads keyset pages through Kysely.
 * Either way the caller gets arrays of rows, each an array in `columns` order, and the event loop
 * gets a turn between batches.
 */
export interface KeysetScan {
  /** The selected columns, in order. */
  columns: readonly string[];
  /** Index in `columns` of the ascending, unique key the scan is ordered by. */
  keyColumn: number;
  /** The whole scan: every row with key > `after`, ordered by the key, no limit. */
  all(after: number): Compilable;
  /** One page of it: rows with key > `after`, ordered by the key, at most `limit`. */
  page(after: number, limit: number): Compilable;
}

export async function* bulkRead(db: Kysely<Database>, dialect: Dialect, scan: KeysetScan, after: number, batchSize: number): AsyncGenerator<unknown[][]> {
  const path = dialect.engine === 'sqlite' ? await sqliteFile(db) : undefined;
  if (path) {
    yield* rawSqliteRead(path, scan, after, batchSize);
    return;
  }
  for (let from = after; ; ) {
    const { rows } = await db.executeQuery<Record<string, unknown>>(scan.page(from, batchSize).compile());
    if (rows.length > 0) yield rows.map((row) => scan.columns.map((column) => row[column]));
    if (rows.length < batchSize) return;
    from = Number(rows[rows.length - 1][scan.columns[scan.keyColumn]]);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** The database file of a file-backed SQLite database; undefined otherwise (PostgreSQL, in-memory). */
export async function sqliteFilePath(db: Kysely<Database>, dialect: Dialect): Promise<string | undefined> {
  return dialect.engine === 'sqlite' ? sqliteFile(db) : undefined;
}

async function sqliteFile(db: Kysely<Database>): Promise<string | undefined> {
  const { rows } = await sql<{ file: string }>`select file from pragma_database_list where name = 'main'`.execute(db);
  const file = rows[0]?.file;
  return file ? file : undefined;
}

async function* rawSqliteRead(path: string, scan: KeysetScan, after: number, batchSize: number): AsyncGenerator<unknown[][]> {
  const connection = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
  try {
    connection.pragma('busy_timeout = 5000');
    const compiled = scan.all(after).compile();
    const statement = connection.prepare(compiled.sql).raw(true);
    const rows = statement.iterate(...(compiled.parameters as unknown[]));
    try {
      let batch: unknown[][] = [];
      for (const row of rows) {
        batch.push(row as unknown[]);
        if (batch.length === batchSize) {
          yield batch;
          batch = [];
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
      if (batch.length > 0) yield batch;
    } finally {
      // An abandoned scan (the consumer stopped) ends its statement before the connection closes.
      rows.return?.();
    }
  } finally {
    connection.close();
  }
}

/**
 * The rows of one statement on a file-backed SQLite database, as arrays, synchronously, on a
 * read-only connection of its own (for a worker thread folding part of a scan: see scoring's
 * signal-fold.ts). The connection closes when the iteration ends, however it ends.
 */
export function* iterateSqliteRows(path: string, sqlText: string, parameters: readonly unknown[]): Generator<unknown[]> {
  const connection = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
  try {
    connection.pragma('busy_timeout = 5000');
    const rows = connection.prepare(sqlText).raw(true).iterate(...parameters) as IterableIterator<unknown[]>;
    try {
      yield* rows;
    } finally {
      rows.return?.();
    }
  } finally {
    connection.close();
  }
}
