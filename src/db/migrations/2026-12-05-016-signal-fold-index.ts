import type { Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
//
// Issue 14, full scoring runs in bounded memory. A full run folds every account's signals in SQL,
// a chunk of accounts at a time (scoring.repository.ts, signalFold): one seek per account into this
// index, whose entries hold every column the fold uses, so an account's signals are read from the
// index alone, with no lookup of the table row per signal (a lookup per signal made the same read
// ~13× slower on SQLite, measured on 1M signals). The new index keeps the leading columns of migration 004's
// signals_domain_idx, which it replaces (an account's explanation and its signals per day read by
// domain, source and time), so signal ingest still maintains one domain index, only a wider one.

const FOLD_COLUMNS = ['workspace_id', 'domain', 'source', 'occurred_at', 'type', 'created_at', 'count', 'ingested_seq', 'topic', 'score'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('signals_domain_fold_idx').on('signals').columns(FOLD_COLUMNS).execute();
  await db.schema.dropIndex('signals_domain_idx').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('signals_domain_idx').on('signals').columns(['workspace_id', 'domain', 'source', 'occurred_at']).execute();
  await db.schema.dropIndex('signals_domain_fold_idx').execute();
}
