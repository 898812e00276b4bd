/**
 * How long a scoring run holds the thread it runs on between two yields — on SQLite, the service
 * thread, so the most an API call beside it can wait:
 *
 *   node --import tsx bench/scoring-stalls.ts [--accounts 100000] [--chunk-size 500] [--incremental]
 *
 * A full run in process over a SQLite file of `accounts` accounts and 10 signals each (the scoring
 * benchmark's data), while a 1 ms timer records every gap in the event loop. Prints the run's
 * phases, the longest gaps and their p99/p90, the run's time against the single SQL aggregate over
 * the same signals measured just before it (bench/lib/scoring-data.ts), and the process's peak RSS
 * during the run (VmHWM, reset before it where the kernel allows). With --incremental, the gaps of
 * the run after it instead, once 1% of the accounts received a new signal (as bench/scoring.ts
 * measures). --engine postgres runs the same against PostgreSQL (--postgres-url).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createBenchDatabase, DEFAULT_POSTGRES_URL, migrate } from './lib/databases.js';
import { generateScoringData, sqlAggregate } from './lib/scoring-data.js';
import { createDatabase } from '../src/db/index.js';
import { createServices } from '../src/services.js';
import { ScoringService } from '../src/modules/scoring/scoring.service.js';

const { values: args } = parseArgs({
  options: {
    accounts: { type: 'string', default: '100000' },
    'chunk-size': { type: 'string', default: '500' },
    incremental: { type: 'boolean', default: false },
    engine: { type: 'string', default: 'sqlite' },
    'postgres-url': { type: 'string', default: process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_URL },
  },
});
const ACCOUNTS = Number(args.accounts);

/** This process's peak RSS in MB since the last reset (proc(5): VmHWM; "5" to clear_refs resets it). */
const peakRssMb = () => Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) / 1024;
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

const bench = await createBenchDatabase(args.engine === 'postgres' ? 'postgres' : 'sqlite', args['postgres-url']);
await migrate(bench.config);
const database = createDatabase(bench.config);
try {
  const { services } = createServices(database);
  const workspace = await services.workspaces.createWorkspace('Stalls');
  await generateScoringData(bench, workspace.id, ACCOUNTS, ACCOUNTS * 10);
  if (args.incremental) {
    const first = await services.scoring.startRun(workspace.id, { trigger: 'cli', full: true });
    await services.scoring.waitForRun(workspace.id, first.run.runId);
    const occurredAt = new Date().toISOString();
    const domains = Array.from({ length: Math.max(1, ACCOUNTS / 100) }, (_, i) => `acct${String((i * 101) % ACCOUNTS)}.bench.example`);
    for (let i = 0; i < domains.length; i += 1000) {
      const signals = domains.slice(i, i + 1000).map((domain) => ({ source: 'website' as const, type: 'form_submit', domain, occurredAt }));
      await services.signals.createSignals(workspace.id, { signals });
    }
  }

  const aggregate = await sqlAggregate(bench, workspace.id, 3);
  const rssReset = resetPeakRss();
  const started = performance.now();
  const phases: string[] = [];
  const scoring = new ScoringService(database, { observer: { onPhase: (phase, ms) => phases.push(`${phase} ${Math.round(ms)} ms`) } });
  const gaps: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    gaps.push(now - last);
    last = now;
  }, 1);
  const run = await scoring.startRun(workspace.id, { trigger: 'cli', full: !args.incremental, chunkSize: Number(args['chunk-size']) });
  const view = await scoring.waitForRun(workspace.id, run.run.runId);
  clearInterval(timer);

  gaps.sort((a, b) => b - a);
  const percentile = (p: number) => gaps[Math.floor(gaps.length * (1 - p))].toFixed(1);
  console.log(`${args.incremental ? 'incremental' : 'full'} run of ${ACCOUNTS.toLocaleString('en')} accounts, chunks of ${args['chunk-size']}: ${view.status} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const runMs = performance.now() - started;
  console.log(`phases: ${phases.join(', ')}`);
  console.log(
    `single SQL aggregate over the same signals: ${(aggregate.ms / 1000).toFixed(2)} s (median of 3); run / aggregate = ${(runMs / aggregate.ms).toFixed(2)}×`,
  );
  console.log(`peak RSS of this process ${rssReset ? 'during the run' : 'since it started'}: ${Math.round(peakRssMb())} MB`);
  console.log(`longest gaps (ms): ${gaps.slice(0, 10).map((g) => g.toFixed(0)).join(' ')}; p99 ${percentile(0.99)} ms, p90 ${percentile(0.9)} ms`);
} finally {
  await database.close();
  await bench.drop();
}
