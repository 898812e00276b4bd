import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Deals, their account associations and stage history, and deal pipelines (SPEC §3.8, §3.9).
// Frozen once released: never import application code here; change the schema in a new file.
// Every primary and unique key leads with workspace_id (DESIGN.md §3).

export async function up(db: Kysely<any>): Promise<void> {
  const json = db.getExecutor().adapter instanceof PostgresAdapter ? sql`jsonb` : sql`text`;

  await db.schema
    .createTable('deals')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('external_deal_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('amount', 'double precision')
    .addColumn('stage_id', 'text')
    .addColumn('stage_label', 'text')
    .addColumn('pipeline_id', 'text')
    .addColumn('pipeline_label', 'text')
    // Client dates: a bare date is kept as given, a date-time as normalised ISO UTC text.
    .addColumn('start_date', 'text')
    .addColumn('closed_date', 'text')
    .addColumn('owner_name', 'text')
    .addColumn('owner_email', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('deal_currency_code', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('changed_at', 'bigint', (c) => c.notNull())
    .addColumn('change_seq', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('deals_pk', ['workspace_id', 'id'])
    // The dedup key: concurrent pushes of one externalDealId can never create two deals.
    .addUniqueConstraint('deals_external_id_uq', ['workspace_id', 'external_deal_id'])
    .addUniqueConstraint('deals_change_seq_uq', ['workspace_id', 'change_seq'])
    .execute();
  await db.schema.createIndex('deals_changed_at_idx').on('deals').columns(['workspace_id', 'changed_at', 'change_seq']).execute();

  // A deal's associated accounts as pushed, in order. The account is not stored: it is resolved
  // when read, by normalised domain and then by external id, so an account created (or re-keyed)
  // later links without any write to this table.
  await db.schema
    .createTable('deal_accounts')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('deal_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('domain', 'text')
    .addColumn('domain_input', 'text')
    .addColumn('external_id', 'text')
    .addColumn('name', 'text')
    .addPrimaryKeyConstraint('deal_accounts_pk', ['workspace_id', 'deal_id', 'position'])
    .execute();
  await db.schema
    .createIndex('deal_accounts_domain_idx')
    .on('deal_accounts')
    .columns(['workspace_id', 'domain'])
    .where(sql.ref('domain'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('deal_accounts_external_id_idx')
    .on('deal_accounts')
    .columns(['workspace_id', 'external_id'])
    .where(sql.ref('external_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('deal_stage_history')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('deal_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('stage_id', 'text')
    .addColumn('stage_label', 'text')
    .addColumn('pipeline_id', 'text')
    .addColumn('entered_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('deal_stage_history_pk', ['workspace_id', 'deal_id', 'position'])
    .execute();

  await db.schema
    .createTable('deal_pipelines')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('pipeline_id', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    // [{ stageId, stageLabel }] in the pushed order.
    .addColumn('stages', json, (c) => c.notNull())
    // Creation time and index within the creating request: the listing order.
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('deal_pipelines_pk', ['workspace_id', 'pipeline_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['deal_pipelines', 'deal_stage_history', 'deal_accounts', 'deals']) {
    await db.schema.dropTable(table).execute();
  }
}
