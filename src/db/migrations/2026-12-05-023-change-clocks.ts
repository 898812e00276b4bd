import { sql, type Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
//
// Issue 16 §1: writers of one workspace commit concurrently on PostgreSQL. The delta-sync clock
// moves out of the workspace row, whose lock a writer may hold until it commits, into a row of its
// own that a writer updates in a short transaction of its own (db/change-stamps.ts). Every stamp
// handed out that way leaves a claim — the writing transaction's id and its first stamp — so a
// reader can tell which stamps may still commit (docs/architecture.md, "Delta sync clock").

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('change_clocks')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey())
    .addColumn('change_seq', 'bigint', (c) => c.notNull())
    .addColumn('change_clock', 'bigint', (c) => c.notNull())
    .execute();
  await db
    .insertInto('change_clocks')
    .columns(['workspace_id', 'change_seq', 'change_clock'])
    .expression(db.selectFrom('workspaces').select(['id', 'change_seq', 'change_clock']))
    .execute();
  await db.schema
    .createTable('change_claims')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    // The writing transaction's full id (PostgreSQL xid8, as a number).
    .addColumn('xid', 'bigint', (c) => c.notNull())
    .addColumn('first_seq', 'bigint', (c) => c.notNull())
    .addColumn('changed_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('change_claims_pk', ['workspace_id', 'first_seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  // The clock goes back to the workspace row, where the release before this one keeps it.
  await sql`update workspaces set change_seq = c.change_seq, change_clock = c.change_clock from change_clocks c where c.workspace_id = workspaces.id`.execute(db);
  await db.schema.dropTable('change_claims').execute();
  await db.schema.dropTable('change_clocks').execute();
}
