/**
 * The scoring benchmark (DESIGN.md §5), runnable on its own:
 *
 *   node --import tsx bench/scoring.ts                      # 1,000,000 accounts, 10,000,000 signals, SQLite
 *   node --import tsx bench/scoring.ts --scale quick        # 100,000 accounts, 1,000,000 signals
 *   node --import tsx bench/scoring.ts --engine postgres --scale quick
 *
 * Against a real `intentbase serve` process:
 * - a full run (every account rebuilt from its whole signal history, every score written), started
 *   with POST /api/v1/scoring/runs, `--runs` times (the outputs are reset before each);
 * - an incremental run after 1% of the accounts received new signals through POST /api/v1/signals;
 * - the p50/p99 latency of GET /api/v1/accounts?limit=100 (random pages) while each run executes,
 *   at a steady `--api-rate` requests per second from this process (the load generator takes a core
 *   of this 2-core machine: say so when quoting);
 * - the ceiling measured beside it: a single SQL aggregate (decayed sum per domain and source) over
 *   the same signals, and the ratios of the full and the incremental run to it (issue 14's targets:
 *   ≤ 1.0× and ≤ 0.05× on SQLite, ≤ 1.5× for a full run on PostgreSQL);
 * - the peak RSS of `serve` during the full runs (VmHWM, reset before each run through
 *   /proc/<pid>/clear_refs where the kernel allows it; otherwise the peak since the server started).
 * Prints a table (medians) and writes bench/scoring-results.json.
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createClient, type IntentbaseClient } from '@intentbase/client';
import pg from 'pg';
import { createBenchDatabase, DEFAULT_POSTGRES_URL, migrate, type BenchDatabase } from './lib/databases.js';
import { median, round, stopwatch } from './lib/stats.js';
import { generateScoringData, sqlAggregate, sqlWriteFloor } from './lib/scoring-data.js';
import { encodeCursor } from '../src/http/cursor.js';
import { createDatabase } from '../src/db/index.js';
import { WorkspacesService } from '../src/modules/workspaces/workspaces.service.js';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: 'full' },
    accounts: { type: 'string' },
    'signals-per-account': { type: 'string', default: '10' },
    engine: { type: 'string', default: 'sqlite' },
    runs: { type: 'string', default: '3' },
    'api-rate': { type: 'string', default: '50' },
    'api-connections': { type: 'string', default: '4' },
    'postgres-url': { type: 'string', default: process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_URL },
    'log-level': { type: 'string', default: 'warn' },
    'skip-ceiling': { type: 'boolean', default: false },
  },
});

const ACCOUNTS = Number(args.accounts ?? (args.scale === 'quick' ? 100_000 : 1_000_000));
const SIGNALS = ACCOUNTS * Number(args['signals-per-account']);
const RUNS = Number(args.runs);
const API_RATE = Number(args['api-rate']);
const API_CONNECTIONS = Number(args['api-connections']);
const ENGINE = args.engine as 'sqlite' | 'postgres';
const API_KEY = 'ib_' + 'ScoreBench'.repeat(4);
const BIN = fileURLToPath(new URL('../bin/intentbase', import.meta.url));
const logDir = mkdtempSync(join(tmpdir(), 'intentbase-scoring-bench-'));

function log(line: string): void {
  process.stderr.write(`[scoring-bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

// ---- ceiling ---------------------------------------------------------------------------------

/** Back to "never scored": what a first (full) run starts from. */
async function resetScores(database: BenchDatabase): Promise<void> {
  const statements = [
    `update accounts set account_score = 0, website_intent_score = 0, bombora_intent_score = 0, g2_intent_score = 0, advertising_activity_score = 0, journey_stage = 'Unaware'`,
    'delete from account_scores',
    'delete from journey_stage_history',
    'delete from scoring_deal_links',
    'delete from scoring_runs',
    'delete from scoring_leases',
  ];
  if (database.config.engine === 'sqlite') {
    const db = new Database(database.config.path);
    db.pragma('busy_timeout = 60000');
    db.transaction(() => statements.forEach((s) => db.exec(s)))();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  } else {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    for (const s of statements) await client.query(s);
    await client.query('vacuum analyze accounts');
    await client.query('vacuum analyze account_scores');
    await client.end();
  }
}

// ---- server ----------------------------------------------------------------------------------

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Server {
  url: string;
  peakRssMb(): number;
  /** Starts a new peak-RSS measurement (false: the kernel refused, the peak is since start). */
  resetPeakRss(): boolean;
  stop(): Promise<void>;
}

/** `intentbase serve` as an operator starts it; the schedule set to never fire during the bench. */
async function startServe(database: BenchDatabase): Promise<Server> {
  const port = await freePort();
  const logFile = join(logDir, 'serve.log');
  const fd = openSync(logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: args['log-level'],
      INTENTBASE_ADMIN_API_KEY: API_KEY,
      SCORING_CRON: '0 0 1 1 *',
      RATE_LIMIT_PER_MINUTE: '0',
    },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ; ) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by the exit listener
    if (exited) throw new Error(`serve exited during start; see ${logFile}`);
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`serve did not start; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    peakRssMb: () => Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${String(child.pid)}/status`, 'utf8'))?.[1] ?? NaN) / 1024,
    resetPeakRss: () => {
      try {
        // "5" resets the peak resident set size (proc(5), clear_refs).
        writeFileSync(`/proc/${String(child.pid)}/clear_refs`, '5');
        return true;
      } catch {
        return false;
      }
    },
    stop: async () => {
      if (exited) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exit;
      clearTimeout(killer);
    },
  };
}

/** The benchmark's calls besides the load: starting and following runs, pushing signals. */
function api(server: Server): IntentbaseClient {
  return createClient({ baseUrl: server.url, apiKey: API_KEY });
}

/** What the benchmark reads of a scoring run (GET /api/v1/scoring/runs). */
interface RunView {
  runId: string;
  status: string;
  error: string | null;
  /** Null while the run is running. */
  durationMs: number | null;
  counts: Record<string, number | null>;
  mode: string;
}

interface RunMeasure {
  durationMs: number;
  /** Peak RSS of `serve` during this run (MB). */
  peakRssMb: number;
  counts: Record<string, number | null>;
  mode: string;
  apiRequests: number;
  apiP50Ms: number;
  apiP99Ms: number;
  apiMaxMs: number;
  apiNon2xx: number;
}

/** Starts a run through the API and measures GET /accounts (random pages) at a steady rate until it ends. */
async function measureRun(server: Server, body: { full?: boolean }): Promise<RunMeasure> {
  const positions = Array.from({ length: 500 }, (_, i) => Math.floor((i / 500) * ACCOUNTS));
  let next = 0;
  // overallRate (a steady request rate across connections) is autocannon's; bench/lib's typings omit it.
  const load = autocannon({
    url: server.url,
    connections: API_CONNECTIONS,
    overallRate: API_RATE,
    duration: 3600,
    timeout: 30,
    headers: { 'x-api-key': API_KEY },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const seq = positions[next++ % positions.length];
          return { ...request, path: `/api/v1/accounts?limit=100${seq > 0 ? `&cursor=${encodeCursor('accounts', [seq])}` : ''}` };
        },
      },
    ],
  } as Parameters<typeof autocannon>[0] & { overallRate: number });
  const latencies: number[] = [];
  load.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  // A second of load before the run starts, so the first measured requests are not cold.
  await new Promise((r) => setTimeout(r, 1000));
  latencies.length = 0;
  const peakSinceRun = server.resetPeakRss();
  const started: RunView = await api(server).post('/api/v1/scoring/runs', { body });
  let run = started;
  while (run.status === 'running') {
    await new Promise((r) => setTimeout(r, 250));
    const page = await api(server).get('/api/v1/scoring/runs', { query: { limit: 1 } });
    run = page.data.find((r) => r.runId === started.runId) ?? run;
  }
  load.stop();
  const result = await load;
  if (run.status !== 'succeeded' || run.durationMs === null) throw new Error(`run ${run.runId} ${run.status}: ${String(run.error)}`);
  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  const peakRssMb = server.peakRssMb();
  if (!peakSinceRun) log('the kernel refused to reset the peak RSS: the figure is the peak since the server started');
  return {
    durationMs: run.durationMs,
    peakRssMb: Math.round(peakRssMb),
    counts: run.counts,
    mode: run.mode,
    apiRequests: sorted.length,
    apiP50Ms: round(pct(50), 1),
    apiP99Ms: round(pct(99), 1),
    apiMaxMs: round(sorted[sorted.length - 1] ?? NaN, 1),
    apiNon2xx: result.non2xx,
  };
}

/** New signals for 1% of the accounts, through POST /api/v1/signals (1000 per request). */
async function touchOnePercent(server: Server, round: number): Promise<number> {
  const count = Math.max(1, Math.floor(ACCOUNTS / 100));
  const occurredAt = new Date().toISOString();
  const signals = Array.from({ length: count }, (_, i) => ({
    source: 'website' as const,
    type: 'form_submit' as const,
    domain: `acct${(i * 101 + round * 7919) % ACCOUNTS}.bench.example`,
    occurredAt,
  }));
  // 1000 per request, one request at a time: the run measured next should not compete with a burst.
  await api(server).signals.push(signals, { concurrency: 1 });
  return count;
}

// ---- main ------------------------------------------------------------------------------------

async function main(): Promise<void> {
  log(`${ACCOUNTS.toLocaleString()} accounts, ${SIGNALS.toLocaleString()} signals, ${ENGINE}; ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`);
  log(`logs: ${logDir}`);
  const database = await createBenchDatabase(ENGINE, args['postgres-url']);
  try {
    await migrate(database.config);
    const handle = createDatabase(database.config);
    const created = await new WorkspacesService(handle.db, handle.dialect).bootstrapIfEmpty('bench@example.com', API_KEY);
    await handle.close();
    const workspaceId = created!.workspaceId;
    const generated = stopwatch();
    await generateScoringData(database, workspaceId, ACCOUNTS, SIGNALS);
    log(`generated the data in ${(generated() / 1000).toFixed(1)} s`);

    const ceiling = args['skip-ceiling'] ? undefined : await sqlAggregate(database, workspaceId, 3);
    if (ceiling) log(`SQL aggregate: ${(ceiling.ms / 1000).toFixed(2)} s, median of 3 (${ceiling.groups.toLocaleString()} groups)`);
    const writeFloor = args['skip-ceiling'] ? undefined : await sqlWriteFloor(database, workspaceId);
    if (writeFloor) log(`every account's outputs written in one UPDATE: ${(writeFloor.ms / 1000).toFixed(2)} s (${writeFloor.rows.toLocaleString()} rows, rolled back)`);

    const full: RunMeasure[] = [];
    let server = await startServe(database);
    try {
      for (let r = 0; r < RUNS; r += 1) {
        if (r > 0) {
          await server.stop();
          await resetScores(database);
          server = await startServe(database);
        }
        const m = await measureRun(server, {});
        log(`full run ${r + 1}: ${(m.durationMs / 1000).toFixed(1)} s, ${JSON.stringify(m.counts)}; API p50 ${m.apiP50Ms} ms, p99 ${m.apiP99Ms} ms (${m.apiRequests} requests); peak RSS ${m.peakRssMb} MB`);
        full.push(m);
      }
      const incremental: Array<RunMeasure & { touched: number }> = [];
      for (let r = 0; r < RUNS; r += 1) {
        const touched = await touchOnePercent(server, r);
        const m = await measureRun(server, {});
        log(`incremental run ${r + 1} (${touched} accounts with new signals): ${(m.durationMs / 1000).toFixed(2)} s, ${JSON.stringify(m.counts)}; API p99 ${m.apiP99Ms} ms`);
        incremental.push({ ...m, touched });
      }
      const idle = await measureRun(server, {});
      log(`run with no new input: ${(idle.durationMs / 1000).toFixed(2)} s, ${JSON.stringify(idle.counts)}`);
      const peakRssMb = server.peakRssMb();

      const fullMs = median(full.map((m) => m.durationMs));
      const incMs = median(incremental.map((m) => m.durationMs));
      const results = {
        engine: ENGINE,
        accounts: ACCOUNTS,
        signals: SIGNALS,
        runs: RUNS,
        machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), note: 'the load generator (this process) shares the machine' },
        apiLoad: { ratePerSecond: API_RATE, connections: API_CONNECTIONS, request: 'GET /api/v1/accounts?limit=100 at random cursors' },
        full: {
          medianSeconds: round(fullMs / 1000, 1),
          accountsPerSecond: Math.round(ACCOUNTS / (fullMs / 1000)),
          signalsPerSecond: Math.round(SIGNALS / (fullMs / 1000)),
          apiP99Ms: median(full.map((m) => m.apiP99Ms)),
          apiP50Ms: median(full.map((m) => m.apiP50Ms)),
          runs: full,
        },
        incremental: {
          medianSeconds: round(incMs / 1000, 2),
          accountsTouched: incremental[0]?.touched,
          apiP99Ms: median(incremental.map((m) => m.apiP99Ms)),
          runs: incremental,
        },
        idleRun: { seconds: round(idle.durationMs / 1000, 2), counts: idle.counts },
        ceiling: ceiling && {
          sqlAggregateSeconds: round(ceiling.ms / 1000, 2),
          groups: ceiling.groups,
          fullRunRatio: round(fullMs / ceiling.ms, 2),
          incrementalRunRatio: round(incMs / ceiling.ms, 3),
        },
        writeFloor: writeFloor &&
          ceiling && {
            updateEveryAccountSeconds: round(writeFloor.ms / 1000, 2),
            fullRunRatioToAggregatePlusUpdate: round(fullMs / (ceiling.ms + writeFloor.ms), 2),
          },
        fullRunPeakRssMb: Math.max(...full.map((m) => m.peakRssMb)),
        serverPeakRssMb: Math.round(peakRssMb),
      };
      writeFileSync(new URL('./scoring-results.json', import.meta.url), JSON.stringify(results, null, 2));
      const rows = [
        ['full run (median)', `${results.full.medianSeconds} s`, `${results.full.accountsPerSecond.toLocaleString()} accounts/s, ${results.full.signalsPerSecond.toLocaleString()} signals/s`],
        ['  API during it', `p99 ${results.full.apiP99Ms} ms`, `p50 ${results.full.apiP50Ms} ms at ${API_RATE} req/s`],
        ['incremental, 1% changed', `${results.incremental.medianSeconds} s`, `${results.incremental.accountsTouched} accounts with new signals`],
        ['  API during it', `p99 ${results.incremental.apiP99Ms} ms`, ''],
        ['run with no new input', `${results.idleRun.seconds} s`, ''],
        ['single SQL aggregate', ceiling ? `${results.ceiling!.sqlAggregateSeconds} s` : 'skipped', ''],
        ['  full run / aggregate', ceiling ? `${results.ceiling!.fullRunRatio}×` : '', `target ≤ ${ENGINE === 'postgres' ? '1.5' : '1.0'}×`],
        ['  incremental / aggregate', ceiling ? `${results.ceiling!.incrementalRunRatio}×` : '', 'target ≤ 0.05×'],
        ['one UPDATE of every account', results.writeFloor ? `${results.writeFloor.updateEveryAccountSeconds} s` : 'skipped', 'outputs and stamps, rolled back'],
        ['  full run / (aggregate + UPDATE)', results.writeFloor ? `${results.writeFloor.fullRunRatioToAggregatePlusUpdate}×` : '', 'one read and one write of everything'],
        ['peak RSS during full runs', `${results.fullRunPeakRssMb} MB`, 'target ≤ 400 MB (1M accounts)'],
        ['server peak RSS, whole bench', `${results.serverPeakRssMb} MB`, ''],
      ];
      process.stdout.write(`\nScoring benchmark — ${ENGINE}, ${ACCOUNTS.toLocaleString()} accounts, ${SIGNALS.toLocaleString()} signals (medians of ${RUNS})\n`);
      for (const [a, b, c] of rows) process.stdout.write(`${a.padEnd(26)} ${b.padEnd(14)} ${c}\n`);
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
