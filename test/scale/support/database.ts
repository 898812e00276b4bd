import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The scale tests run only on PostgreSQL (several processes on one SQLite file is not a supported
 * deployment). Without TEST_DATABASE_URL they are skipped with a notice; with REQUIRE_POSTGRES=1
 * (CI) a missing database fails them.
 */
export const adminUrl = process.env.TEST_DATABASE_URL;

export function skipReason(): string | undefined {
  if (adminUrl) return undefined;
  if (process.env.REQUIRE_POSTGRES === '1') return undefined; // the test itself fails loudly
  console.log('# notice: TEST_DATABASE_URL is not set; the scale tests are skipped');
  return 'TEST_DATABASE_URL is not set';
}

export function requireAdminUrl(): string {
  if (!adminUrl) throw new Error('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set');
  return adminUrl;
}

export interface ScratchDatabase {
  url: string;
  query<T = any>(text: string, values?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
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

/** A fresh, empty database on the server of `serverUrl`, with a small pool for the test's own checks. */
export async function createScratchDatabase(serverUrl: string, prefix = 'ib_scale'): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  pool.on('error', () => {});
  return {
    url: url.toString(),
    query: async (text, values) => (await pool.query(text, values)).rows,
    drop: async () => {
      await pool.end().catch(() => {});
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** Keys that occur more than once in a table, per workspace: the answer must always be empty. */
export async function duplicateKeys(db: ScratchDatabase, table: string, column: string): Promise<string[]> {
  const rows = await db.query<{ key: string; n: number }>(
    `select ${column} as key, count(*)::int as n from ${table} group by workspace_id, ${column} having count(*) > 1 limit 5`,
  );
  return rows.map((row) => `${row.key} ×${row.n}`);
}
