/**
 * `npm run bench [-- --scale small|full] [--runs N] [--engines sqlite,postgres]`
 *
 * DESIGN.md §5: real server processes (`node bin/intentbase serve`) driven over HTTP by autocannon,
 * each figure beside the raw-database ceiling measured in the same run, medians over runs.
 * Prints a table and writes bench/results.json.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze, createBenchDatabase, DEFAULT_POSTGRES_URL, migrate, postgresReachable, type Engine } from './lib/databases.js';
import { readLayout } from './lib/layout.js';
import { BATCH, ingestOverHttp, latencies, pullOverHttp, type IngestResult, type PullResult } from './lib/load.js';
import { rawPostgresIngest, rawPostgresPull, rawSqliteIngest, rawSqlitePull, type RawIngestResult, type RawPullResult } from './lib/raw.js';
import { BENCH_API_KEY, startServer } from './lib/server.js';
import { median, round } from './lib/stats.js';
import { POSTGRES_SCALE_ACCOUNTS, runPostgresScale } from './postgres-scale.js';
import { PUSH_COUNTS, runPushIngest } from './push-ingest.js';
import { encodeCursor } from '../src/http/cursor.js';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: 'full' },
    runs: { type: 'string', default: '3' },
    engines: { type: 'string', default: 'sqlite,postgres' },
    connections: { type: 'string', default: '8' },
    'log-level': { type: 'string', default: 'info' },
    'postgres-url': { type: 'string', default: process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_URL },
    seed: { type: 'string', default: '42' },
    accounts: { type: 'string' },
    'keep-logs': { type: 'boolean', default: false },
  },
});

const SCALES: Partial<Record<string, { accounts: number; updates: number }>> = {
  full: { accounts: 1_000_000, updates: 100_000 },
  small: { accounts: 100_000, updates: 20_000 },
};
const scale = SCALES[args.scale];
if (!scale) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
const ACCOUNTS = args.accounts ? Number(args.accounts) : scale.accounts;
const UPDATES = Math.min(scale.updates, ACCOUNTS);
const RUNS = Number(args.runs);
const CONNECTIONS = Number(args.connections);
const SEED = Number(args.seed);
const LATENCY_SAMPLES = 150;
/** Accounts pushed (far outside the measured index range) before measuring, so the server's JIT is warm. */
const WARMUP_ACCOUNTS = 5_000;
const WARMUP_START = 50_000_000;
const engines = args.engines.split(',').map((e) => e.trim()) as Engine[];
const logDir = mkdtempSync(join(tmpdir(), 'intentbase-bench-logs-'));

interface RunFigures {
  ingest: IngestResult;
  update: IngestResult;
  pull: PullResult;
  firstPageMs: number;
  lastPageMs: number;
  peakRssMb: number;
  serverCoresDuringIngest: number;
  /** Server CPU per 100-account POST and per 100-account page: what the figures would be on a core of its own. */
  serverCpuMsPerIngestRequest: number;
  serverCpuMsPerPullPage: number;
  loadGeneratorCoresDuringIngest: number;
  loadGeneratorCoresDuringPull: number;
  rawIngest: RawIngestResult;
  rawUpdate: RawIngestResult;
  rawPull: RawPullResult;
  /** 1-minute load average just before the run's server started: other work on the machine skews figures. */
  loadAverageBefore: number;
}

function log(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

/** CPU the load generator (this process) used per wall second, in cores. */
async function measureSelf<T>(work: () => Promise<T>): Promise<{ value: T; cores: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, cores: (used.user + used.system) / 1000 / (performance.now() - start) };
}

async function oneRun(engine: Engine, run: number): Promise<RunFigures> {
  const loadAtStart = loadavg()[0];
  if (loadAtStart > 1) log(`note: load average ${loadAtStart.toFixed(2)} before ${engine} run ${run}: other work on this machine will skew it`);
  const database = await createBenchDatabase(engine, args['postgres-url']);
  const rawDatabase = await createBenchDatabase(engine, args['postgres-url']);
  try {
    const logFile = join(logDir, `${engine}-run${run}.log`);
    const server = await startServer(database.url, { logFile, logLevel: args['log-level'] });
    let figures: Omit<RunFigures, 'rawIngest' | 'rawUpdate' | 'rawPull' | 'loadAverageBefore'>;
    let layout: Awaited<ReturnType<typeof readLayout>>;
    try {
      await ingestOverHttp(server.url, BENCH_API_KEY, { start: WARMUP_START, count: WARMUP_ACCOUNTS, seed: SEED, connections: CONNECTIONS });
      await latencies(server.url, BENCH_API_KEY, '/api/v1/accounts?limit=100', 200);
      log(`${engine} run ${run}: ingest ${ACCOUNTS.toLocaleString('en')} new accounts (server pid ${server.pid}, log ${logFile})`);
      const cpuBefore = server.cpuMs();
      const ingestStart = performance.now();
      let lastReport = 0;
      const ingestRun = await measureSelf(() =>
        ingestOverHttp(server.url, BENCH_API_KEY, {
          start: 0,
          count: ACCOUNTS,
          seed: SEED,
          connections: CONNECTIONS,
          onTick: () => {
            if (performance.now() - lastReport > 10_000) {
              lastReport = performance.now();
              log(`  … ${Math.round((performance.now() - ingestStart) / 1000)} s, server RSS ${Math.round(server.rssMb())} MB`);
            }
          },
        }),
      );
      const serverCores = (server.cpuMs() - cpuBefore) / (performance.now() - ingestStart);
      const ingest = ingestRun.value;
      const peakRssMb = server.peakRssMb();
      log(`  ${Math.round(ingest.rate)} accounts/s (last fifth ${Math.round(ingest.tailRate)}/s), peak RSS ${Math.round(peakRssMb)} MB`);
      if (ingest.created !== ACCOUNTS || ingest.non2xx > 0 || ingest.errors > 0) {
        throw new Error(`ingest incomplete: ${JSON.stringify({ ...ingest })}`);
      }

      log(`${engine} run ${run}: upsert ${UPDATES.toLocaleString('en')} changed accounts`);
      const update = await ingestOverHttp(server.url, BENCH_API_KEY, { start: 0, count: UPDATES, seed: SEED, revision: 1, connections: CONNECTIONS });
      if (update.updated !== UPDATES) throw new Error(`update incomplete: ${JSON.stringify(update)}`);
      log(`  ${Math.round(update.rate)} accounts/s`);

      if (engine === 'postgres') {
        // A table that went from empty to N rows in a minute has no statistics until autovacuum
        // gets to it; until then the planner estimates a handful of rows per workspace and pages
        // with a bitmap scan plus a sort of every later row. PostgreSQL's advice after a bulk load
        // is ANALYZE; measured on 30,000 accounts the first page cost 32 ms before and 0.5 ms after.
        await analyze(database.url);
      }
      layout = await readLayout(database, CONNECTIONS);
      log(`${engine} run ${run}: pull ${layout.total.toLocaleString('en')} accounts, ${layout.slices.length} clients`);
      const pullCpuBefore = server.cpuMs();
      const pullRun = await measureSelf(() => pullOverHttp(server.url, BENCH_API_KEY, layout.slices));
      const pull = pullRun.value;
      const pullCpuMs = server.cpuMs() - pullCpuBefore;
      if (pull.accounts !== layout.total || pull.non2xx > 0) throw new Error(`pull incomplete: ${JSON.stringify(pull)}`);
      log(`  ${Math.round(pull.rate)} accounts/s`);

      // First and last page alone, alternating so drift hits both equally; median of rounds.
      const firstPath = '/api/v1/accounts?limit=100';
      const lastPath = `/api/v1/accounts?limit=100&cursor=${encodeCursor('accounts', [layout.lastPageAfterSeq])}`;
      await latencies(server.url, BENCH_API_KEY, firstPath, 30);
      await latencies(server.url, BENCH_API_KEY, lastPath, 30);
      const firsts: number[] = [];
      const lasts: number[] = [];
      for (let round = 0; round < 3; round += 1) {
        firsts.push(median(await latencies(server.url, BENCH_API_KEY, firstPath, LATENCY_SAMPLES / 3)));
        lasts.push(median(await latencies(server.url, BENCH_API_KEY, lastPath, LATENCY_SAMPLES / 3)));
      }
      figures = {
        ingest,
        update,
        pull,
        firstPageMs: median(firsts),
        lastPageMs: median(lasts),
        peakRssMb,
        serverCoresDuringIngest: serverCores,
        serverCpuMsPerIngestRequest: (serverCores * ingest.seconds * 1000) / (ingest.accounts / BATCH),
        serverCpuMsPerPullPage: pullCpuMs / pull.pages,
        loadGeneratorCoresDuringIngest: ingestRun.cores,
        loadGeneratorCoresDuringPull: pullRun.cores,
      };
      log(`  first page ${figures.firstPageMs.toFixed(2)} ms, last page ${figures.lastPageMs.toFixed(2)} ms`);
    } finally {
      await server.stop();
    }

    log(`${engine} run ${run}: raw ceilings`);
    const rawPull =
      database.config.engine === 'sqlite'
        ? rawSqlitePull(database.config.path, layout.workspaceId, layout.lastPageAfterSeq)
        : await rawPostgresPull(database.url, layout.workspaceId, layout.slices, layout.lastPageAfterSeq);
    await migrate(rawDatabase.config);
    const plan = { workspaceId: layout.workspaceId, seed: SEED, batch: BATCH, start: 0 };
    const ingestPlan = { ...plan, count: ACCOUNTS, revision: 0, firstSeq: 1 };
    const updatePlan = { ...plan, count: UPDATES, revision: 1, firstSeq: ACCOUNTS + 1 };
    let rawIngest: RawIngestResult;
    let rawUpdate: RawIngestResult;
    if (rawDatabase.config.engine === 'sqlite') {
      rawIngest = rawSqliteIngest(rawDatabase.config.path, ingestPlan);
      rawUpdate = rawSqliteIngest(rawDatabase.config.path, updatePlan);
    } else {
      rawIngest = await rawPostgresIngest(rawDatabase.url, ingestPlan, CONNECTIONS);
      rawUpdate = await rawPostgresIngest(rawDatabase.url, updatePlan, CONNECTIONS);
    }
    log(`  raw ingest ${Math.round(rawIngest.rate)}/s, raw update ${Math.round(rawUpdate.rate)}/s, raw pull ${Math.round(rawPull.rate)}/s`);
    return { ...figures, rawIngest, rawUpdate, rawPull, loadAverageBefore: round(loadAtStart, 2) };
  } finally {
    await database.drop();
    await rawDatabase.drop();
  }
}

interface Row {
  figure: string;
  project: string;
  ceiling: string;
  ratio: string;
  target: string;
  met: string;
}

function summarise(engine: Engine, runs: RunFigures[]) {
  const m = (pick: (r: RunFigures) => number) => median(runs.map(pick));
  const s = {
    ingestRate: m((r) => r.ingest.rate),
    ingestTailRate: m((r) => r.ingest.tailRate),
    rawIngestRate: m((r) => r.rawIngest.rate),
    ingestRatio: m((r) => r.ingest.rate / r.rawIngest.rate),
    ingestLatencyP50Ms: m((r) => r.ingest.latencyP50Ms),
    ingestLatencyP99Ms: m((r) => r.ingest.latencyP99Ms),
    updateRate: m((r) => r.update.rate),
    rawUpdateRate: m((r) => r.rawUpdate.rate),
    updateRatio: m((r) => r.update.rate / r.rawUpdate.rate),
    pullRate: m((r) => r.pull.rate),
    rawPullRate: m((r) => r.rawPull.rate),
    pullRatio: m((r) => r.pull.rate / r.rawPull.rate),
    firstPageMs: m((r) => r.firstPageMs),
    lastPageMs: m((r) => r.lastPageMs),
    lastOverFirst: m((r) => r.lastPageMs / r.firstPageMs),
    rawFirstPageMs: m((r) => r.rawPull.firstPageMs),
    rawLastPageMs: m((r) => r.rawPull.lastPageMs),
    peakRssMb: m((r) => r.peakRssMb),
    maxPeakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    serverCoresDuringIngest: m((r) => r.serverCoresDuringIngest),
    serverCpuMsPerIngestRequest: m((r) => r.serverCpuMsPerIngestRequest),
    serverCpuMsPerPullPage: m((r) => r.serverCpuMsPerPullPage),
    loadGeneratorCoresDuringIngest: m((r) => r.loadGeneratorCoresDuringIngest),
    loadGeneratorCoresDuringPull: m((r) => r.loadGeneratorCoresDuringPull),
    maxLoadAverageBefore: Math.max(...runs.map((r) => r.loadAverageBefore)),
  };
  const targets = engine === 'sqlite';
  const n = (v: number) => Math.round(v).toLocaleString('en');
  const pct = (v: number) => `${round(v * 100)}%`;
  const ok = (pass: boolean) => (targets ? (pass ? 'yes' : 'NO') : '');
  const rows: Row[] = [
    {
      figure: 'ingest, new accounts/s (POST, 100/request, upsert)',
      project: n(s.ingestRate),
      ceiling: n(s.rawIngestRate),
      ratio: pct(s.ingestRatio),
      target: targets ? '≥ 25,000/s and ≥ 40%' : '',
      met: ok(s.ingestRate >= 25_000 && s.ingestRatio >= 0.4),
    },
    {
      figure: 'ingest, last fifth of the run (sustained)',
      project: n(s.ingestTailRate),
      ceiling: '',
      ratio: '',
      target: targets ? '≥ 25,000/s' : '',
      met: ok(s.ingestTailRate >= 25_000),
    },
    {
      figure: 'ingest, server CPU ms per request (→ accounts/s on 1 core)',
      project: `${s.serverCpuMsPerIngestRequest.toFixed(2)} (→ ${n((BATCH * 1000) / s.serverCpuMsPerIngestRequest)})`,
      ceiling: '',
      ratio: '',
      target: '',
      met: '',
    },
    { figure: 'ingest, request latency p50 / p99 ms', project: `${round(s.ingestLatencyP50Ms)} / ${round(s.ingestLatencyP99Ms)}`, ceiling: '', ratio: '', target: '', met: '' },
    { figure: 'upsert of changed accounts/s', project: n(s.updateRate), ceiling: n(s.rawUpdateRate), ratio: pct(s.updateRatio), target: '', met: '' },
    {
      figure: 'pull accounts/s (GET limit=100, cursors)',
      project: n(s.pullRate),
      ceiling: n(s.rawPullRate),
      ratio: pct(s.pullRatio),
      target: targets ? '≥ 100,000/s' : '',
      met: ok(s.pullRate >= 100_000),
    },
    {
      figure: 'pull, server CPU ms per page (→ accounts/s on 1 core)',
      project: `${s.serverCpuMsPerPullPage.toFixed(2)} (→ ${n((100 * 1000) / s.serverCpuMsPerPullPage)})`,
      ceiling: '',
      ratio: '',
      target: '',
      met: '',
    },
    { figure: 'first page ms (p50)', project: s.firstPageMs.toFixed(2), ceiling: s.rawFirstPageMs.toFixed(3), ratio: '', target: '', met: '' },
    {
      figure: `last page ms (p50) of ${ACCOUNTS.toLocaleString('en')}`,
      project: s.lastPageMs.toFixed(2),
      ceiling: s.rawLastPageMs.toFixed(3),
      ratio: `${s.lastOverFirst.toFixed(2)}× first`,
      target: targets ? '≤ 1.5× first' : '',
      met: ok(s.lastOverFirst <= 1.5),
    },
    {
      figure: `peak server RSS MB, ${ACCOUNTS.toLocaleString('en')}-account ingest`,
      project: `${n(s.peakRssMb)} (max ${n(s.maxPeakRssMb)})`,
      ceiling: '',
      ratio: '',
      target: targets ? '≤ 400 MB' : '',
      met: ok(s.maxPeakRssMb <= 400),
    },
  ];
  return { summary: s, rows };
}

function printTable(engine: Engine, rows: Row[]): string {
  const header: Row = { figure: engine, project: 'project', ceiling: 'raw ceiling', ratio: 'ratio', target: 'target', met: 'met' };
  const all = [header, ...rows];
  const keys = Object.keys(header) as Array<keyof Row>;
  const width = Object.fromEntries(keys.map((k) => [k, Math.max(...all.map((r) => r[k].length))])) as Record<keyof Row, number>;
  const line = (r: Row) => '| ' + keys.map((k) => (k === 'figure' ? r[k].padEnd(width[k]) : r[k].padStart(width[k]))).join(' | ') + ' |';
  const rule = '|' + keys.map((k) => '-'.repeat(width[k] + 2)).join('|') + '|';
  return [line(header), rule, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const cores = cpus();
  const sqliteVersion = (new Database(':memory:').prepare('select sqlite_version() as v').get() as { v: string }).v;
  const machine = {
    cores: cores.length,
    cpu: cores[0]?.model ?? 'unknown',
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    sqlite: sqliteVersion,
    postgres: undefined as string | undefined,
  };
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
  if (engines.includes('postgres')) {
    machine.postgres = await postgresReachable(args['postgres-url']);
    if (!machine.postgres) {
      log(`PostgreSQL at ${args['postgres-url']} is not reachable: skipping it`);
      engines.splice(engines.indexOf('postgres'), 1);
    }
  }
  log(
    `${machine.cores} cores (${machine.cpu}), Node ${machine.node}, SQLite ${machine.sqlite}` +
      (machine.postgres ? `, PostgreSQL ${machine.postgres}` : '') +
      `; ${ACCOUNTS.toLocaleString('en')} accounts, ${UPDATES.toLocaleString('en')} updates, ${RUNS} runs, ${CONNECTIONS} connections`,
  );
  const results: Record<string, unknown> = {};
  const tables: string[] = [];
  for (const engine of engines) {
    const runs: RunFigures[] = [];
    for (let run = 1; run <= RUNS; run += 1) runs.push(await oneRun(engine, run));
    const { summary, rows } = summarise(engine, runs);
    results[engine] = { summary, runs };
    tables.push(printTable(engine, rows));
  }
  // PostgreSQL with one and with three server processes, beside its raw upsert rate (bench/postgres-scale.ts).
  const postgresScale = engines.includes('postgres')
    ? await runPostgresScale({ postgresUrl: args['postgres-url'], accounts: POSTGRES_SCALE_ACCOUNTS[args.scale], runs: RUNS, connections: 12, seed: SEED, logLevel: args['log-level'], log })
    : undefined;
  if (postgresScale) tables.push(postgresScale.table);
  // Deals (100 per request) and sales activities (50 per request, 2 contacts each), issue 4.
  const pushCounts = PUSH_COUNTS[args.scale];
  if (engines.includes('sqlite') && pushCounts) tables.push(await runPushIngest(pushCounts, RUNS));
  // Scoring runs over 1M accounts / 10M signals (100k / 1M at small), issues 5 and 14: the full and
  // incremental runs, the API's latency and the peak RSS during them, and the backtest.
  if (engines.includes('sqlite')) {
    const full = args.scale === 'full';
    const scoring = await runChildBench('scoring.ts', ['--scale', full ? 'full' : 'quick', '--runs', String(RUNS)]);
    tables.push(scoring.slice(scoring.indexOf('Scoring benchmark')).trim());
    // The backtest beside a full run on the same data (issue 14: ≤ 1.5× a full run, bounded memory).
    const backtest = await runChildBench('backtest.ts', ['--accounts', full ? '1000000' : '100000', '--runs', String(RUNS)]);
    tables.push(`Scoring backtest\n${backtest.slice(backtest.indexOf('| sqlite')).trim()}`);
  }
  const generatorCores = Object.values(results).flatMap((r) => {
    const summary = (r as { summary: { loadGeneratorCoresDuringIngest: number; loadGeneratorCoresDuringPull: number } }).summary;
    return [summary.loadGeneratorCoresDuringIngest, summary.loadGeneratorCoresDuringPull];
  });
  const loadNote =
    `The load generator (autocannon and request-body generation, this process) runs on the same ${machine.cores}-core machine ` +
    `and takes one of its cores; the server process gets the other (measured, the generator used at most ` +
    `${Math.max(...generatorCores).toFixed(2)} of a core; PostgreSQL's own processes share the machine too).`;
  const maxLoad = Math.max(...Object.values(results).map((r) => (r as { summary: { maxLoadAverageBefore: number } }).summary.maxLoadAverageBefore));
  const loadLine = `Highest 1-minute load average just before a run: ${maxLoad} (the benchmark's own processes add about 2 while running; above ~0.5 before a run, something else was using the machine).`;
  process.stdout.write(`\n${tables.join('\n\n')}\n\n${loadNote}\n${loadLine}\nMedians over ${RUNS} runs. Command: ${command}\n`);
  const output = { date: new Date().toISOString(), command, machine, accounts: ACCOUNTS, updates: UPDATES, runs: RUNS, connections: CONNECTIONS, results, postgresScale: postgresScale?.results, note: loadNote };
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(output, null, 2)}\n`);
  log('wrote bench/results.json');
  if (!args['keep-logs']) rmSync(logDir, { recursive: true, force: true });
}

/**
 * A benchmark of its own process (bench/scoring.ts and bench/backtest.ts load millions of signals):
 * its progress goes to this process's stderr, and its standard output, where it prints its table,
 * is returned for the report.
 */
async function runChildBench(script: string, scriptArgs: string[]): Promise<string> {
  const path = fileURLToPath(new URL(`./${script}`, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', path, ...scriptArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    process.stderr.write(chunk);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`bench/${script} exited with ${String(code)}`);
  return output;
}

await main();
