import { Migrator, type Kysely } from 'kysely';
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

/** Brings the schema up to date; safe to run from several processes (the Migrator takes a lock). */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
