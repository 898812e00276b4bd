/**
 * The backtest benchmark (issue 14: a backtest in ≤ 1.5× one full run's time, in bounded memory):
 *
 *   node --import tsx bench/backtest.ts                          # 100,000 accounts, 1,000,000 signals, SQLite
 *   node --import tsx bench/backtest.ts --accounts 1000000       # the scale
 *   node --import tsx bench/backtest.ts --engine postgres
 *
 * On the scoring benchmark's data (bench/lib/scoring-data.ts: signals over the last 90 days, 1% of
 * accounts with a deal, 2% with activities), in this one process and the same database:
 * - a full scoring run (outputs reset before each, so each writes every account), `--runs` times;
 * - the backtest as of now (every signal counts: the most it ever reads) and as of 30 days ago with
 *   a 30-day horizon, `--runs` times each;
 * - the peak RSS of the process during each, sampled every 50 ms.
 * Prints medians and the ratio backtest ÷ full run, and writes bench/backtest-results.json.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { createBenchDatabase, DEFAULT_POSTGRES_URL, migrate } from './lib/databases.js';
import { generateScoringData } from './lib/scoring-data.js';
import { median, round, stopwatch } from './lib/stats.js';
import { createDatabase, type DatabaseHandle } from '../src/db/index.js';
import { createServices } from '../src/services.js';

const { values: args } = parseArgs({
  options: {
    accounts: { type: 'string', default: '100000' },
    'signals-per-account': { type: 'string', default: '10' },
    engine: { type: 'string', default: 'sqlite' },
    runs: { type: 'string', default: '3' },
    'postgres-url': { type: 'string', default: process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_URL },
  },
});

const ACCOUNTS = Number(args.accounts);
const SIGNALS = ACCOUNTS * Number(args['signals-per-account']);
const RUNS = Number(args.runs);
const ENGINE = args.engine as 'sqlite' | 'postgres';
const DAY = 86_400_000;
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Peak RSS (MB) while `work` runs, sampled every 50 ms, and its wall time (ms). */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakRssMb: number }> {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  const elapsed = stopwatch();
  try {
    const result = await work();
    return { result, ms: elapsed(), peakRssMb: Math.max(peak, process.memoryUsage.rss()) / 2 ** 20 };
  } finally {
    clearInterval(sampler);
  }
}

/** Every account back to no score, so each full run writes them all (as bench/scoring.ts does). */
async function resetScores(database: DatabaseHandle, workspaceId: string): Promise<void> {
  const { db } = database;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('accounts')
      .set({ account_score: 0, website_intent_score: 0, bombora_intent_score: 0, g2_intent_score: 0, advertising_activity_score: 0, journey_stage: 'Unaware' })
      .where('workspace_id', '=', workspaceId)
      .execute();
    for (const table of ['account_scores', 'journey_stage_history', 'scoring_deal_links', 'scoring_runs', 'scoring_leases'] as const) {
      await trx.deleteFrom(table).where('workspace_id', '=', workspaceId).execute();
    }
  });
}

async function main(): Promise<void> {
  const bench = await createBenchDatabase(ENGINE, args['postgres-url']);
  try {
    await migrate(bench.config);
    const database = createDatabase(bench.config);
    const { services, close } = createServices(database);
    const workspaceId = (await services.workspaces.createWorkspace('Backtest bench')).id;
    log(`generating ${ACCOUNTS} accounts and ${SIGNALS} signals (${ENGINE})…`);
    const generatedAt = await generateScoringData(bench, workspaceId, ACCOUNTS, SIGNALS);

    const full: Array<{ ms: number; peakRssMb: number }> = [];
    const asOfNow: Array<{ ms: number; peakRssMb: number }> = [];
    const asOfPast: Array<{ ms: number; peakRssMb: number }> = [];
    let lastReport: Awaited<ReturnType<typeof services.scoring.backtest>> | undefined;
    for (let r = 0; r < RUNS; r += 1) {
      await resetScores(database, workspaceId);
      const run = await measured(async () => {
        const { run: started } = await services.scoring.startRun(workspaceId, { trigger: 'cli', full: true });
        return services.scoring.waitForRun(workspaceId, started.runId);
      });
      if (run.result.status !== 'succeeded') throw new Error(`full run ${run.result.status}: ${run.result.error ?? ''}`);
      full.push(run);
      log(`full run ${r + 1}: ${(run.ms / 1000).toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB, ${run.result.counts.accountsEvaluated} accounts`);
      const now = await measured(() => services.scoring.backtest(workspaceId, { asOf: new Date(Date.now()).toISOString(), horizonDays: 30 }));
      asOfNow.push(now);
      log(`backtest as of now: ${(now.ms / 1000).toFixed(1)} s, peak RSS ${now.peakRssMb.toFixed(0)} MB`);
      const past = await measured(() => services.scoring.backtest(workspaceId, { asOf: new Date(generatedAt - 30 * DAY).toISOString(), horizonDays: 30 }));
      asOfPast.push(past);
      lastReport = past.result;
      log(`backtest as of 30 days ago: ${(past.ms / 1000).toFixed(1)} s, peak RSS ${past.peakRssMb.toFixed(0)} MB`);
    }
    await close();
    await database.close();

    const fullMs = median(full.map((m) => m.ms));
    const summary = (runs: Array<{ ms: number; peakRssMb: number }>) => ({
      medianMs: round(median(runs.map((m) => m.ms))),
      runsMs: runs.map((m) => round(m.ms)),
      ratioToFullRun: round(median(runs.map((m) => m.ms)) / fullMs, 2),
      peakRssMb: round(Math.max(...runs.map((m) => m.peakRssMb))),
    });
    const results = {
      engine: ENGINE,
      accounts: ACCOUNTS,
      signals: SIGNALS,
      runs: RUNS,
      machine: { cpus: cpus().length, memoryGb: round(totalmem() / 2 ** 30, 1), note: 'shared with other work: medians and ratios measured in the same run' },
      fullRun: { medianMs: round(fullMs), runsMs: full.map((m) => round(m.ms)), peakRssMb: round(Math.max(...full.map((m) => m.peakRssMb))) },
      backtestAsOfNow: summary(asOfNow),
      backtestAsOf30DaysAgo: summary(asOfPast),
      sampleReport: lastReport && { accounts: lastReport.accounts, positives: lastReport.positives, auc: lastReport.accountScore.auc },
    };
    writeFileSync(new URL('./backtest-results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(
      [
        `| ${ENGINE}, ${ACCOUNTS} accounts × ${SIGNALS} signals | median (s) | ÷ full run | peak RSS (MB) |`,
        '|---|---|---|---|',
        `| full run | ${(fullMs / 1000).toFixed(1)} | 1.00 | ${results.fullRun.peakRssMb} |`,
        `| backtest as of now | ${(results.backtestAsOfNow.medianMs / 1000).toFixed(1)} | ${results.backtestAsOfNow.ratioToFullRun.toFixed(2)} | ${results.backtestAsOfNow.peakRssMb} |`,
        `| backtest as of 30 days ago | ${(results.backtestAsOf30DaysAgo.medianMs / 1000).toFixed(1)} | ${results.backtestAsOf30DaysAgo.ratioToFullRun.toFixed(2)} | ${results.backtestAsOf30DaysAgo.peakRssMb} |`,
        '',
      ].join('\n'),
    );
  } finally {
    await bench.drop();
  }
}

await main();
