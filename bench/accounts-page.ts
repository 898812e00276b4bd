// The console's Accounts page at 1,000,000 accounts (issue 12): server time of GET /api/v1/accounts
// for each sort and each filter — the first page and a page deep in the list (by keyset cursor) —
// through the real app (buildApp + inject: routing, auth, validation, query, presenter, envelope; no
// network), with the EXPLAIN plan of each query showing the index it reads.
//
//   node --import tsx bench/accounts-page.ts [--engine sqlite|postgres] [--accounts 1000000] [--samples 30] [--limit 100]
//                                            [--sqlite-path /tmp/accounts-1m.db]   (kept and reused when it exists)
//
// PostgreSQL: TEST_DATABASE_URL or DATABASE_URL names a server; a fresh database is created on it and
// dropped at the end. The accounts are written straight into the tables (SQL generating them), as a
// million pushes would take an hour; their scores, stages and tags are spread like a scored workspace's:
// most accounts Unaware, few Customers, a quarter tagged `enterprise`, 0.1 % tagged `partner`, a segment
// of 100,000 accounts and one of 500.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { loadConfig, type DatabaseConfig } from '../src/config.js';
import { createDatabase, type Database, type DatabaseHandle } from '../src/db/index.js';
import { encodeCursor } from '../src/http/cursor.js';
import { cursorKind, decodePosition, parseFilters, parseSort, type AccountSortName } from '../src/modules/accounts/account-list.js';
import { accountPageQuery, chooseDriver, type AccountListQuery } from '../src/modules/accounts/account-list.repository.js';
import type { ListAccountsQuery } from '../src/modules/accounts/accounts.schema.js';
import { percentile, round } from './lib/stats.js';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'sqlite' },
    accounts: { type: 'string', default: '1000000' },
    samples: { type: 'string', default: '30' },
    limit: { type: 'string', default: '100' },
    'sqlite-path': { type: 'string' },
  },
});
const engine = args.engine as 'sqlite' | 'postgres';
const ACCOUNTS = Number(args.accounts);
const SAMPLES = Number(args.samples);
const LIMIT = Number(args.limit);
const WORKSPACE_NAME = 'accounts-page-bench';
const BIG_SEGMENT = '000000000000000000000b16';
const SMALL_SEGMENT = '000000000000000000000511';

interface Target {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

async function openTarget(): Promise<Target> {
  if (engine === 'sqlite') {
    const path = args['sqlite-path'] ?? join(mkdtempSync(join(tmpdir(), 'accounts-page-')), 'bench.db');
    const keep = args['sqlite-path'] !== undefined;
    return { config: { engine: 'sqlite', path }, drop: async () => (keep ? undefined : rmSync(path, { force: true })) };
  }
  const adminUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('PostgreSQL: set TEST_DATABASE_URL or DATABASE_URL');
  const name = `ib_accounts_page_${Date.now().toString(36)}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(text);
    await client.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { engine: 'postgres', url: url.toString(), poolSize: 10, statementTimeoutMs: 0, connectTimeoutMs: 5_000, queryTimeoutMs: 0 },
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

/** The generated rows, in SQL: `n` runs 1..ACCOUNTS; the same spread on both engines. */
function seedStatements(workspaceId: string, now: number): string[] {
  const postgres = engine === 'postgres';
  const series = postgres
    ? `generate_series(1::bigint, ${ACCOUNTS}) as s(n)`
    : `(with recursive s(n) as (select 1 union all select n + 1 from s where n < ${ACCOUNTS}) select n from s) as s`;
  const hex = postgres ? `lpad(to_hex(n), 24, '0')` : `printf('%024x', n)`;
  const letter = `substr('abcdefghijklmnopqrstuvwxyz', cast((n % 26) + 1 as integer), 1)`;
  const tags = `case when n % 1000 = 7 then '["partner","enterprise"]' when n % 4 = 0 then '["enterprise"]' else '[]' end`;
  // Stage by a hash: 60 % Unaware, 25 % Aware, 10 % Consideration, 4 % Opportunity, 1 % Customer.
  const bucket = `((n * 7919) % 100)`;
  const stage = `case when ${bucket} < 60 then 'Unaware' when ${bucket} < 85 then 'Aware' when ${bucket} < 95 then 'Consideration' when ${bucket} < 99 then 'Opportunity' else 'Customer' end`;
  const score = (k: number) => `((n * ${k}) % 101)`;
  const json = postgres ? '::jsonb' : '';
  return [
    `insert into accounts (workspace_id, id, domain, name, external_id, short_name, linkedin_url, tags, custom_fields,
       account_score, website_intent_score, bombora_intent_score, g2_intent_score, advertising_activity_score, journey_stage,
       created_at, changed_at, change_seq)
     select '${workspaceId}', ${hex}, ${letter} || 'co' || n || '.example.com', upper(${letter}) || 'company ' || n, null, null, null,
       (${tags})${json}, '{}'${json}, ${score(2654435761)}, ${score(40503)}, ${score(69069)}, ${score(1103515245)}, ${score(22695477)}, ${stage},
       ${now} + n, ${now} + n, n
     from ${series}`,
    `insert into account_tags (workspace_id, tag, account_id)
       select '${workspaceId}', 'enterprise', ${hex} from ${series} where n % 4 = 0 or n % 1000 = 7`,
    `insert into account_tags (workspace_id, tag, account_id) select '${workspaceId}', 'partner', ${hex} from ${series} where n % 1000 = 7`,
    `insert into segments (workspace_id, id, name, type, status, rules, created_at, changed_at, change_seq)
       values ('${workspaceId}', '${BIG_SEGMENT}', 'Big segment', 'static', 'active', null, ${now}, ${now}, 1),
              ('${workspaceId}', '${SMALL_SEGMENT}', 'Small segment', 'static', 'active', null, ${now}, ${now}, 2)`,
    `insert into segment_members (workspace_id, segment_id, account_id, added_at, change_seq)
       select '${workspaceId}', '${BIG_SEGMENT}', ${hex}, ${now}, n from ${series} where n % 10 = 3`,
    `insert into segment_members (workspace_id, segment_id, account_id, added_at, change_seq)
       select '${workspaceId}', '${SMALL_SEGMENT}', ${hex}, ${now}, n from ${series} where n % 2000 = 11`,
    `update workspaces set change_seq = ${ACCOUNTS + 10}, change_clock = ${now + ACCOUNTS + 10} where id = '${workspaceId}'`,
  ];
}

async function seededWorkspace(database: DatabaseHandle): Promise<string | undefined> {
  const row = await database.db.selectFrom('workspaces').select('id').where('name', '=', WORKSPACE_NAME).executeTakeFirst();
  return row?.id;
}

async function seed(database: DatabaseHandle, workspaceId: string): Promise<void> {
  const started = performance.now();
  const now = Date.now() - ACCOUNTS - 1000;
  await database.db.transaction().execute(async (trx) => {
    for (const statement of seedStatements(workspaceId, now)) await sql.raw(statement).execute(trx);
  });
  if (engine === 'postgres') await sql`analyze`.execute(database.db);
  console.log(`seeded ${ACCOUNTS.toLocaleString('en')} accounts in ${round((performance.now() - started) / 1000, 1)} s`);
}

type CaseQuery = Partial<Record<'sort' | 'stage' | 'segmentId' | 'tag' | 'q' | 'cursor', string>>;

interface Case {
  label: string;
  query: CaseQuery;
}

const SORTS: AccountSortName[] = [
  '-rtp_account_score',
  'rtp_account_score',
  '-rtp_website_intent_score',
  '-rtp_bombora_intent_score',
  'rtp_g2_intent_score',
  '-rtp_advertising_activity_score',
  '-rtp_last_account_date',
];

const CASES: Case[] = [
  ...SORTS.map((sort) => ({ label: `sort ${sort}`, query: { sort } })),
  { label: 'stage Aware (25 %)', query: { stage: 'Aware' } },
  { label: 'stage Customer (1 %)', query: { stage: 'Customer' } },
  { label: 'stage Customer, sort -g2', query: { stage: 'Customer', sort: '-rtp_g2_intent_score' } },
  { label: 'stage Aware, sort bombora', query: { stage: 'Aware', sort: 'rtp_bombora_intent_score' } },
  { label: 'segment of 100,000', query: { segmentId: BIG_SEGMENT } },
  { label: 'segment of 500', query: { segmentId: SMALL_SEGMENT } },
  { label: 'tag enterprise (25 %)', query: { tag: 'enterprise' } },
  { label: 'tag partner (0.1 %)', query: { tag: 'partner' } },
  { label: 'q "q" (3.8 %)', query: { q: 'q' } },
  { label: 'q "qco1234" (few)', query: { q: 'qco1234' } },
  { label: 'q "Qcompany 42" (name)', query: { q: 'Qcompany 42' } },
  { label: 'stage+tag+q', query: { stage: 'Aware', tag: 'enterprise', q: 'e' } },
];


/** The query a case runs, its plan chosen as the service chooses it. */
async function pageQuery(database: DatabaseHandle, workspaceId: string, query: CaseQuery, after?: AccountListQuery['after']) {
  const sortName = (query.sort ?? '-rtp_account_score') as AccountSortName;
  const filters = parseFilters(query as ListAccountsQuery);
  const driver = await chooseDriver(database.db, database.dialect, workspaceId, filters);
  return { sortName, listQuery: { sort: parseSort(sortName), filters, limit: LIMIT, driver, after } satisfies AccountListQuery };
}

/** A cursor half way down a case's list (found here, outside the timing, with an OFFSET). */
async function deepCursor(database: DatabaseHandle, workspaceId: string, query: CaseQuery): Promise<string | undefined> {
  const { sortName, listQuery: q } = await pageQuery(database, workspaceId, query);
  const all = accountPageQuery(database.db, database.dialect, workspaceId, { ...q, limit: 1_000_000_000 }).clearLimit();
  const count = Number((await database.db.selectFrom(all.as('matches')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  if (count <= LIMIT) return undefined;
  const row = await all.offset(Math.floor(count / 2)).limit(1).executeTakeFirstOrThrow();
  const sort = parseSort(sortName);
  const key = sort.kind === 'lastChange' ? [Number(row.change_seq)] : [Number(row[sort.column]), row.id];
  return encodeCursor(cursorKind(sortName), key);
}

async function explain(db: Kysely<Database>, compiled: CompiledQuery): Promise<string[]> {
  const prefix = engine === 'sqlite' ? 'explain query plan ' : 'explain (costs off) ';
  const { rows } = await db.executeQuery<Partial<Record<string, string>>>(CompiledQuery.raw(prefix + compiled.sql, [...compiled.parameters]));
  return rows.map((row) => (engine === 'sqlite' ? row.detail : row['QUERY PLAN']) ?? JSON.stringify(row));
}

const target = await openTarget();
const config = loadConfig({ LOG_LEVEL: 'silent' });
const app = await buildApp({ ...config, database: target.config }, { logger: false });
await app.ready();
const database = createDatabase(target.config);
const services = app.runtime.services;
let workspaceId = await seededWorkspace(database);
if (workspaceId === undefined) {
  workspaceId = (await services.workspaces.createWorkspace(WORKSPACE_NAME)).id;
  await services.workspaces.addUser(workspaceId, 'bench@example.com', 'admin');
  await seed(database, workspaceId);
} else {
  console.log(`reusing the accounts of ${target.config.engine === 'sqlite' ? target.config.path : 'the database'}`);
}
const { apiKey } = await services.workspaces.createKey('bench@example.com', workspaceId);

/** Wall time of one request, and the CPU this process (every thread: on SQLite the queries run in its service thread) spent on it. */
async function timedGet(query: CaseQuery): Promise<{ wall: number; cpu: number }> {
  const url = `/api/v1/accounts?${new URLSearchParams({ ...(query as Record<string, string>), limit: String(LIMIT) })}`;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const response = await app.inject({ method: 'GET', url, headers: { 'x-api-key': apiKey } });
  const cpu = process.cpuUsage(cpuStart);
  const wall = performance.now() - start;
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

async function measure(query: CaseQuery) {
  await timedGet(query); // warm: the statement's first compile, the pages' first read
  const samples: Array<{ wall: number; cpu: number }> = [];
  for (let i = 0; i < SAMPLES; i += 1) samples.push(await timedGet(query));
  const walls = samples.map((s) => s.wall);
  return { p50: round(percentile(walls, 50), 1), p99: round(percentile(walls, 99), 1), cpu: round(percentile(samples.map((s) => s.cpu), 50), 1) };
}

console.log(`\n${engine}, ${ACCOUNTS.toLocaleString('en')} accounts, limit ${LIMIT}, ${SAMPLES} samples a page (p99 of ${SAMPLES} is close to the slowest)\n`);
console.log(`load average at the start: ${loadavg().map((l) => round(l, 1)).join(', ')} (${engine === 'sqlite' ? 'the whole query runs in this process' : 'PostgreSQL runs beside it'})\n`);
console.log('| case | plan | first page p50 / p99 (ms) | CPU p50 | deep page p50 / p99 (ms) | CPU p50 |');
console.log('|---|---|---|---|---|---|');
const plans: string[] = [];
let worst = 0;
for (const item of CASES) {
  const { listQuery: q } = await pageQuery(database, workspaceId, item.query);
  const first = await measure(item.query);
  const cursor = await deepCursor(database, workspaceId, item.query);
  const deep = cursor === undefined ? undefined : await measure({ ...item.query, cursor });
  worst = Math.max(worst, first.p99, deep?.p99 ?? 0);
  const plan = q.driver === undefined ? 'walk sort index' : `drive from ${q.driver}`;
  console.log(`| ${item.label} | ${plan} | ${first.p50} / ${first.p99} | ${first.cpu} | ${deep ? `${deep.p50} / ${deep.p99} | ${deep.cpu}` : 'one page only | '} |`);
  plans.push(`${item.label}, first page:\n  ${(await explain(database.db, accountPageQuery(database.db, database.dialect, workspaceId, q).compile())).join('\n  ')}`);
  if (cursor !== undefined) {
    const { listQuery: deepQuery } = await pageQuery(database, workspaceId, item.query, decodePosition(cursor, (item.query.sort ?? '-rtp_account_score') as AccountSortName).after);
    plans.push(`${item.label}, deep page:\n  ${(await explain(database.db, accountPageQuery(database.db, database.dialect, workspaceId, deepQuery).compile())).join('\n  ')}`);
  }
}
console.log(`\nslowest p99: ${worst} ms\n\nplans:\n${plans.join('\n')}`);

await app.close();
await database.close();
await target.drop();
process.exit(0);
