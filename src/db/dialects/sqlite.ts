import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from '../schema.js';
import { withStatementCache } from './sqlite-statements.js';
import type { Dialect } from './types.js';

const UNIQUE_CODES = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

export const sqliteDialect: Dialect = {
  engine: 'sqlite',
  encodeJson: (value) => JSON.stringify(value),
  decodeJson: <T>(value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as T,
  isUniqueViolation: (error) => UNIQUE_CODES.has((error as { code?: string })?.code ?? ''),
  // SQLite stores any text it is given.
  isUnstorableText: () => false,
  isUnavailable: (error) => (error as { code?: string })?.code === 'SQLITE_BUSY',
  // One connection, one writer at a time: every transaction is already exclusive.
  lockTransaction: async () => {},
  // Kysely runs every SQLite query on one connection, so a transaction is already a snapshot.
  readSnapshot: (db, work) => db.transaction().execute(work),
};

/**
 * Transactions begin IMMEDIATE: the write lock is taken up front, so a second process on the same
 * file (the CLI beside a running server) waits for it under busy_timeout instead of failing with
 * SQLITE_BUSY when a deferred transaction tries to upgrade from reading to writing.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * SQLite DDL is transactional, but Kysely assumes it is not and its migration lock is a no-op on
 * SQLite, so two processes starting on a fresh file both ran the migrations ("table already
 * exists"). Declaring transactional DDL makes the Migrator run inside one (immediate) transaction:
 * the second process waits for the write lock, then finds the migrations applied.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly driverConfig: SqliteDialectConfig) {
    super(driverConfig);
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.driverConfig);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
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

export function openSqlite(path: string): Kysely<Database> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const connection = new SqliteDatabase(path);
  for (const pragma of SQLITE_PRAGMAS) connection.pragma(pragma);
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(connection) }) });
}
