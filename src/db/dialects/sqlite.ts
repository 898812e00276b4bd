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
  type QueryResult,
  type SqliteDialectConfig,
  type TransactionSettings,
} from 'kysely';
import type { Database } from '../schema.js';
import { openSqliteConnection } from './sqlite-connection.js';
import type { Dialect } from './types.js';

export { SQLITE_PRAGMAS, openSqliteConnection } from './sqlite-connection.js';

const UNIQUE_CODES = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

export const sqliteDialect: Dialect = {
  engine: 'sqlite',
  encodeJson: (value) => JSON.stringify(value),
  decodeJson: <T>(value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as T,
  isUniqueViolation: (error) => UNIQUE_CODES.has((error as { code?: string })?.code ?? ''),
  // SQLite stores any text it is given.
  isUnstorableText: () => false,
  // Busy past busy_timeout, or the connection's thread is gone (sqlite-thread.ts).
  isUnavailable: (error) => ['SQLITE_BUSY', 'INTENTBASE_SQLITE_THREAD_STOPPED'].includes((error as { code?: string })?.code ?? ''),
  // One connection, one writer at a time: every transaction is already exclusive.
  lockTransaction: async () => {},
  // Kysely runs every SQLite query on one connection, so a transaction is already a snapshot.
  // Read only: with the SQLite thread (sqlite-thread.ts) it runs on the reader connection.
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

/** How long a statement of a yielding connection waits for a lock held elsewhere (as busy_timeout). */
const BUSY_WAIT_MS = 5000;

/**
 * For a second writer on the event loop's thread (a batch job's connection, beside the API's writer
 * thread): its busy_timeout is 0, and a lock held elsewhere is waited for with timers, outside
 * SQLite. SQLite's own busy handler sleeps the whole thread — and the API's transaction holding the
 * lock may be waiting for that very thread (for its next statement), which deadlocked until the
 * timeout. Only statements outside a transaction wait this way: a transaction begins IMMEDIATE
 * (waiting here), and once it holds the write lock its statements cannot meet a busy lock.
 */
class YieldingSqliteDriver extends ImmediateSqliteDriver {
  override async acquireConnection(): Promise<DatabaseConnection> {
    return new YieldingConnection(await super.acquireConnection());
  }

  override async beginTransaction(connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
    await super.beginTransaction(connection, settings);
    (connection as YieldingConnection).inTransaction = true;
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as YieldingConnection).inTransaction = false;
    await super.commitTransaction(connection);
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as YieldingConnection).inTransaction = false;
    await super.rollbackTransaction(connection);
  }
}

class YieldingConnection implements DatabaseConnection {
  inTransaction = false;

  constructor(private readonly inner: DatabaseConnection) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    for (let waited = 0; ; ) {
      try {
        return await this.inner.executeQuery<R>(query);
      } catch (error) {
        if (this.inTransaction || (error as { code?: string })?.code !== 'SQLITE_BUSY' || waited >= BUSY_WAIT_MS) throw error;
        const pause = Math.min(2 + waited / 10, 50);
        await new Promise((resolve) => setTimeout(resolve, pause));
        waited += pause;
      }
    }
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
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
  constructor(
    private readonly driverConfig: SqliteDialectConfig,
    private readonly yieldWhenBusy: boolean,
  ) {
    super(driverConfig);
  }

  override createDriver(): Driver {
    return this.yieldWhenBusy ? new YieldingSqliteDriver(this.driverConfig) : new ImmediateSqliteDriver(this.driverConfig);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/**
 * Kysely over one SQLite connection in this thread (transactions begin IMMEDIATE). With
 * `yieldWhenBusy` (give the connection busy_timeout 0) a busy lock is waited for on the event loop.
 */
export function sqliteKysely(connection: KyselySqliteDatabase, options: { yieldWhenBusy?: boolean } = {}): Kysely<Database> {
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: connection }, options.yieldWhenBusy ?? false) });
}

export function openSqlite(path: string): Kysely<Database> {
  return sqliteKysely(openSqliteConnection(path));
}
