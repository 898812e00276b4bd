import { Cron } from 'croner';
import type { Log } from '../../lib/log.js';
import type { ScoringService } from './scoring.service.js';
import type { ServiceApi } from '../../lib/service-api.js';

export interface ScoringSchedule {
  stop(): void;
}

/**
 * The scheduled scoring job (SPEC §4.5, default every 15 minutes). Every server process runs the
 * timer; each tick is identified by its scheduled time, and the lease lets only the first process
 * to claim a tick start a run for it — so N processes sharing a database run once per tick.
 */
export function startScoringSchedule(scoring: ServiceApi<ScoringService>, pattern: string, log: Log): ScoringSchedule {
  const job = new Cron(pattern, { protect: true }, async (self) => {
    // The slot this firing belongs to (not the moment the timer fired, which differs per process).
    const tick = self.previousRuns(1, new Date(Date.now() + 1))[0]?.getTime() ?? Date.now();
    try {
      const runs = await scoring.runScheduledTick(tick);
      for (const run of runs) log.info({ runId: run.runId, status: run.status, mode: run.mode, counts: run.counts, durationMs: run.durationMs }, 'scoring run finished');
    } catch (error) {
      log.error({ err: error, tick }, 'scheduled scoring failed');
    }
  });
  return { stop: () => job.stop() };
}
