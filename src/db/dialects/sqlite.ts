import {
  CompiledQuery,
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDatabase as KyselySqliteDatabase,
  type SqliteDialectConfig,
  type TransactionSettings,
} from 'kysely';
import type { Database } from '../schema.js';
import { openSqliteConnection } from './sqlite-connection.js';
import type { Dialect, Thrown } from './types.js';

export { SQLITE_PRAGMAS, openSqliteConnection } from './sqlite-connection.js';

const UNIQUE_CODES = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

export const sqliteDialect: Dialect = {
  engine: 'sqlite',
  encodeJson: (value) => JSON.stringify(value),
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- see Dialect.decodeJson
  decodeJson: <T>(value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as T,
  isUniqueViolation: (error) => UNIQUE_CODES.has((error as Thrown)?.code ?? ''),
  isDeadlock: () => false,
  // SQLite stores any text it is given.
  isUnstorableText: () => false,
  // Busy past busy_timeout: another process (a CLI command) held the write lock for too long.
  isUnavailable: (error) => (error as Thrown)?.code === 'SQLITE_BUSY',
  // One connection, one writer at a time: every transaction is already exclusive.
  lockTransaction: async () => {},
  // Kysely runs every SQLite query on one connection, so a transaction is already a snapshot; a
  // read-only one begins deferred and never takes the write lock.
  readSnapshot: (db, work) => db.transaction().setAccessMode('read only').execute(work),
};

/**
 * Transactions begin IMMEDIATE: the write lock is taken up front, so a second process on the same
 * file (the CLI beside a running server) waits for it under busy_timeout instead of failing with
 * SQLITE_BUSY when a deferred transaction tries to upgrade from reading to writing.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
    // A read-only transaction (readSnapshot) must not take the write lock.
    await connection.executeQuery(CompiledQuery.raw(settings?.accessMode === 'read only' ? 'begin' : 'begin immediate'));
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

/** Kysely over one SQLite connection in this thread (transactions begin IMMEDIATE). */
export function sqliteKysely(connection: KyselySqliteDatabase): Kysely<Database> {
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: connection }) });
}

export function openSqlite(path: string): Kysely<Database> {
  return sqliteKysely(openSqliteConnection(path));
}
