import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/index.js';

/** The tables a request of the API can write to, each keyed by workspace. */
const WRITTEN_TABLES = [
  'accounts',
  'custom_fields',
  'segments',
  'segment_members',
  'contacts',
  'sales_activities',
  'sales_activity_contacts',
  'deals',
  'deal_accounts',
  'deal_stage_history',
  'deal_pipelines',
  'signals',
  'scoring_configs',
] as const;

/**
 * How many rows each table holds for one workspace: compare before and after a refused request to
 * prove it wrote nothing.
 */
export async function workspaceRowCounts(db: Kysely<Database>, workspaceId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of WRITTEN_TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
