import type { Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
//
// Issue 13 §2: idempotent retries. One row per Idempotency-Key of a workspace: claimed before the
// request's writes (state 'running', with a lease), and given the request's result in the same
// transaction as its writes (state 'done'), so a retry is answered from it and writes nothing.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    // Which claim holds the key: a claim taken over after its lease ran out cannot record a result.
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // 'running' | 'done'
    .addColumn('claimed_at', 'bigint', (c) => c.notNull())
    .addColumn('lease_until', 'bigint', (c) => c.notNull())
    .addColumn('result', 'text')
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['workspace_id', 'idempotency_key'])
    .execute();
  // Keys are kept 24 hours: the sweep finds the expired ones of a workspace by age.
  await db.schema.createIndex('idempotency_keys_claimed_at_idx').on('idempotency_keys').columns(['workspace_id', 'claimed_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('idempotency_keys').execute();
}
