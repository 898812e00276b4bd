import { Migrator, sql, type Kysely } from 'kysely';
import type { DatabaseConfig } from '../config.js';
import { bulkRead, type KeysetScan } from './dialects/bulk-io.js';
import { openPostgres, postgresDialect } from './dialects/postgres.js';
import { openSqlite, sqliteDialect } from './dialects/sqlite.js';
import { primaryReads, replicaReads, type SnapshotReads } from './read-replicas.js';
import type { Dialect } from './dialects/types.js';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';

export type { Executor, Dialect } from './dialects/types.js';
export type { KeysetScan } from './dialects/bulk-io.js';
export type { SnapshotReads, ReplicaHealth } from './read-replicas.js';
export type { Database } from './schema.js';

/**
 * An open database, in this thread: Kysely over the engine's connection(s), what differs between the
 * engines, and the few capabilities a batch job needs beyond Kysely.
 */
export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** The SQLite database file, when it is one (a bulk scan reads it through a read-only connection of its own). */
  readonly file: string | undefined;
  /** Where list pages are read: the primary, or a streaming replica that has caught up (read-replicas.ts). */
  readonly reads: SnapshotReads;
  /** Reads millions of rows in batches of positional rows (bulk-io.ts: raw SQLite when there is a file, keyset pages elsewhere). */
  scan(scan: KeysetScan, after: number, batchSize: number): AsyncGenerator<unknown[][]>;
  /** Answers when the database answers a query; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** What differs between the engines, without opening anything (the HTTP layer classifies errors with it). */
export function dialectOf(engine: DatabaseConfig['engine']): Dialect {
  return engine === 'postgres' ? postgresDialect : sqliteDialect;
}

/**
 * Opens the configured database in this thread: a PostgreSQL pool, or one SQLite connection. (On
 * SQLite the server runs this, and every service, on a thread of its own: src/runtime.)
 */
export function createDatabase(config: DatabaseConfig): DatabaseHandle {
  const opened =
    config.engine === 'postgres'
      ? { db: openPostgres(config), dialect: postgresDialect, file: undefined }
      : { db: openSqlite(config.path), dialect: sqliteDialect, file: config.path === ':memory:' ? undefined : config.path };
  const { db, dialect, file } = opened;
  const reads = config.engine === 'postgres' ? replicaReads(db, config) : primaryReads(db, dialect);
  return {
    db,
    dialect,
    file,
    reads,
    scan: (scan, after, batchSize) => bulkRead(db, file, scan, after, batchSize),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: async () => {
      await reads.close();
      await db.destroy();
    },
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

export interface MigrationOutcome {
  /** Migrations this call applied, in order. */
  applied: string[];
  /** Migrations of a newer release the database already has (nothing was applied then). */
  newer: string[];
}

/**
 * Brings the schema up to date; safe to run from several processes (the Migrator takes a lock).
 *
 * A database already migrated by a newer release is left alone (reported in `newer`) instead of
 * refused: during a rolling upgrade the processes of the previous release must keep (re)starting
 * against the new schema, which migrations keep compatible with the release before
 * (docs/operations.md, "Upgrades").
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationOutcome> {
  const newer = await newerSchemaMigrations(db);
  if (newer.length > 0) return { applied: [], newer };
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a migration threw, rethrown as it was
  if (error) throw error;
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName), newer: [] };
}
