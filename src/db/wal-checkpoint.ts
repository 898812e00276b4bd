import { sql } from 'kysely';
import type { Dialect, Executor } from './dialects/types.js';

/**
 * Copies the pages committed to SQLite's write-ahead log back into the database file now, without
 * waiting for readers (PASSIVE). The connection does this by itself once the log passes
 * `wal_autocheckpoint` (10,000 pages, ~40 MB; sqlite-connection.ts says why so many), in one pause
 * of the thread it runs on, and every call queued on that thread waits for it. A writer that commits
 * many large transactions in a row — a scoring run's chunks — checkpoints after each instead, so a
 * call beside it waits for one chunk's pages at most. Measured (docs/benchmarks.md, "API latency
 * during runs"): the API's p99 during runs falls by a third or more; the runs take 15–20% longer.
 * PostgreSQL: nothing to do.
 */
export async function checkpointWal(db: Executor, dialect: Dialect): Promise<void> {
  if (dialect.engine === 'sqlite') await sql`pragma wal_checkpoint(PASSIVE)`.execute(db);
}
