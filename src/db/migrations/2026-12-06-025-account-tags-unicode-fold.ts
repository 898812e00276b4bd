import { sql, type Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
//
// account_tags (migration 009) held each tag lower-cased by the database's lower(), which folds
// ASCII letters only on SQLite ('Öffentlich' stayed 'Öffentlich', so the console's filter
// `tag=öffentlich` missed the account there but found it on PostgreSQL) and follows the database's
// locale on PostgreSQL. The application now folds tags with JavaScript's toLowerCase() on both
// engines, as dynamic segment rules always have; this rewrites the rows of every account with a
// non-ASCII tag to that folding (ASCII folds alike everywhere). Accounts are read a page at a time
// in primary-key order, so the memory it takes does not grow with the table.

const PAGE = 2_000;
const NON_ASCII = /[^\p{ASCII}]/u;

interface AccountTagsRow {
  workspace_id: string;
  id: string;
  tags: unknown;
}

export async function up(db: Kysely<any>): Promise<void> {
  let after = { workspace_id: '', id: '' };
  for (;;) {
    const { rows } = await sql<AccountTagsRow>`
      select workspace_id, id, tags from accounts where (workspace_id, id) > (${after.workspace_id}, ${after.id})
      order by workspace_id, id limit ${PAGE}`.execute(db);
    for (const row of rows) await refold(db, row);
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1];
  }
}

async function refold(db: Kysely<any>, row: AccountTagsRow): Promise<void> {
  const stored: unknown = typeof row.tags === 'string' ? JSON.parse(row.tags) : row.tags;
  const tags = Array.isArray(stored) ? stored.filter((tag): tag is string => typeof tag === 'string') : [];
  if (!tags.some((tag) => NON_ASCII.test(tag))) return;
  await db.deleteFrom('account_tags').where('workspace_id', '=', row.workspace_id).where('account_id', '=', row.id).execute();
  const folded = [...new Set(tags.map((tag) => tag.toLowerCase()))];
  await db.insertInto('account_tags').values(folded.map((tag) => ({ workspace_id: row.workspace_id, tag, account_id: row.id }))).execute();
}

// The folded rows serve the previous release as well as its own did, but for the non-ASCII letters
// its filter cannot match: nothing to undo.
export async function down(): Promise<void> {
  await Promise.resolve();
}
