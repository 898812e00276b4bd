import SqliteDatabase from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Kysely's SQLite driver prepares every query afresh. Preparing is not free — for a 100-row
 * multi-row upsert (1,200 parameters) it cost about as much as a fifth of running it — and the
 * same few statement texts recur on every request, so prepared statements are kept by their SQL
 * text, least recently used dropped first. A better-sqlite3 statement is reusable for any
 * parameters; Kysely runs one query at a time on the connection, so a cached statement is never
 * in use twice at once.
 */
export function withStatementCache(connection: SqliteDatabase.Database, capacity = 500): KyselySqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      connection.close();
    },
    prepare: (sql) => {
      let statement = statements.get(sql);
      if (statement) {
        // Re-insert: Map keeps insertion order, so the first key is always the least recently used.
        statements.delete(sql);
      } else {
        statement = connection.prepare(sql);
        if (statements.size >= capacity) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}

/** Connection settings, in order. Exported so the benchmark's raw-SQLite ceiling runs with the same. */
export const SQLITE_PRAGMAS: readonly string[] = [
  'journal_mode = WAL',
  // FULL: a commit is on disk before the response that acknowledges it is sent.
  'synchronous = FULL',
  'busy_timeout = 5000',
  'foreign_keys = OFF',
  // Checkpoint every ~40 MB of WAL instead of SQLite's default ~4 MB: a page rewritten by many
  // commits in between is copied back once, so the disk writes a quarter less per account at
  // sustained ingest (measured 860 -> 650 KB per 100-account request); the price is a rarer,
  // longer pause of the writer. After a burst the WAL file is cut back to 64 MB.
  'wal_autocheckpoint = 10000',
  `journal_size_limit = ${64 * 1024 * 1024}`,
  // 64 MB of page cache instead of SQLite's 2 MB. Account domains and external ids are random keys,
  // so every pushed account touches a random leaf of two indexes; with 2 MB those leaves were read
  // back from the OS page by page and a group commit's dirty pages spilled into the WAL before the
  // commit. At 100k accounts: write syscalls per 100-account request 990 -> 735, kernel CPU -30%.
  'cache_size = -65536',
];

/** A better-sqlite3 connection with the project's pragmas and a statement cache. */
export function openSqliteConnection(path: string, options: { queryOnly?: boolean } = {}): KyselySqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const connection = new SqliteDatabase(path);
  for (const pragma of SQLITE_PRAGMAS) {
    // A reader leaves the journal mode to the writer (changing it needs the write lock).
    if (options.queryOnly && pragma.startsWith('journal_mode')) continue;
    connection.pragma(pragma);
  }
  if (options.queryOnly) {
    connection.pragma('query_only = 1');
    // A reader walks pages in key order and needs no room for a transaction's dirty pages: 16 MB
    // (with the OS page cache behind it) keeps a reader's share of the process small.
    connection.pragma('cache_size = -16384');
  }
  return withStatementCache(connection);
}
