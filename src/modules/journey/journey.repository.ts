import { sql } from 'kysely';
import type { Executor } from '../../db/index.js';
import { JOURNEY_STAGES } from './journey-stages.js';

/** How many of the workspace's accounts are in each stage now (stages nobody is in are absent), from accounts_journey_stage_idx alone. */
export async function accountsPerStage(db: Executor, workspaceId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('accounts')
    .select(['journey_stage', (eb) => eb.fn.countAll().as('accounts')])
    .where('workspace_id', '=', workspaceId)
    .groupBy('journey_stage')
    .execute();
  return new Map(rows.map((r) => [String(r.journey_stage), Number(r.accounts)]));
}

export interface WeekStageMovement {
  /** 0 for the first week of the range. */
  week: number;
  stage: string;
  entered: number;
  left: number;
}

/**
 * Stage movements from `from` (a week's start) for `weeks` weeks, per week and stage. The history
 * holds one row per stage an account entered; the stage it left is its previous row's, found by the
 * history's key (workspace, account, entered_at) — it may lie before the range — or, with none, the
 * stage every account starts in. The range itself is read through journey_stage_history_entered_idx.
 */
export async function movementsByWeek(db: Executor, workspaceId: string, from: number, weeks: number, weekMs: number): Promise<WeekStageMovement[]> {
  const until = from + weeks * weekMs;
  const initial = JOURNEY_STAGES[0];
  const result = await sql<{ week: number | string; stage: string; entered: number | string; left: number | string }>`
    with moves as (
      select
        (h.entered_at - cast(${from} as bigint)) / cast(${weekMs} as bigint) as week,
        h.stage as stage,
        coalesce(
          (select p.stage from journey_stage_history p
            where p.workspace_id = h.workspace_id and p.account_id = h.account_id and p.entered_at < h.entered_at
            order by p.entered_at desc limit 1),
          cast(${initial} as text)
        ) as previous
      from journey_stage_history h
      where h.workspace_id = cast(${workspaceId} as text)
        and h.entered_at >= cast(${from} as bigint) and h.entered_at < cast(${until} as bigint)
    ),
    counted as (
      select week, stage, 1 as entered, 0 as departed from moves
      union all
      select week, previous as stage, 0 as entered, 1 as departed from moves
    )
    select week, stage, sum(entered) as entered, sum(departed) as "left"
    from counted group by week, stage order by week, stage`.execute(db);
  return result.rows.map((r) => ({ week: Number(r.week), stage: r.stage, entered: Number(r.entered), left: Number(r.left) }));
}
