import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
//
// Issue 13 §5: the audit trail. Append-only: no route or command updates or deletes a row.

export async function up(db: Kysely<any>): Promise<void> {
  const json = db.getExecutor().adapter instanceof PostgresAdapter ? sql`jsonb` : sql`text`;
  await db.schema
    .createTable('audit_events')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    // Stamped from the workspace's change clock like every change, so the trail pages and syncs
    // by the lists' rules (docs/api.md, "Pagination and delta sync").
    .addColumn('change_seq', 'bigint', (c) => c.notNull())
    .addColumn('occurred_at', 'bigint', (c) => c.notNull())
    // `user:<email>` (console session), `key:<key prefix>` (API key) or `cli`.
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text')
    .addColumn('details', json)
    .addPrimaryKeyConstraint('audit_events_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema.createIndex('audit_events_seq_idx').on('audit_events').columns(['workspace_id', 'change_seq']).execute();
  await db.schema.createIndex('audit_events_occurred_idx').on('audit_events').columns(['workspace_id', 'occurred_at', 'change_seq']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_events').execute();
}
