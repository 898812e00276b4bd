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

/**
 * Everything a refused request could have changed in a workspace, cheaply: the row counts, the
 * workspace's change sequence (every stamped write advances it), the newest update of the tables
 * without a sequence, and the custom fields and scoring configuration as they are (few rows).
 */
export async function workspaceFingerprint(db: Kysely<Database>, workspaceId: string): Promise<string> {
  const workspace = await db.selectFrom('workspaces').select(['change_seq', 'change_clock']).where('id', '=', workspaceId).executeTakeFirst();
  const newest = async (table: 'contacts' | 'deal_pipelines') =>
    (await db.selectFrom(table).select((eb) => eb.fn.max('updated_at').as('at')).where('workspace_id', '=', workspaceId).executeTakeFirst())?.at ?? null;
  const fields = await db.selectFrom('custom_fields').select(['id', 'key', 'label', 'label_type', 'description', 'options', 'status']).where('workspace_id', '=', workspaceId).orderBy('id').execute();
  const scoring = await db.selectFrom('scoring_configs').selectAll().where('workspace_id', '=', workspaceId).execute();
  return JSON.stringify({
    counts: await workspaceRowCounts(db, workspaceId),
    workspace,
    contacts: await newest('contacts'),
    pipelines: await newest('deal_pipelines'),
    fields,
    scoring,
  });
}
