import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/config.js';
import { createDatabase, migrateToLatest } from '../../src/db/index.js';

export type Engine = 'sqlite' | 'postgres';

export interface BenchDatabase {
  engine: Engine;
  /** DATABASE_URL for a server process. */
  url: string;
  config: DatabaseConfig;
  drop(): Promise<void>;
}

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, empty database: a file in a temp directory, or a new PostgreSQL database. */
export async function createBenchDatabase(engine: Engine, adminUrl: string): Promise<BenchDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'intentbase-bench-'));
    const path = join(dir, 'bench.db');
    return {
      engine,
      url: `sqlite:${path}`,
      config: { engine: 'sqlite', path },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `ib_bench_${randomBytes(5).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    engine,
    url: url.toString(),
    config: { engine: 'postgres', url: url.toString(), poolSize: 10, statementTimeoutMs: 0, connectTimeoutMs: 5_000, queryTimeoutMs: 0 },
    drop: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

/** The project's schema (same migrations, same indexes) on a database, then closed. */
export async function migrate(config: DatabaseConfig): Promise<void> {
  const database = createDatabase(config);
  try {
    await migrateToLatest(database.db);
  } finally {
    await database.close();
  }
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function postgresReachable(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    return rows[0].server_version;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}

/** ANALYZE on a PostgreSQL database (what autovacuum would do some time after a bulk load). */
export async function analyze(url: string): Promise<void> {
  await adminQuery(url, 'analyze');
}
