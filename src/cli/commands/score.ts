import { InvalidArgumentError, type Command } from 'commander';
import type { ServicesApi } from '../../services.js';
import { CliError, withServices, type CliIo } from '../context.js';
import { registerScoreBacktest } from './score-backtest.js';

export interface ScoreOptions {
  workspace?: string;
  full?: boolean;
  chunkSize: number;
  pauseMs: number;
  leaseSeconds: number;
}

function parseWhole(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return n;
  };
}

/** How often a waiting command reports progress (and checks the run's holder is alive). */
const PROGRESS_EVERY_MS = 1000;

/**
 * Runs scoring for one workspace to the end and returns its last state. When another process is
 * running one, waits for that run instead of starting a second — and continues it if its holder
 * dies (its lease expires): each round asks for a run, which answers the one in progress or takes
 * over an abandoned one.
 */
async function scoreWorkspace(services: ServicesApi, io: CliIo, workspaceId: string, options: ScoreOptions) {
  const start = { trigger: 'cli' as const, full: options.full, chunkSize: options.chunkSize, pauseMs: options.pauseMs, leaseMs: options.leaseSeconds * 1000 };
  let ranHere = false;
  let announced = false;
  let reported = '';
  for (;;) {
    const { started, run } = await services.scoring.startRun(workspaceId, start);
    ranHere ||= started;
    if (!ranHere && !announced) io.stderr(`  workspace ${workspaceId}: run ${run.runId} is in progress elsewhere; waiting for it\n`);
    announced = true;
    const now = await services.scoring.waitForRun(workspaceId, run.runId, PROGRESS_EVERY_MS);
    if (now.status !== 'running') return { run: now, ranHere };
    const progress = `${now.counts.accountsEvaluated} accounts evaluated, ${now.counts.accountsChanged} changed`;
    if (now.counts.accountsEvaluated > 0 && progress !== reported) io.stderr(`  workspace ${workspaceId}: ${progress}\n`);
    reported = progress;
  }
}

export function registerScore(program: Command, io: CliIo): void {
  const score = program
    .command('score')
    .description('run scoring now: recompute changed accounts and decay, write only what changed (docs/scoring.md)')
    .option('--workspace <id>', 'score one workspace (default: every workspace)')
    .option('--full', 'rebuild every account from its whole signal history')
    .option('--chunk-size <n>', 'accounts per transaction', parseWhole(1, 100_000), 500)
    .option('--pause-ms <n>', 'pause between chunks, to leave the database to other work', parseWhole(0, 60_000), 0)
    .option('--lease-seconds <n>', 'how long the run guard lasts without renewal (a crashed run blocks no longer)', parseWhole(1, 3600), 60)
    .addHelpText(
      'after',
      '\nA run is incremental: accounts whose signals, deals, activities or fields changed since the last run,\n' +
        'plus those whose decayed score is due to drop. Only accounts whose visible output changed are written\n' +
        '(and sent again by delta sync). One run at a time per workspace across all processes: if another\n' +
        'process is running one, this command waits for it and reports it instead of starting a second; if\n' +
        'that process dies, this one continues its run once its lease expires. A run that was killed is\n' +
        'continued by the next one. Prints each run as a JSON line on stdout, progress on stderr.\n\n' +
        '`intentbase score backtest` measures how well the scores predicted the deals that followed.\n\n' +
        'Example:\n  intentbase score\n  intentbase score --workspace 663abc0e5f1c2a00aabbccdd --full',
    )
    .action(async (options: ScoreOptions) => {
      await withServices(io, async (services) => {
        const workspaces = (await services.workspaces.listWorkspaces()).map((w) => w.id);
        if (options.workspace !== undefined && !workspaces.includes(options.workspace)) throw new CliError(`Workspace '${options.workspace}' not found`);
        const targets = options.workspace === undefined ? workspaces : [options.workspace];
        let failed = 0;
        for (const workspaceId of targets) {
          const { run, ranHere } = await scoreWorkspace(services, io, workspaceId, options);
          io.stdout(`${JSON.stringify({ workspaceId, ...run, ranHere })}\n`);
          const seconds = run.durationMs === null ? '' : `, ${(run.durationMs / 1000).toFixed(1)} s`;
          io.stderr(
            `Scoring run ${run.runId} (${run.mode}${ranHere ? '' : ', run by another process'}) of workspace ${workspaceId}: ${run.status} — ` +
              `${run.counts.accountsEvaluated} accounts evaluated, ${run.counts.accountsChanged} changed, ${run.counts.signalsRead} signals read${seconds}` +
              `${run.error ? ` (${run.error})` : ''}\n`,
          );
          if (run.status !== 'succeeded') failed += 1;
        }
        if (failed > 0) throw new CliError(`${failed} scoring run(s) did not succeed`);
      });
    });
  registerScoreBacktest(score, io);
}
