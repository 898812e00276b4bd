import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
//
// The name prefix search (GET /accounts?q=, the console's search box) ranged over lower(name),
// which folds ASCII letters only on SQLite ('Über AG' stayed 'Über ag', so q=über missed it there
// but found it on PostgreSQL) and follows the database's locale on PostgreSQL. The application now
// folds names and the prefix with JavaScript's toLowerCase() on both engines, as it does tags
// (migration 025): `name_key` holds that fold for a name with a non-ASCII character and stays null
// for the others, whose lower() is the same on every engine and locale, and the prefix index reads
// coalesce(name_key, lower(name)). So this fills only the accounts with non-ASCII names and
// rewrites no other row, which a column filled for every account would (every row and every index
// entry of the table, on PostgreSQL). Accounts are read a page at a time in primary-key order.

const PAGE = 2_000;
const NON_ASCII = /[^\p{ASCII}]/u;

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('name_key', 'text').execute();
  await fillNonAsciiKeys(db);
  await db.schema.dropIndex('accounts_name_prefix_idx').execute();
  if (isPostgres(db)) {
    await sql`create index accounts_name_prefix_idx on accounts (workspace_id, (coalesce(name_key, lower(name))) collate "C")`.execute(db);
  } else {
    await sql`create index accounts_name_prefix_idx on accounts (workspace_id, coalesce(name_key, lower(name)))`.execute(db);
  }
}

async function fillNonAsciiKeys(db: Kysely<any>): Promise<void> {
  let after = { workspace_id: '', id: '' };
  for (;;) {
    const { rows } = await sql<{ workspace_id: string; id: string; name: string }>`
      select workspace_id, id, name from accounts where (workspace_id, id) > (${after.workspace_id}, ${after.id})
      order by workspace_id, id limit ${PAGE}`.execute(db);
    for (const row of rows.filter((r) => NON_ASCII.test(r.name))) {
      await db.updateTable('accounts').set({ name_key: row.name.toLowerCase() }).where('workspace_id', '=', row.workspace_id).where('id', '=', row.id).execute();
    }
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1];
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('accounts_name_prefix_idx').execute();
  if (isPostgres(db)) {
    await sql`create index accounts_name_prefix_idx on accounts (workspace_id, (lower(name)) collate "C")`.execute(db);
  } else {
    await sql`create index accounts_name_prefix_idx on accounts (workspace_id, lower(name))`.execute(db);
  }
  await db.schema.alterTable('accounts').dropColumn('name_key').execute();
}
