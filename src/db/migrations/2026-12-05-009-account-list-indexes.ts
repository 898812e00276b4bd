import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
//
// Issue 12, the console's Accounts page: GET /accounts sorted by a score (or by last change) and
// filtered by journey stage, segment, tag and a domain/name prefix, served by indexes at 1,000,000
// accounts. The scores the page sorts by are columns of `accounts` (scoring writes them there, not
// only in account_scores), so the sort indexes are on `accounts` and no join is needed to sort.
//
// - One index per sortable score, (workspace_id, score, id): a page is a range of it, read forwards
//   or backwards, and `id` makes the order total for the keyset cursor. Sorting by last change uses
//   the existing unique (workspace_id, change_seq).
// - (workspace_id, journey_stage, account_score, id): a stage filter under the default sort is one
//   range; it also counts a stage's accounts without touching the table.
// - Prefix search: (workspace_id, lower(name)) and, on PostgreSQL, both keys under the "C" collation,
//   so a prefix is a byte range whatever the database's collation (SQLite compares bytes already,
//   and its unique (workspace_id, domain) serves domains).
// - account_tags: one row per (account, lower-cased tag); tags are a JSON array on the account,
//   which no index of either engine can range over (a GIN index would be PostgreSQL only).

const SCORE_COLUMNS = ['account_score', 'website_intent_score', 'bombora_intent_score', 'g2_intent_score', 'advertising_activity_score'];

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const column of SCORE_COLUMNS) {
    await db.schema.createIndex(`accounts_${column}_sort_idx`).on('accounts').columns(['workspace_id', column, 'id']).execute();
  }
  await db.schema.createIndex('accounts_stage_score_idx').on('accounts').columns(['workspace_id', 'journey_stage', 'account_score', 'id']).execute();
  if (isPostgres(db)) {
    await sql`create index accounts_name_prefix_idx on accounts (workspace_id, (lower(name)) collate "C")`.execute(db);
    await sql`create index accounts_domain_prefix_idx on accounts (workspace_id, domain collate "C")`.execute(db);
  } else {
    await sql`create index accounts_name_prefix_idx on accounts (workspace_id, lower(name))`.execute(db);
  }

  await db.schema
    .createTable('account_tags')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('tag', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('account_tags_pk', ['workspace_id', 'tag', 'account_id'])
    .execute();
  await db.schema.createIndex('account_tags_account_idx').on('account_tags').columns(['workspace_id', 'account_id']).execute();
  // Existing accounts' tags; the same lower-casing as the application (the database's lower()).
  if (isPostgres(db)) {
    await sql`insert into account_tags (workspace_id, tag, account_id)
      select distinct a.workspace_id, lower(t.value), a.id from accounts a, jsonb_array_elements_text(a.tags) as t(value)
      where jsonb_typeof(a.tags) = 'array'`.execute(db);
  } else {
    await sql`insert or ignore into account_tags (workspace_id, tag, account_id)
      select a.workspace_id, lower(t.value), a.id from accounts a, json_each(a.tags) as t
      where json_valid(a.tags) and json_type(a.tags) = 'array' and t.type = 'text'`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('account_tags').execute();
  if (isPostgres(db)) await db.schema.dropIndex('accounts_domain_prefix_idx').execute();
  await db.schema.dropIndex('accounts_name_prefix_idx').execute();
  await db.schema.dropIndex('accounts_stage_score_idx').execute();
  for (const column of SCORE_COLUMNS) await db.schema.dropIndex(`accounts_${column}_sort_idx`).execute();
}
