import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
// Scoring (SPEC §4.3–§4.6): settings, per-account running state, journey history, runs and the
// lease that keeps two processes from running at once. Every key leads with workspace_id.

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const json = postgres ? sql`jsonb` : sql`text`;
  // On SQLite the per-account tables are clustered on their key (one B-tree instead of a table
  // plus a primary-key index): a full run writes a row of each per account, and this halves it.
  const clustered = <T extends { modifyEnd(modifier: ReturnType<typeof sql>): T }>(builder: T) =>
    postgres ? builder : builder.modifyEnd(sql`without rowid`);

  // A workspace's overrides of the default settings; no row means the defaults.
  await db.schema
    .createTable('scoring_configs')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey())
    .addColumn('overrides', json, (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  // Per account: the running decayed values (state) as of `as_of`, the last signal sequence folded
  // into them, and when time alone may next change its output (next_check_at).
  await db.schema
    .createTable('account_scores')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    // The domain and settings the state was built for: a change of either rebuilds it.
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('config_hash', 'text', (c) => c.notNull())
    .addColumn('as_of', 'bigint', (c) => c.notNull())
    .addColumn('folded_seq', 'bigint', (c) => c.notNull())
    .addColumn('next_check_at', 'bigint')
    // The UTC day of next_check_at: what the due-check index is ordered by (see below).
    .addColumn('next_check_day', 'integer')
    .addColumn('state', json, (c) => c.notNull())
    .addColumn('journey_rule', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('account_scores_pk', ['workspace_id', 'account_id'])
    .$call(clustered)
    .execute();
  // Which accounts' decay check is due. Keyed by day, then account: runs write accounts in id
  // order, so within each day's range the entries arrive in order and a chunk of a thousand
  // accounts touches a few pages per day rather than a random page per account (an index on
  // next_check_at itself multiplied the pages a chunk rewrote on SQLite about tenfold). The
  // exact time rides along, so the due query never reads the table.
  await db.schema
    .createIndex('account_scores_due_idx')
    .on('account_scores')
    .columns(['workspace_id', 'next_check_day', 'account_id', 'next_check_at'])
    .where(sql.ref('next_check_day'), 'is not', null)
    .execute();

  await db.schema
    .createTable('journey_stage_history')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('entered_at', 'bigint', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('journey_stage_history_pk', ['workspace_id', 'account_id', 'entered_at'])
    .$call(clustered)
    .execute();

  // Which accounts a deal was credited to at the last run, so a deal that moves away from an
  // account (re-associated, or the account re-keyed) recomputes the account it left.
  await db.schema
    .createTable('scoring_deal_links')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('deal_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('scoring_deal_links_pk', ['workspace_id', 'deal_id', 'account_id'])
    .$call(clustered)
    .execute();
  await db.schema.createIndex('scoring_deal_links_account_idx').on('scoring_deal_links').columns(['workspace_id', 'account_id']).execute();

  await db.schema
    .createTable('scoring_runs')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    // The time scores are computed for: fixed for the whole run, also across a resume.
    .addColumn('run_at', 'bigint', (c) => c.notNull())
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('finished_at', 'bigint')
    .addColumn('duration_ms', 'bigint')
    .addColumn('accounts_evaluated', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('accounts_changed', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('signals_read', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('memberships_changed', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('resumes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    // Watermarks, settings snapshot, position: what a resumed run continues from.
    .addColumn('checkpoint', json, (c) => c.notNull())
    .addPrimaryKeyConstraint('scoring_runs_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema.createIndex('scoring_runs_status_idx').on('scoring_runs').columns(['workspace_id', 'status', 'id']).execute();

  // The run guard: one row per workspace; a holder renews expires_at while it runs, and an expired
  // lease may be taken over (a crashed holder never blocks for longer than its lease).
  await db.schema
    .createTable('scoring_leases')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('run_id', 'text')
    // The last schedule tick a run was started for: several processes' ticks start one run.
    .addColumn('last_tick', 'bigint')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['scoring_leases', 'scoring_runs', 'scoring_deal_links', 'journey_stage_history', 'account_scores', 'scoring_configs']) {
    await db.schema.dropTable(table).execute();
  }
}
