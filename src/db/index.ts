import { Migrator, sql, type Kysely, type SqliteDatabase as KyselySqliteDatabase } from 'kysely';
import type { DatabaseConfig } from '../config.js';
import { openPostgres, postgresDialect } from './dialects/postgres.js';
import { openSqlite, sqliteDialect, sqliteKysely } from './dialects/sqlite.js';
import { openThreadedSqlite } from './dialects/sqlite-thread.js';
import type { Dialect } from './dialects/types.js';
import { migrations } from './migrations/index.js';
import { ProcedureRegistry, type Outcome, type ProcedureCall } from './procedures.js';
import type { Database } from './schema.js';

export type { Executor, Dialect } from './dialects/types.js';
export type { Database } from './schema.js';
export type { ProcedureCall, Outcome } from './procedures.js';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** Procedures group commit may run; the services that own them register them. */
  readonly procedures: ProcedureRegistry;
  /** Runs procedure calls in one transaction, each in a savepoint (ProcedureRegistry.runGroup), where the write connection is. */
  runGroup(calls: readonly ProcedureCall[]): Promise<Outcome[]>;
  /** Runs a read procedure where the reads are cheapest for this thread (SQLite: the reader thread). */
  runRead(call: ProcedureCall): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Opens the configured database. A SQLite file gets its write connection on a thread of its own
 * (dialects/sqlite-thread.ts); an in-memory SQLite database cannot be shared by two connections,
 * so it stays on this thread.
 */
export function createDatabase(config: DatabaseConfig): DatabaseHandle {
  if (config.engine === 'postgres') {
    return openLocalDatabase({ engine: 'postgres', db: openPostgres(config) });
  }
  if (config.path === ':memory:') return openLocalDatabase({ engine: 'sqlite', db: openSqlite(config.path) });
  const threaded = openThreadedSqlite(config.path, { procedures: true });
  return {
    db: threaded.db,
    dialect: sqliteDialect,
    procedures: new ProcedureRegistry(),
    runGroup: threaded.runGroup,
    runRead: threaded.runRead,
    close: threaded.close,
  };
}

/** A database whose every statement and procedure runs on this thread. */
export function openLocalDatabase(
  open: { engine: 'postgres'; db: Kysely<Database> } | { engine: 'sqlite'; db: Kysely<Database> } | { engine: 'sqlite'; connection: KyselySqliteDatabase },
): DatabaseHandle {
  const db = 'db' in open ? open.db : sqliteKysely(open.connection);
  const procedures = new ProcedureRegistry();
  return {
    db,
    dialect: open.engine === 'sqlite' ? sqliteDialect : postgresDialect,
    procedures,
    runGroup: (calls) => procedures.runGroup(db, calls),
    runRead: (call) => procedures.runRead(db, call),
    close: () => db.destroy(),
  };
}

/**
 * Migrations the database has run that this version of the code does not know — only when every
 * migration it does know has run too, i.e. the database was upgraded by a newer release. Empty
 * otherwise (including a fresh database).
 */
export async function newerSchemaMigrations(db: Kysely<Database>): Promise<string[]> {
  // Looked up first rather than caught: a failed query would log an error in PostgreSQL's log on
  // every start of a fresh database.
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((table) => table.name === 'kysely_migration')) return []; // a fresh database
  const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const executed = rows.rows.map((row) => row.name);
  const known = Object.keys(migrations);
  const unknown = executed.filter((name) => !known.includes(name));
  return unknown.length > 0 && known.every((name) => executed.includes(name)) ? unknown : [];
}

/**
 * Brings the schema up to date; safe to run from several processes (the Migrator takes a lock).
 *
 * A database already migrated by a newer release is left alone (`onNewerSchema` hears of it)
 * instead of refused: during a rolling upgrade the processes of the previous release must keep
 * (re)starting against the new schema, which migrations keep compatible with the release before
 * (docs/operations.md, "Upgrades").
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  options: { onNewerSchema?: (unknown: string[]) => void } = {},
): Promise<string[]> {
  const newer = await newerSchemaMigrations(db);
  if (newer.length > 0) {
    options.onNewerSchema?.(newer);
    return [];
  }
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
