import Database from 'better-sqlite3';
import pg from 'pg';
import { SQLITE_PRAGMAS } from '../../src/db/dialects/sqlite.js';
import { normalizeDomain } from '../../src/lib/domain.js';
import { newId } from '../../src/lib/ids.js';
import { syntheticAccount } from '../../src/seed/synthetic-accounts.js';
import { median, stopwatch } from './stats.js';

/**
 * The ceilings the project is compared with: the same rows and pages, straight to the database
 * with prepared statements — no HTTP, no validation, no change-stamp bookkeeping, no JSON shaping.
 */

const COLUMNS = [
  'workspace_id', 'id', 'domain', 'name', 'external_id', 'short_name', 'linkedin_url',
  'tags', 'custom_fields', 'created_at', 'changed_at', 'change_seq',
] as const;

// The same conflict target and overwritten columns as the project's upsertAccounts.
const ON_CONFLICT =
  'on conflict (workspace_id, domain) do update set name = excluded.name, external_id = excluded.external_id, ' +
  'short_name = excluded.short_name, linkedin_url = excluded.linkedin_url, tags = excluded.tags, ' +
  'custom_fields = excluded.custom_fields, changed_at = excluded.changed_at, change_seq = excluded.change_seq';

export interface RawIngestResult {
  accounts: number;
  seconds: number;
  rate: number;
}

type Row = unknown[];

function rowsFor(workspaceId: string, first: number, count: number, seed: number, revision: number, firstSeq: number): Row[] {
  const now = Date.now();
  const rows: Row[] = [];
  for (let i = 0; i < count; i += 1) {
    const item = syntheticAccount(first + i, { seed, revision });
    rows.push([
      workspaceId, newId(now), normalizeDomain(item.domain), item.name, item.externalId ?? null, item.shortName ?? null,
      item.linkedinUrl ?? null, JSON.stringify(item.tags ?? []), '{}', now, now, firstSeq + i,
    ]);
  }
  return rows;
}

export interface RawIngestPlan {
  workspaceId: string;
  start: number;
  count: number;
  seed: number;
  revision: number;
  /** Change sequence numbers continue from here (they are unique per workspace). */
  firstSeq: number;
  batch: number;
}

/** SQLite: one prepared single-row upsert, `batch` rows per transaction, the project's own pragmas. */
export function rawSqliteIngest(path: string, plan: RawIngestPlan): RawIngestResult {
  const db = new Database(path);
  for (const pragma of SQLITE_PRAGMAS) db.pragma(pragma);
  try {
    const statement = db.prepare(
      `insert into accounts (${COLUMNS.join(', ')}) values (${COLUMNS.map(() => '?').join(', ')}) ${ON_CONFLICT}`,
    );
    const write = db.transaction((rows: Row[]) => {
      for (const row of rows) statement.run(row);
    });
    // Only the database work is timed; generating the rows is the load generator's job.
    let ms = 0;
    for (let done = 0; done < plan.count; done += plan.batch) {
      const n = Math.min(plan.batch, plan.count - done);
      const rows = rowsFor(plan.workspaceId, plan.start + done, n, plan.seed, plan.revision, plan.firstSeq + done);
      const elapsed = stopwatch();
      write(rows);
      ms += elapsed();
    }
    return { accounts: plan.count, seconds: ms / 1000, rate: plan.count / (ms / 1000) };
  } finally {
    db.close();
  }
}

/**
 * PostgreSQL: one prepared multi-row upsert of `batch` rows per transaction, from `connections`
 * clients at once (the database's own concurrency, which the project's per-workspace change lock
 * does not use). Timed end to end, row generation included (about 0.3 ms per 100 rows).
 */
export async function rawPostgresIngest(url: string, plan: RawIngestPlan, connections: number): Promise<RawIngestResult> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const placeholders = (n: number) =>
    Array.from({ length: n }, (_, r) => `(${COLUMNS.map((_, c) => `$${r * COLUMNS.length + c + 1}`).join(', ')})`).join(', ');
  const fullText = `insert into accounts (${COLUMNS.join(', ')}) values ${placeholders(plan.batch)} ${ON_CONFLICT}`;
  let next = 0;
  const batches = Math.ceil(plan.count / plan.batch);
  try {
    const elapsed = stopwatch();
    await Promise.all(
      Array.from({ length: connections }, async () => {
        const client = await pool.connect();
        try {
          for (let k = next++; k < batches; k = next++) {
            const first = k * plan.batch;
            const n = Math.min(plan.batch, plan.count - first);
            const rows = rowsFor(plan.workspaceId, plan.start + first, n, plan.seed, plan.revision, plan.firstSeq + first);
            await client.query('begin');
            await client.query(
              n === plan.batch
                ? { name: 'raw-upsert-full', text: fullText, values: rows.flat() }
                : { text: `insert into accounts (${COLUMNS.join(', ')}) values ${placeholders(n)} ${ON_CONFLICT}`, values: rows.flat() },
            );
            await client.query('commit');
          }
        } finally {
          client.release();
        }
      }),
    );
    const seconds = elapsed() / 1000;
    return { accounts: plan.count, seconds, rate: plan.count / seconds };
  } finally {
    await pool.end();
  }
}

export interface RawPullResult {
  accounts: number;
  seconds: number;
  rate: number;
  firstPageMs: number;
  lastPageMs: number;
}

const PAGE_SQL = 'select * from accounts where workspace_id = ? and change_seq >= ? order by change_seq limit ?';

/** SQLite: the keyset SELECT behind each page, paging the whole list, then first and last page alone. */
export function rawSqlitePull(path: string, workspaceId: string, lastPageAfterSeq: number, limit = 100, samples = 200): RawPullResult {
  const db = new Database(path, { readonly: true });
  try {
    const page = db.prepare(PAGE_SQL);
    let accounts = 0;
    let fromSeq = 1;
    const elapsed = stopwatch();
    for (;;) {
      const rows = page.all(workspaceId, fromSeq, limit + 1) as Array<{ change_seq: number }>;
      const shown = rows.slice(0, limit);
      accounts += shown.length;
      if (rows.length <= limit) break;
      fromSeq = shown[shown.length - 1].change_seq + 1;
    }
    const seconds = elapsed() / 1000;
    const first: number[] = [];
    const last: number[] = [];
    for (let i = 0; i < samples; i += 1) {
      let t = stopwatch();
      page.all(workspaceId, 1, limit + 1);
      first.push(t());
      t = stopwatch();
      page.all(workspaceId, lastPageAfterSeq + 1, limit + 1);
      last.push(t());
    }
    return { accounts, seconds, rate: accounts / seconds, firstPageMs: median(first), lastPageMs: median(last) };
  } finally {
    db.close();
  }
}

/** PostgreSQL: the same keyset pages, one client per slice as the HTTP pull does, then first/last alone. */
export async function rawPostgresPull(
  url: string,
  workspaceId: string,
  slices: ReadonlyArray<{ afterSeq: number; accounts: number }>,
  lastPageAfterSeq: number,
  limit = 100,
  samples = 200,
): Promise<RawPullResult> {
  const pool = new pg.Pool({ connectionString: url, max: slices.length });
  const text = 'select * from accounts where workspace_id = $1 and change_seq >= $2 order by change_seq limit $3';
  const query = (client: pg.PoolClient, fromSeq: number) =>
    client.query<{ change_seq: string | number }>({ name: 'raw-page', text, values: [workspaceId, fromSeq, limit + 1] });
  try {
    let accounts = 0;
    const elapsed = stopwatch();
    await Promise.all(
      slices.map(async (slice) => {
        const client = await pool.connect();
        try {
          let fromSeq = slice.afterSeq + 1;
          let read = 0;
          while (read < slice.accounts) {
            const { rows } = await query(client, fromSeq);
            const shown = rows.slice(0, limit);
            read += shown.length;
            if (rows.length <= limit) break;
            fromSeq = Number(shown[shown.length - 1].change_seq) + 1;
          }
          accounts += read;
        } finally {
          client.release();
        }
      }),
    );
    const seconds = elapsed() / 1000;
    const client = await pool.connect();
    const first: number[] = [];
    const last: number[] = [];
    try {
      for (let i = 0; i < samples; i += 1) {
        let t = stopwatch();
        await query(client, 1);
        first.push(t());
        t = stopwatch();
        await query(client, lastPageAfterSeq + 1);
        last.push(t());
      }
    } finally {
      client.release();
    }
    return { accounts, seconds, rate: accounts / seconds, firstPageMs: median(first), lastPageMs: median(last) };
  } finally {
    await pool.end();
  }
}
