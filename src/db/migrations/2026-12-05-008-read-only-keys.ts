import { sql, type Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
//
// SPEC §2.1 (2026-12): a key may be read-only. A user holds at most one active key of each kind, so
// the one-active-key index gains the kind; issuing a key revokes only the previous key of its kind.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_keys').addColumn('read_only', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.dropIndex('api_keys_one_active_uq').execute();
  await db.schema
    .createIndex('api_keys_one_active_uq')
    .on('api_keys')
    .columns(['workspace_id', 'user_id', 'read_only'])
    .unique()
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('api_keys_one_active_uq').execute();
  await db.schema.alterTable('api_keys').dropColumn('read_only').execute();
  await db.schema
    .createIndex('api_keys_one_active_uq')
    .on('api_keys')
    .columns(['workspace_id', 'user_id'])
    .unique()
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();
}
