import type { Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
//
// Issue 12, the console's "run scoring now" with live progress: a run records how many accounts it
// will visit once it knows (null until then, and for runs recorded before this migration), so
// accounts_evaluated / accounts_total is its progress.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('scoring_runs').addColumn('accounts_total', 'bigint').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('scoring_runs').dropColumn('accounts_total').execute();
}
