import { sql, type Kysely } from 'kysely';

// Frozen once released: never import application code here; change the schema in a new file.
//
// Issue 13 §6: a list in a workspace that never changed anything answered `syncTimestamp`
// 1970-01-01, because the change clock started at 0. The clock now starts at the workspace's
// creation. Safe for delta sync: a clock of 0 means no write ever reserved a stamp, and every later
// stamp is still strictly above the clock (reserveChangeStamps).

export async function up(db: Kysely<any>): Promise<void> {
  await db
    .updateTable('workspaces')
    .set({ change_clock: sql`created_at` })
    .where('change_clock', '=', 0)
    .execute();
}

export async function down(): Promise<void> {
  // Nothing to undo: a clock that starts at the creation time is valid for the earlier code too.
}
