/**
 * PostgreSQL with one and with three `intentbase serve` processes (issue 6; DESIGN.md §6), beside
 * PostgreSQL's own raw upsert and keyset-read rates measured in the same run.
 *
 * Five layouts, each on a fresh database: 1 or 3 processes × 1 or 3 workspaces, and 3 × 3 with each
 * workspace's requests routed to one process. Account pushes of one workspace commit concurrently
 * (db/change-stamps.ts: a shared advisory lock, stamps from a side connection), so one workspace shows
 * what more processes buy as well as several do. Beside each figure: the CPU the
 * servers, PostgreSQL and the load generator used, how busy the whole machine was, and how many
 * PostgreSQL sessions were on average waiting for a lock — that is where the ceiling shows.
 *
 * Run by `npm run bench` (bench/run.ts, when PostgreSQL is among the engines) or alone:
 *   node --import tsx bench/postgres-scale.ts [--accounts N] [--runs N] [--connections N]
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createDatabase } from '../src/db/index.js';
import { WorkspacesService } from '../src/modules/workspaces/workspaces.service.js';
import { analyze, createBenchDatabase, DEFAULT_POSTGRES_URL, migrate, postgresReachable, type BenchDatabase } from './lib/databases.js';
import { BATCH, ingestOverHttp, pullOverHttp } from './lib/load.js';
import { rawPostgresIngest, rawPostgresPull } from './lib/raw.js';
import { BENCH_API_KEY, startServer, type ServerProcess } from './lib/server.js';
import { median, round } from './lib/stats.js';

export interface PostgresScaleOptions {
  postgresUrl: string;
  /** Accounts ingested (and then pulled) per layout and run, spread over the workspaces. */
  accounts: number;
  runs: number;
  /** Concurrent HTTP connections in total, spread over the (process, workspace) pairs. */
  connections: number;
  seed: number;
  logLevel: string;
  /** Only these layouts (by key: 1x1, 3x1, 1x3, 3x3, 3x3-affinity); all when absent. */
  layouts?: string[];
  log(line: string): void;
}

/** Accounts per layout and run for `npm run bench -- --scale full|small`. */
export const POSTGRES_SCALE_ACCOUNTS: Record<string, number> = { full: 100_000, small: 20_000 };

interface Layout {
  processes: number;
  workspaces: number;
  /** Each workspace's requests all go to one process (a load balancer hashing X-Api-Key). */
  affinity?: boolean;
}
const LAYOUTS: readonly Layout[] = [
  { processes: 1, workspaces: 1 },
  { processes: 3, workspaces: 1 },
  { processes: 1, workspaces: 3 },
  { processes: 3, workspaces: 3 },
  { processes: 3, workspaces: 3, affinity: true },
];
const layoutName = (l: Layout) =>
  `${l.processes} process${l.processes > 1 ? 'es' : ''}, ${l.workspaces} workspace${l.workspaces > 1 ? 's' : ''}${l.affinity ? ', by key' : ''}`;
const layoutKey = (l: Layout) => `${l.processes}x${l.workspaces}${l.affinity ? '-affinity' : ''}`;

/** Accounts each server ingests before the measured part, far from the measured index range (JIT). */
const WARMUP_ACCOUNTS = 2_000;
const WARMUP_START = 60_000_000;

interface Usage {
  /** CPU per wall second, in cores. */
  servers: number;
  postgres: number;
  loadGenerator: number;
  /** Busy CPU of the whole machine (everything, not only this benchmark). */
  machine: number;
  /** Mean number of this database's sessions waiting for a lock, sampled every 100 ms. */
  lockWaiters: number;
}

interface LayoutFigures {
  ingestRate: number;
  pullRate: number;
  ingest: Usage;
  pull: Usage;
}

interface RawFigures {
  ingestRate: number;
  pullRate: number;
}

const CLOCK_TICKS_PER_SECOND = 100;

function machineTicks(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = fields[3] + fields[4];
  return { busy: total - idle, total };
}

function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0; // exited
  }
}

/**
 * Measures `work`: CPU of the servers, of PostgreSQL (this database's backends plus the WAL writer,
 * checkpointer and background writer), of this process, of the machine, and lock waits.
 */
async function measured<T>(database: BenchDatabase, servers: ServerProcess[], work: () => Promise<T>): Promise<{ value: T; usage: Usage }> {
  const name = new URL(database.url).pathname.slice(1);
  const monitor = new pg.Client({ connectionString: database.url });
  await monitor.connect();
  const postgresPids = async () =>
    (
      await monitor.query<{ pid: number }>(
        `select pid from pg_stat_activity where (datname = $1 and pid <> pg_backend_pid())
           or backend_type in ('walwriter', 'checkpointer', 'background writer')`,
        [name],
      )
    ).rows.map((r) => r.pid);
  try {
    const before = new Map((await postgresPids()).map((pid) => [pid, processTicks(pid)]));
    const serverMs = servers.map((s) => s.cpuMs());
    const self = process.cpuUsage();
    const machine = machineTicks();
    const started = performance.now();
    let sampling = true;
    let samples = 0;
    let waiting = 0;
    const sampler = (async () => {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- cleared once the load is over
      while (sampling) {
        const { rows } = await monitor.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'`,
          [name],
        );
        samples += 1;
        waiting += rows[0].n;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    let value: T;
    try {
      value = await work();
    } finally {
      sampling = false;
      await sampler;
    }
    const seconds = (performance.now() - started) / 1000;
    const after = await postgresPids();
    const postgresTicks = after.reduce((sum, pid) => sum + processTicks(pid) - (before.get(pid) ?? 0), 0);
    const used = process.cpuUsage(self);
    const machineAfter = machineTicks();
    return {
      value,
      usage: {
        servers: servers.reduce((sum, s, i) => sum + s.cpuMs() - serverMs[i], 0) / 1000 / seconds,
        postgres: postgresTicks / CLOCK_TICKS_PER_SECOND / seconds,
        loadGenerator: (used.user + used.system) / 1e6 / seconds,
        machine: (machineAfter.busy - machine.busy) / CLOCK_TICKS_PER_SECOND / seconds,
        lockWaiters: samples > 0 ? waiting / samples : 0,
      },
    };
  } finally {
    await monitor.end();
  }
}

/** Workspaces beyond the bootstrap one, each with a key, made straight in the database. */
async function extraWorkspaces(database: BenchDatabase, count: number): Promise<Array<{ id: string; key: string }>> {
  const handle = createDatabase(database.config);
  try {
    const service = new WorkspacesService(handle.db, handle.dialect);
    const [bootstrap] = await service.listWorkspaces();
    const made = [{ id: bootstrap.id, key: BENCH_API_KEY }];
    for (let i = 1; i < count; i += 1) {
      const workspace = await service.createWorkspace(`Bench ${i}`);
      await service.addUser(workspace.id, `bench${i}@example.com`, 'admin');
      made.push({ id: workspace.id, key: (await service.createKey(`bench${i}@example.com`, workspace.id)).apiKey });
    }
    return made;
  } finally {
    await handle.close();
  }
}

/** Cursor positions splitting one workspace's accounts into `clients` slices of whole pages. */
async function slicesOf(url: string, workspaceId: string, clients: number, limit = 100) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ change_seq: string }>('select change_seq from accounts where workspace_id = $1 order by change_seq', [workspaceId]);
    const seqs = rows.map((r) => Number(r.change_seq));
    const size = Math.ceil(seqs.length / clients / limit) * limit;
    const slices: Array<{ afterSeq: number; accounts: number }> = [];
    for (let from = 0; from < seqs.length; from += size) slices.push({ afterSeq: from === 0 ? 0 : seqs[from - 1], accounts: Math.min(size, seqs.length - from) });
    return { total: seqs.length, slices };
  } finally {
    await client.end();
  }
}

/**
 * The (process, workspace) pair of each connection: every pair gets traffic when there are enough
 * connections — or, with affinity, each workspace sticks to one process.
 */
function pairs(layout: Layout, connections: number): Map<string, { server: number; workspace: number; connections: number }> {
  const byPair = new Map<string, { server: number; workspace: number; connections: number }>();
  for (let c = 0; c < connections; c += 1) {
    const server = layout.affinity ? (c % layout.workspaces) % layout.processes : c % layout.processes;
    const workspace = layout.affinity ? c % layout.workspaces : Math.floor(c / layout.processes) % layout.workspaces;
    const key = `${server}/${workspace}`;
    const pair = byPair.get(key) ?? { server, workspace, connections: 0 };
    pair.connections += 1;
    byPair.set(key, pair);
  }
  return byPair;
}

async function oneLayout(options: PostgresScaleOptions, layout: Layout, run: number, logDir: string): Promise<LayoutFigures> {
  const database = await createBenchDatabase('postgres', options.postgresUrl);
  const servers: ServerProcess[] = [];
  try {
    // The first start bootstraps the database; the others find it ready.
    servers.push(await startServer(database.url, { logFile: join(logDir, `pg-${layoutKey(layout)}-run${run}-0.log`), logLevel: options.logLevel }));
    servers.push(
      ...(await Promise.all(
        Array.from({ length: layout.processes - 1 }, (_, i) =>
          startServer(database.url, { logFile: join(logDir, `pg-${layoutKey(layout)}-run${run}-${i + 1}.log`), logLevel: options.logLevel }),
        ),
      )),
    );
    const workspaces = await extraWorkspaces(database, layout.workspaces);
    await Promise.all(
      servers.flatMap((server, s) =>
        workspaces.map((w, i) =>
          ingestOverHttp(server.url, w.key, { start: WARMUP_START + (s * 3 + i) * WARMUP_ACCOUNTS, count: WARMUP_ACCOUNTS, seed: options.seed, connections: 2 }),
        ),
      ),
    );

    // Each pair ingests its own range of accounts, sized by its share of the connections.
    const groups = [...pairs(layout, options.connections).values()];
    let next = 0;
    const plan = groups.map((group) => {
      const count = Math.round((options.accounts * group.connections) / options.connections / BATCH) * BATCH;
      const start = next;
      next += count;
      return { ...group, start, count };
    });
    const ingest = await measured(database, servers, () =>
      Promise.all(
        plan.map((p) =>
          ingestOverHttp(servers[p.server].url, workspaces[p.workspace].key, { start: p.start, count: p.count, seed: options.seed, connections: p.connections }),
        ),
      ),
    );
    const created = ingest.value.reduce((sum, r) => sum + r.created, 0);
    const failures = ingest.value.reduce((sum, r) => sum + r.non2xx + r.errors + r.failed, 0);
    if (created !== next || failures > 0) throw new Error(`ingest incomplete: ${created} of ${next} created, ${failures} failures`);
    const ingestRate = created / Math.max(...ingest.value.map((r) => r.seconds));

    await analyze(database.url);
    // Pull every workspace's accounts; each slice from the next server in turn (or the workspace's own).
    const perWorkspace = Math.max(1, Math.round(options.connections / layout.workspaces));
    const layouts = await Promise.all(workspaces.map((w) => slicesOf(database.url, w.id, perWorkspace)));
    let turn = 0;
    const pulls = layouts.flatMap((l, w) =>
      l.slices.map((slice) => ({ server: layout.affinity ? w % servers.length : turn++ % servers.length, key: workspaces[w].key, slice })),
    );
    const pull = await measured(database, servers, () => Promise.all(pulls.map((p) => pullOverHttp(servers[p.server].url, p.key, [p.slice]))));
    const pulled = pull.value.reduce((sum, r) => sum + r.accounts, 0);
    const expected = layouts.reduce((sum, l) => sum + l.total, 0);
    if (pulled !== expected || pull.value.some((r) => r.non2xx > 0)) throw new Error(`pull incomplete: ${pulled} of ${expected}`);
    const pullRate = pulled / Math.max(...pull.value.map((r) => r.seconds));
    return { ingestRate, pullRate, ingest: ingest.usage, pull: pull.usage };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await database.drop();
  }
}

async function rawCeilings(options: PostgresScaleOptions): Promise<RawFigures> {
  const database = await createBenchDatabase('postgres', options.postgresUrl);
  try {
    await migrate(database.config);
    const workspaceId = 'raw0000000000000000000000';
    const ingest = await rawPostgresIngest(
      database.url,
      { workspaceId, start: 0, count: options.accounts, seed: options.seed, revision: 0, firstSeq: 1, batch: BATCH },
      options.connections,
    );
    await analyze(database.url);
    const { slices } = await slicesOf(database.url, workspaceId, options.connections);
    const pull = await rawPostgresPull(database.url, workspaceId, slices, 0, 100, 1);
    return { ingestRate: ingest.rate, pullRate: pull.rate };
  } finally {
    await database.drop();
  }
}

function table(rows: string[][]): string {
  const width = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => '| ' + r.map((cell, c) => (c === 0 ? cell.padEnd(width[c]) : cell.padStart(width[c]))).join(' | ') + ' |';
  return [line(rows[0]), '|' + width.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.slice(1).map(line)].join('\n');
}

export async function runPostgresScale(options: PostgresScaleOptions): Promise<{ table: string; results: unknown }> {
  const logDir = mkdtempSync(join(tmpdir(), 'intentbase-bench-pgscale-'));
  const chosen = LAYOUTS.filter((l) => options.layouts === undefined || options.layouts.includes(layoutKey(l)));
  const figures = new Map<Layout, LayoutFigures[]>(chosen.map((l) => [l, []]));
  const raws: RawFigures[] = [];
  try {
    for (let run = 1; run <= options.runs; run += 1) {
      for (const layout of chosen) {
        options.log(`postgres scale run ${run}: ${layoutName(layout)}, ${options.accounts.toLocaleString('en')} accounts`);
        const f = await oneLayout(options, layout, run, logDir);
        const u = f.ingest;
        options.log(
          `  ingest ${Math.round(f.ingestRate)}/s (CPU servers ${u.servers.toFixed(2)}, pg ${u.postgres.toFixed(2)}, load ${u.loadGenerator.toFixed(2)}, ` +
            `machine ${u.machine.toFixed(2)}; ${u.lockWaiters.toFixed(1)} waiting on a lock), pull ${Math.round(f.pullRate)}/s`,
        );
        figures.get(layout)!.push(f);
      }
      options.log(`postgres scale run ${run}: raw upsert and keyset read, ${options.connections} connections`);
      raws.push(await rawCeilings(options));
      options.log(`  raw upsert ${Math.round(raws.at(-1)!.ingestRate)}/s, raw pull ${Math.round(raws.at(-1)!.pullRate)}/s`);
    }
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }

  const m = (layout: Layout, pick: (f: LayoutFigures) => number) => median(figures.get(layout)!.map(pick));
  const rawIngest = median(raws.map((r) => r.ingestRate));
  const rawPull = median(raws.map((r) => r.pullRate));
  const n = (v: number) => Math.round(v).toLocaleString('en');
  const other = (u: Usage) => Math.max(0, u.machine - u.servers - u.postgres - u.loadGenerator);
  const cores = (u: (f: LayoutFigures) => Usage, layout: Layout) =>
    [
      m(layout, (f) => u(f).servers),
      m(layout, (f) => u(f).postgres),
      m(layout, (f) => u(f).loadGenerator),
      m(layout, (f) => other(u(f))),
    ]
      .map((v) => v.toFixed(2))
      .join(' / ');
  // CPU per ingested account (µs): robust to other work on the machine, unlike the rates.
  const perAccount = (layout: Layout, pick: (u: Usage) => number) => m(layout, (f) => (pick(f.ingest) / f.ingestRate) * 1e6);
  const rows = [
    [
      'PostgreSQL, processes × workspaces',
      'ingest/s',
      '× 1 process',
      'of raw',
      'pull/s',
      '× 1 process',
      'of raw',
      'ingest CPU: servers / pg / load / other',
      'µs CPU per account: server / pg',
      'lock waiters',
    ],
  ];
  const summary: Record<string, unknown> = {};
  for (const layout of chosen) {
    const one = chosen.find((l) => l.processes === 1 && l.workspaces === layout.workspaces)!;
    const ingest = m(layout, (f) => f.ingestRate);
    const pull = m(layout, (f) => f.pullRate);
    const name = layoutKey(layout);
    const ingestVsOne = ingest / m(one, (f) => f.ingestRate);
    const pullVsOne = pull / m(one, (f) => f.pullRate);
    rows.push([
      layoutName(layout),
      n(ingest),
      `${ingestVsOne.toFixed(2)}×`,
      `${round((ingest / rawIngest) * 100)}%`,
      n(pull),
      `${pullVsOne.toFixed(2)}×`,
      `${round((pull / rawPull) * 100)}%`,
      cores((f) => f.ingest, layout),
      `${Math.round(perAccount(layout, (u) => u.servers))} / ${Math.round(perAccount(layout, (u) => u.postgres))}`,
      m(layout, (f) => f.ingest.lockWaiters).toFixed(1),
    ]);
    summary[name] = {
      ingestRate: ingest,
      ingestVsOneProcess: ingestVsOne,
      pullRate: pull,
      pullVsOneProcess: pullVsOne,
      ingestUsage: {
        servers: m(layout, (f) => f.ingest.servers),
        postgres: m(layout, (f) => f.ingest.postgres),
        loadGenerator: m(layout, (f) => f.ingest.loadGenerator),
        machine: m(layout, (f) => f.ingest.machine),
        other: m(layout, (f) => other(f.ingest)),
        lockWaiters: m(layout, (f) => f.ingest.lockWaiters),
        serverMicrosPerAccount: perAccount(layout, (u) => u.servers),
        postgresMicrosPerAccount: perAccount(layout, (u) => u.postgres),
      },
      pullUsage: {
        servers: m(layout, (f) => f.pull.servers),
        postgres: m(layout, (f) => f.pull.postgres),
        loadGenerator: m(layout, (f) => f.pull.loadGenerator),
        machine: m(layout, (f) => f.pull.machine),
        other: m(layout, (f) => other(f.pull)),
      },
    };
  }
  rows.push([`raw PostgreSQL (${options.connections} connections, no HTTP)`, n(rawIngest), '', '100%', n(rawPull), '', '100%', '', '', '']);

  // Where the ceiling is, from the CPU cost per account of the best single-process layout: one
  // process cannot go past one core of its own thread; the machine cannot go past its cores for
  // server and PostgreSQL work together. More processes help only while the first bound is lower.
  const best = chosen.find((l) => l.processes === 1 && l.workspaces === 3) ?? chosen.find((l) => l.processes === 1)!;
  const serverUs = perAccount(best, (u) => u.servers);
  const postgresUs = perAccount(best, (u) => u.postgres);
  const cpuCount = cpus().length;
  const oneProcessBound = 1e6 / serverUs;
  const machineBound = (cpuCount * 1e6) / (serverUs + postgresUs);
  const ceiling =
    `Ceiling (from the CPU per account of ${layoutName(best)}: ${Math.round(serverUs)} µs in the server, ${Math.round(postgresUs)} µs in PostgreSQL): ` +
    `one process's thread tops out near ${n(oneProcessBound)}/s; this machine's ${cpuCount} cores, shared by the servers and PostgreSQL, ` +
    `near ${n(machineBound)}/s. ` +
    (oneProcessBound >= machineBound
      ? `The machine bound is the lower one: a single process can already use every core, so more processes cannot ingest more here — they need more cores (or PostgreSQL on its own machine).`
      : `The process bound is the lower one: more processes can ingest up to ${(machineBound / oneProcessBound).toFixed(2)}× one process here.`);
  summary.ceiling = { fromLayout: layoutKey(best), serverMicrosPerAccount: serverUs, postgresMicrosPerAccount: postgresUs, oneProcessBound, machineBound, cores: cpuCount };
  const note =
    `CPU in cores per wall second on this ${cpus().length}-core machine: the servers, PostgreSQL (this database's backends and ` +
    `its WAL writer, checkpointer and background writer), the load generator, and everything else that ran on the machine ` +
    `meanwhile (other: when it is large, the figures are not this code's). Lock waiters: mean number of sessions of the database waiting for a lock during the ingest — ` +
    `the workspace's advisory lock and the rows of accounts that two pushes both change (db/change-stamps.ts). Medians over ${options.runs} run(s) of ` +
    `${options.accounts.toLocaleString('en')} accounts, ${options.connections} connections.`;
  return {
    table: `${table(rows)}\n${note}\n${ceiling}`,
    results: { accounts: options.accounts, runs: options.runs, connections: options.connections, summary, raw: { ingestRate: rawIngest, pullRate: rawPull }, figures: Object.fromEntries([...figures].map(([l, f]) => [layoutKey(l), f])), rawRuns: raws },
  };
}

// Run alone: node --import tsx bench/postgres-scale.ts [--accounts N] [--runs N] [--connections N]
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      accounts: { type: 'string', default: '60000' },
      runs: { type: 'string', default: '1' },
      connections: { type: 'string', default: '12' },
      seed: { type: 'string', default: '42' },
      'log-level': { type: 'string', default: 'info' },
      layouts: { type: 'string' },
      'postgres-url': { type: 'string', default: process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_URL },
    },
  });
  const postgresUrl = values['postgres-url'];
  const version = await postgresReachable(postgresUrl);
  if (!version) throw new Error(`PostgreSQL at ${postgresUrl} is not reachable`);
  const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
  log(`PostgreSQL ${version}, ${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}`);
  const { table: output } = await runPostgresScale({
    postgresUrl,
    accounts: Number(values.accounts),
    runs: Number(values.runs),
    connections: Number(values.connections),
    seed: Number(values.seed),
    logLevel: values['log-level'],
    layouts: values.layouts?.split(','),
    log,
  });
  process.stdout.write(`\n${output}\nCommand: node --import tsx bench/postgres-scale.ts ${process.argv.slice(2).join(' ')}\n`);
}
