import Database from 'better-sqlite3';
import pg from 'pg';
import type { BenchDatabase } from './databases.js';

/** Where the pages of an account list start: what a client's cursors would point at. */
export interface ListLayout {
  workspaceId: string;
  total: number;
  /** One slice per pulling client: the change sequence its cursor starts after, and its size. */
  slices: Array<{ afterSeq: number; accounts: number }>;
  /** Cursor position whose page is the list's last full page. */
  lastPageAfterSeq: number;
}

/** Reads the list's shape straight from the database (a read-only side connection is fine in WAL). */
export async function readLayout(database: BenchDatabase, clients: number, limit = 100): Promise<ListLayout> {
  const sql = {
    workspace: 'select id from workspaces order by id limit 1',
    count: 'select count(*) as n from accounts where workspace_id = $1',
    seqAt: 'select change_seq from accounts where workspace_id = $1 order by change_seq limit 1 offset $2',
  };
  let query: (text: string, values: unknown[]) => Promise<Record<string, unknown> | undefined>;
  let close: () => Promise<void>;
  if (database.config.engine === 'sqlite') {
    const db = new Database(database.config.path, { readonly: true });
    query = async (text, values) => db.prepare(text.replace(/\$\d/g, '?')).get(...values) as Record<string, unknown> | undefined;
    close = async () => {
      db.close();
    };
  } else {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    query = async (text, values) => (await client.query<Record<string, unknown>>(text, values)).rows[0];
    close = () => client.end();
  }
  try {
    const workspaceId = String((await query(sql.workspace, []))!.id);
    const total = Number((await query(sql.count, [workspaceId]))!.n);
    const seqAt = async (offset: number) => Number((await query(sql.seqAt, [workspaceId, offset]))!.change_seq);
    const size = Math.ceil(total / clients / limit) * limit;
    const slices: ListLayout['slices'] = [];
    for (let from = 0; from < total; from += size) {
      slices.push({ afterSeq: from === 0 ? 0 : await seqAt(from - 1), accounts: Math.min(size, total - from) });
    }
    const lastPageAfterSeq = total > limit ? await seqAt(total - limit - 1) : 0;
    return { workspaceId, total, slices, lastPageAfterSeq };
  } finally {
    await close();
  }
}
