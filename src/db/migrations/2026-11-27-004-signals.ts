import { sql, type Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
// Intent signals (SPEC §4.1). Every primary and unique key leads with workspace_id (DESIGN.md §3).
// Scoring (modules/scoring) reads this table: the column names and indexes are its contract.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('signals')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    // Normalised; signals link to accounts by domain when read, so those pushed before the
    // account exists count the moment it is created.
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'bigint', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('external_signal_id', 'text')
    .addColumn('url', 'text')
    .addColumn('topic', 'text')
    // Bombora composite score, 0–100.
    .addColumn('score', 'integer')
    // From the workspace change sequence (db/change-stamps.ts), handed out in commit order and
    // unique per workspace: scoring keeps a watermark over it.
    .addColumn('ingested_seq', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('signals_pk', ['workspace_id', 'id'])
    .execute();
  // The dedup key of SPEC §4.1: a repeated externalSignalId within a source. Partial, so signals
  // without one never collide; inserts name the same predicate in ON CONFLICT to use it.
  await db.schema
    .createIndex('signals_external_id_uq')
    .on('signals')
    .columns(['workspace_id', 'source', 'external_signal_id'])
    .unique()
    .where(sql.ref('external_signal_id'), 'is not', null)
    .execute();
  // Scoring reads an account's signals per source over a time window.
  await db.schema
    .createIndex('signals_domain_idx')
    .on('signals')
    .columns(['workspace_id', 'domain', 'source', 'occurred_at'])
    .execute();
  // Which signals arrived since a scoring run's watermark.
  await db.schema.createIndex('signals_ingested_idx').on('signals').columns(['workspace_id', 'ingested_seq']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('signals').execute();
}
