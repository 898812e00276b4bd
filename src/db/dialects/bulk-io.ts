import SqliteDatabase from 'better-sqlite3';
import type { Compilable, Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Reading millions of rows (an incremental scoring run's scan of the signals new to it) in batches
 * of positional rows.
 *
 * Through Kysely every row becomes an object on the one shared connection; on SQLite that costs
 * about twice as much per row as better-sqlite3's raw (array) mode. So on a file-backed SQLite
 * database the statement runs on a separate read-only connection in raw mode, streamed (one
 * snapshot for the whole scan, the main connection free between batches). Elsewhere (PostgreSQL,
 * in-memory SQLite) it reads keyset pages through Kysely. Either way the caller gets arrays of rows,
 * each an array in `columns` order, and the event loop gets a turn between batches.
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

export async function* bulkRead(
  db: Kysely<Database>,
  sqliteFile: string | undefined,
  scan: KeysetScan,
  after: number,
  batchSize: number,
): AsyncGenerator<unknown[][]> {
  if (sqliteFile) {
    yield* rawSqliteRead(sqliteFile, scan, after, batchSize);
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
