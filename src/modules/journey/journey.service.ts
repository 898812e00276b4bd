import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.js';
import { JOURNEY_STAGES } from './journey-stages.js';
import * as repo from './journey.repository.js';
import { MOVEMENT_WEEKS, type JourneyFunnel, type JourneyMovements, type MovementsQuery } from './journey.schema.js';

const DAY_MS = 24 * 60 * 60 * 1000;
export const WEEK_MS = 7 * DAY_MS;
/** 1970-01-05, the first Monday of the epoch (1970-01-01 was a Thursday). */
const FIRST_MONDAY = 4 * DAY_MS;

/** The start (Monday 00:00 UTC) of the ISO week holding `instant`. */
export function isoWeekStart(instant: number): number {
  return FIRST_MONDAY + Math.floor((instant - FIRST_MONDAY) / WEEK_MS) * WEEK_MS;
}

/** The Journey page's numbers (issue 12): the funnel now, and the weekly stage movements. */
export class JourneyService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number = Date.now,
  ) {}

  async funnel(workspaceId: string): Promise<JourneyFunnel> {
    const counts = await repo.accountsPerStage(this.db, workspaceId);
    const stages = JOURNEY_STAGES.map((stage) => ({ stage, accounts: counts.get(stage) ?? 0 }));
    const totalAccounts = [...counts.values()].reduce((sum, n) => sum + n, 0);
    return { stages, totalAccounts };
  }

  /** Every week of the range appears, with zeros where nothing moved, so a chart's axis is continuous. */
  async movements(workspaceId: string, query: MovementsQuery): Promise<JourneyMovements> {
    const weeks = query.weeks ?? MOVEMENT_WEEKS.default;
    const from = isoWeekStart(this.now()) - (weeks - 1) * WEEK_MS;
    const rows = await repo.movementsByWeek(this.db, workspaceId, from, weeks, WEEK_MS);
    const found = new Map(rows.map((r) => [`${r.week}/${r.stage}`, r]));
    return {
      stages: [...JOURNEY_STAGES],
      weeks: Array.from({ length: weeks }, (_, week) => ({
        weekStart: new Date(from + week * WEEK_MS).toISOString(),
        movements: JOURNEY_STAGES.map((stage) => {
          const row = found.get(`${week}/${stage}`);
          return { stage, entered: row?.entered ?? 0, left: row?.left ?? 0 };
        }),
      })),
    };
  }
}
