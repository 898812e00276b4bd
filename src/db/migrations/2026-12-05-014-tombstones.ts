import type { Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
//
// Issue 13 §3: deletion that syncs. A deleted account or deal leaves a tombstone, stamped from the
// workspace's change sequence like every change, so `GET /accounts/deleted` and `/deals/deleted`
// page them by the same keyset and `lastSync` rules as the lists, with the same no-gap guarantee.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tombstones')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // 'account' | 'deal'
    .addColumn('change_seq', 'bigint', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    // account: its domain and externalId; deal: its externalDealId in external_id.
    .addColumn('domain', 'text')
    .addColumn('external_id', 'text')
    .addColumn('deleted_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('tombstones_pk', ['workspace_id', 'kind', 'change_seq'])
    .execute();
  // lastSync → the first tombstone after it; retention pruning by age.
  await db.schema.createIndex('tombstones_deleted_at_idx').on('tombstones').columns(['workspace_id', 'kind', 'deleted_at', 'change_seq']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('tombstones').execute();
}
