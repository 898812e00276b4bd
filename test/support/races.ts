import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/index.js';

/**
 * Resolves once another session of this PostgreSQL database waits for a lock — the moment a
 * request's statement has reached a row that the test's own open transaction holds. Polls the
 * condition (pg_stat_activity), so the test waits exactly as long as it must.
 */
export async function untilAnotherSessionWaitsForALock(db: Kysely<Database>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await sql<{ waiting: number }>`
      select count(*)::int as waiting from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'`.execute(db);
    if (rows[0].waiting > 0) return;
    if (Date.now() > deadline) throw new Error('no session came to wait for a lock');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
