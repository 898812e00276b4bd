import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
//
// Issue 15 §1: signed webhooks. Endpoints (with their signing secrets), the outbox that changes
// write their events to in their own transaction, the deliveries the dispatcher makes of them
// (up to 100 events each) and the dispatcher's per-workspace lease.

export async function up(db: Kysely<any>): Promise<void> {
  const json = db.getExecutor().adapter instanceof PostgresAdapter ? sql`jsonb` : sql`text`;
  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    // The event types it is subscribed to, a JSON array.
    .addColumn('events', json, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // 'enabled' | 'disabled'
    // HMAC keys: signing needs the secret itself, so it is stored (the API shows it once).
    .addColumn('secret', 'text', (c) => c.notNull())
    // After a roll, the old secret signs beside the new one until `previous_secret_until`.
    .addColumn('previous_secret', 'text')
    .addColumn('previous_secret_until', 'bigint')
    // The first failed attempt since the last success: failing for 3 days disables the endpoint.
    .addColumn('failing_since', 'bigint')
    .addColumn('disabled_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('webhook_endpoints_pk', ['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('webhook_outbox')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    // The change's time: strictly increasing across a workspace's write transactions (its change clock).
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    // The whole event as delivered: { id, type, createdAt, workspaceId, sequence, data }.
    .addColumn('payload', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('webhook_outbox_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema.createIndex('webhook_outbox_order_idx').on('webhook_outbox').columns(['workspace_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('endpoint_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // 'pending' | 'succeeded' | 'failed'
    // The JSON body POSTed, signed at each attempt.
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('event_ids', 'text', (c) => c.notNull()) // comma-separated, the Intentbase-Event-Id header
    .addColumn('event_count', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    // Retries stop 24 hours after this (creation, or a manual retry).
    .addColumn('window_started_at', 'bigint', (c) => c.notNull())
    .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('last_attempt_at', 'bigint')
    .addColumn('response_code', 'integer')
    .addColumn('response_ms', 'integer')
    .addColumn('error', 'text')
    .addColumn('completed_at', 'bigint')
    .addPrimaryKeyConstraint('webhook_deliveries_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema.createIndex('webhook_deliveries_due_idx').on('webhook_deliveries').columns(['workspace_id', 'status', 'next_attempt_at']).execute();
  await db.schema.createIndex('webhook_deliveries_endpoint_idx').on('webhook_deliveries').columns(['workspace_id', 'endpoint_id', 'id']).execute();

  await db.schema
    .createTable('webhook_leases')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['webhook_leases', 'webhook_deliveries', 'webhook_outbox', 'webhook_endpoints']) await db.schema.dropTable(table).execute();
}
