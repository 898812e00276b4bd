import { Migrator, sql, type Kysely } from 'kysely';
import type { DatabaseConfig } from '../config.js';
import { openPostgres, postgresDialect } from './dialects/postgres.js';
import { openSqlite, sqliteDialect } from './dialects/sqlite.js';
import type { Dialect } from './dialects/types.js';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';

export type { Executor, Dialect } from './dialects/types.js';
export type { Database } from './schema.js';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

export function createDatabase(config: DatabaseConfig): DatabaseHandle {
  const db =
    config.engine === 'sqlite'
      ? openSqlite(config.path)
      : openPostgres(config.url, config.poolSize, config.statementTimeoutMs);
  const dialect = config.engine === 'sqlite' ? sqliteDialect : postgresDialect;
  return { db, dialect, close: () => db.destroy() };
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
