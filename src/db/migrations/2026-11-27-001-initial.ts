import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
// Every primary and unique key leads with workspace_id (DESIGN.md §3), so the PostgreSQL schema can
// be distributed by workspace without a redesign.

export async function up(db: Kysely<any>): Promise<void> {
  const json = db.getExecutor().adapter instanceof PostgresAdapter ? sql`jsonb` : sql`text`;

  await db.schema
    .createTable('workspaces')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('api_access_enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('change_seq', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('change_clock', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('users_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('users_email_uq', ['workspace_id', 'email'])
    .execute();

  await db.schema
    .createTable('api_keys')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('key_prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('revoked_at', 'bigint')
    .addPrimaryKeyConstraint('api_keys_pk', ['workspace_id', 'id'])
    .execute();
  // Authentication looks a key up by its hash before the workspace is known.
  await db.schema.createIndex('api_keys_hash_idx').on('api_keys').column('key_hash').execute();
  // At most one active key per user, enforced by the database.
  await db.schema
    .createIndex('api_keys_one_active_uq')
    .on('api_keys')
    .columns(['workspace_id', 'user_id'])
    .unique()
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('custom_fields')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('label_type', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('options', json, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('custom_fields_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema
    .createIndex('custom_fields_active_key_uq')
    .on('custom_fields')
    .columns(['workspace_id', 'object_type', 'key'])
    .unique()
    .where(sql.ref('status'), '=', 'active')
    .execute();

  await db.schema
    .createTable('segments')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rules', json)
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('changed_at', 'bigint', (c) => c.notNull())
    .addColumn('change_seq', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('segments_pk', ['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('accounts')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('short_name', 'text')
    .addColumn('linkedin_url', 'text')
    .addColumn('tags', json, (c) => c.notNull())
    .addColumn('custom_fields', json, (c) => c.notNull())
    .addColumn('account_score', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('website_intent_score', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('bombora_intent_score', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('g2_intent_score', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('advertising_activity_score', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('journey_stage', 'text', (c) => c.notNull().defaultTo('Unaware'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('changed_at', 'bigint', (c) => c.notNull())
    .addColumn('change_seq', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('accounts_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('accounts_domain_uq', ['workspace_id', 'domain'])
    .addUniqueConstraint('accounts_change_seq_uq', ['workspace_id', 'change_seq'])
    .execute();
  // Resolves a `lastSync` time to the first change sequence after it (change times grow with it).
  await db.schema.createIndex('accounts_changed_at_idx').on('accounts').columns(['workspace_id', 'changed_at', 'change_seq']).execute();
  await db.schema
    .createIndex('accounts_external_id_idx')
    .on('accounts')
    .columns(['workspace_id', 'external_id'])
    .where(sql.ref('external_id'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('accounts_missing_external_id_idx')
    .on('accounts')
    .columns(['workspace_id', 'id'])
    .where(sql.ref('external_id'), 'is', null)
    .execute();

  await db.schema
    .createTable('segment_members')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('segment_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('added_at', 'bigint', (c) => c.notNull())
    .addColumn('change_seq', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('segment_members_pk', ['workspace_id', 'segment_id', 'account_id'])
    .execute();
  await db.schema
    .createIndex('segment_members_account_idx')
    .on('segment_members')
    .columns(['workspace_id', 'account_id'])
    .execute();
  await db.schema
    .createIndex('segment_members_change_idx')
    .on('segment_members')
    .columns(['workspace_id', 'segment_id', 'change_seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['segment_members', 'accounts', 'segments', 'custom_fields', 'api_keys', 'users', 'workspaces']) {
    await db.schema.dropTable(table).execute();
  }
}
