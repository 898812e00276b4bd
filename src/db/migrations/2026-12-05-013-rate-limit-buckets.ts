import type { Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
//
// Issue 13 §1: the rate limits' token buckets, shared by every process of a PostgreSQL deployment
// (src/modules/rate-limits). SQLite keeps them in its one process's memory and never writes here.
// A bucket is named `credential:<kind>:<id>` or `address:<ip>`; a lost row only refills a bucket.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limit_buckets')
    .addColumn('bucket', 'text', (c) => c.primaryKey())
    .addColumn('tokens', 'double precision', (c) => c.notNull())
    .addColumn('refilled_at', 'bigint', (c) => c.notNull())
    .addColumn('allowed', 'boolean', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limit_buckets').execute();
}
