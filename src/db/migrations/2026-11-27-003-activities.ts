import type { Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
// Sales activities and their contacts (SPEC §3.10). Every primary and unique key leads with
// workspace_id (DESIGN.md §3).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('contacts')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    // Lowercased: contacts are the same person whatever the case of the pushed address.
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('external_contact_id', 'text')
    .addColumn('name', 'text')
    .addColumn('title', 'text')
    .addColumn('department', 'text')
    .addColumn('seniority', 'text')
    .addColumn('phone', 'text')
    .addColumn('linkedin_url', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('contacts_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('contacts_email_uq', ['workspace_id', 'email'])
    .execute();

  await db.schema
    .createTable('sales_activities')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('external_activity_id', 'text', (c) => c.notNull())
    .addColumn('activity_type', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'bigint', (c) => c.notNull())
    // Normalised; the account is found through it when read, so an activity pushed before its
    // account exists links the moment the account is created.
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('account_name', 'text')
    .addColumn('subject', 'text')
    .addColumn('owner_email', 'text', (c) => c.notNull())
    .addColumn('owner_name', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('from_name', 'text')
    .addColumn('from_email', 'text')
    .addColumn('call_title', 'text')
    .addColumn('duration_minutes', 'double precision')
    .addColumn('outcome', 'text')
    .addColumn('direction', 'text')
    .addColumn('open_count', 'integer')
    .addColumn('click_count', 'integer')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    // From the workspace change sequence, handed out in commit order: scoring keeps a watermark.
    .addColumn('change_seq', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('sales_activities_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('sales_activities_external_id_uq', ['workspace_id', 'external_activity_id'])
    .execute();
  // An account's timeline (newest first) and the per-account counts of the journey rules.
  await db.schema
    .createIndex('sales_activities_domain_idx')
    .on('sales_activities')
    .columns(['workspace_id', 'domain', 'occurred_at', 'id'])
    .execute();
  // Which activities arrived since a scoring run's watermark.
  await db.schema
    .createIndex('sales_activities_change_idx')
    .on('sales_activities')
    .columns(['workspace_id', 'change_seq'])
    .execute();

  await db.schema
    .createTable('sales_activity_contacts')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sales_activity_contacts_pk', ['workspace_id', 'activity_id', 'contact_id'])
    .execute();
  await db.schema
    .createIndex('sales_activity_contacts_contact_idx')
    .on('sales_activity_contacts')
    .columns(['workspace_id', 'contact_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['sales_activity_contacts', 'sales_activities', 'contacts']) {
    await db.schema.dropTable(table).execute();
  }
}
