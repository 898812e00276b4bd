// What dynamic-segment rules cost account writes (issue 10, class 2), in process through buildApp +
// inject on a fresh database: one tenant pushes 100-account batches while its dynamic segments are
// evaluated for every written account; another tenant writes one account and /healthz is asked at
// the same moment. Also times the evaluation alone in CPU time (loading the compiled segments, then
// membershipChanges for 100 accounts).
//
//   node --import tsx bench/segment-rules.ts [--engine sqlite|postgres] [--rules limits|issue|none] [--rounds 20]
//
// --rules issue:  the issue's reproduction, two rule sets of 100 `tags in [200 values]` (530 KB),
//                 written straight to the database as rules stored before the limits existed would be;
// --rules limits: the heaviest load WORKSPACE_RULE_LIMITS allow, through the API: 50 segments whose
//                 500 conditions are `tags in [2 values of 256 characters]` that never match, so
//                 every condition of every segment is evaluated for every account of 100 tags;
// --rules none:   no dynamic segment (the baseline).
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { openTestApp } from '../test/support/test-app.js';
import { newId } from '../src/lib/ids.js';
import { ACCOUNT_RECORD_COLUMNS, insertSegment } from '../src/modules/segments/segments.repository.js';
import { accountRecord, maintainedDynamicSegments, membershipChanges } from '../src/modules/segments/dynamic-members.js';
import { heaviestAllowedRules, taggedAccounts } from '../test/support/heavy-rules.js';
import { median, percentile, round } from './lib/stats.js';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'sqlite' },
    rules: { type: 'string', default: 'limits' },
    rounds: { type: 'string', default: '20' },
  },
});
const engine = args.engine as 'sqlite' | 'postgres';
const ROUNDS = Number(args.rounds);

const { context, close } = await openTestApp(engine);
const heavy = await context.newTenant();
const other = await context.newTenant();

function issueRules() {
  return [1, 2].map((n) => ({
    any: Array.from({ length: 100 }, (_, c) => ({
      field: 'tags',
      op: 'in',
      value: Array.from({ length: 200 }, (_, v) => `segment${n}-cond${c}-value${v}`),
    })),
  }));
}

if (args.rules === 'limits') {
  for (const [i, rules] of heaviestAllowedRules().entries()) {
    const reply = await heavy.request('POST', '/api/v1/segments', { name: `heavy ${i}`, type: 'dynamic', rules });
    if (reply.statusCode !== 200) throw new Error(`segment ${i} refused: ${reply.raw}`);
  }
} else if (args.rules === 'issue') {
  for (const [i, rules] of issueRules().entries()) {
    const at = Date.now();
    const segment = { id: newId(at), name: `issue ${i}`, type: 'dynamic' as const, status: 'active' as const, rules: rules as never, createdAt: at, changedAt: at };
    await insertSegment(context.database.db, context.database.dialect, heavy.workspaceId, segment, 1);
  }
} else if (args.rules !== 'none') {
  throw new Error('--rules must be limits, issue or none');
}

const timed = async <T>(work: Promise<T>) => {
  const start = performance.now();
  await work;
  return performance.now() - start;
};

const push: number[] = [];
const single: number[] = [];
const health: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  const pushing = timed(heavy.request('POST', '/api/v1/accounts', { accounts: taggedAccounts('a', round), upsert: true }));
  await new Promise((resolve) => setTimeout(resolve, 2));
  const writing = timed(other.request('POST', '/api/v1/accounts', { accounts: [{ domain: `o${round}.example`, name: 'Other' }] }));
  const asking = timed(context.inject({ method: 'GET', url: '/healthz' }));
  const [p, s, h] = await Promise.all([pushing, writing, asking]);
  if (round > 0) {
    push.push(p);
    single.push(s);
    health.push(h);
  }
}

// The evaluation alone, as an account write runs it: load and compile the segments, evaluate 100 accounts.
const { db, dialect } = context.database;
const rows = await db.selectFrom('accounts').select(ACCOUNT_RECORD_COLUMNS).where('workspace_id', '=', heavy.workspaceId).execute();
const records = new Map(rows.map((row) => [row.id, accountRecord(row, dialect)]));
// CPU time (this machine is shared: wall-clock time includes other processes' turns).
const cpuMs = (since?: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const loading: number[] = [];
const evaluation: number[] = [];
for (let i = 0; i < ROUNDS; i += 1) {
  const start = process.cpuUsage();
  const segments = await maintainedDynamicSegments(db, dialect, heavy.workspaceId);
  loading.push(cpuMs(start));
  const evaluating = process.cpuUsage();
  membershipChanges(segments, records, new Map());
  evaluation.push(cpuMs(evaluating));
}

const line = (label: string, values: number[]) => console.log(`${label}: median ${round(median(values), 1)} ms, p95 ${round(percentile(values, 95), 1)} ms`);
console.log(`${engine}, rules: ${args.rules}, ${ROUNDS - 1} rounds`);
line('heavy tenant, 100-account push', push);
line("other tenant's 1-account write at the same time", single);
line('/healthz at the same time', health);
console.log(`loading and compiling the segments: first ${round(loading[0], 1)} ms CPU, then median ${round(median(loading.slice(1)), 2)} ms`);
line('evaluating the segments for 100 accounts (membershipChanges), CPU', evaluation);
await close();
