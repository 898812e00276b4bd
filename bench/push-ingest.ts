// Deals and sales-activities ingest (issue 4): POST /api/v1/deals (100 per request) and
// POST /api/v1/sales-activities (50 per request, 2 contacts each) over real HTTP with 8 connections,
// beside the raw better-sqlite3 ceiling — the same rows into the project's tables, prepared
// statements, one transaction per request-sized batch, the project's pragmas.
//
//   node --import tsx bench/push-ingest.ts [--deals 20000] [--activities 10000] [--runs 3]
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SQLITE_PRAGMAS } from '../src/db/dialects/sqlite.js';
import { newId } from '../src/lib/ids.js';
import { createBenchDatabase, DEFAULT_POSTGRES_URL } from './lib/databases.js';
import { BENCH_API_KEY, startServer } from './lib/server.js';
import { median, round, stopwatch } from './lib/stats.js';

const CONNECTIONS = 8;

function deal(i: number) {
  return {
    externalDealId: `deal-${i}`,
    name: `Deal ${i}`,
    amount: 1000 + (i % 97) * 250,
    stageId: `s${i % 5}`,
    stageLabel: ['Discovery', 'Demo', 'Proposal', 'Closed Won', 'Closed Lost'][i % 5],
    pipelineId: 'sales',
    pipelineLabel: 'Sales',
    startDate: '2026-10-01',
    ownerEmail: `owner${i % 20}@seller.example`,
    dealCurrencyCode: 'USD',
    associatedAccounts: [{ domain: `company-${i % 5000}.example.com`, externalId: `crm-${i % 5000}` }],
  };
}

function activity(i: number) {
  return {
    externalActivityId: `act-${i}`,
    activityType: i % 2 ? 'call' : 'email',
    occurredAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
    domain: `company-${i % 5000}.example.com`,
    ownerEmail: `owner${i % 20}@seller.example`,
    subject: `Touch ${i}`,
    contacts: [0, 1].map((c) => ({ email: `person${(i * 2 + c) % 20000}@company-${i % 5000}.example.com`, name: `Person ${c}` })),
  };
}

interface Kind {
  name: string;
  path: string;
  field: string;
  batch: number;
  make: (i: number) => Record<string, unknown>;
}

const KINDS: Kind[] = [
  { name: 'deals', path: '/api/v1/deals', field: 'deals', batch: 100, make: deal },
  { name: 'activities', path: '/api/v1/sales-activities', field: 'activities', batch: 50, make: activity },
];

/** Items acknowledged created/updated per second through the API. */
async function overHttp(url: string, kind: Kind, count: number): Promise<number> {
  let next = 0;
  let acknowledged = 0;
  const doneAt: number[] = [];
  const started = performance.now();
  await autocannon({
    url,
    connections: CONNECTIONS,
    amount: Math.ceil(count / kind.batch),
    timeout: 120,
    requests: [
      {
        method: 'POST',
        path: kind.path,
        headers: { 'content-type': 'application/json', 'x-api-key': BENCH_API_KEY },
        setupRequest: (request) => {
          const first = next * kind.batch;
          next += 1;
          const items = Array.from({ length: Math.min(kind.batch, count - first) }, (_, k) => kind.make(first + k));
          return { ...request, body: JSON.stringify({ [kind.field]: items }) };
        },
        onResponse: (status, body) => {
          if (status !== 200) return;
          const { summary } = (JSON.parse(body) as { data: { summary: { created: number; updated?: number } } }).data;
          acknowledged += summary.created + (summary.updated ?? 0);
          doneAt.push(performance.now());
        },
      },
    ],
  });
  if (acknowledged !== count) throw new Error(`${kind.name}: ${acknowledged} of ${count} acknowledged`);
  return acknowledged / ((doneAt[doneAt.length - 1] - started) / 1000);
}

/** The ceiling: the same rows with prepared statements, one transaction per request-sized batch. */
function rawSqlite(path: string, workspaceId: string, kind: Kind, count: number): number {
  const db = new Database(path);
  for (const pragma of SQLITE_PRAGMAS) db.pragma(pragma);
  const now = Date.now();
  const insertDeal = db.prepare(
    `insert into deals (workspace_id, id, external_deal_id, name, amount, stage_id, stage_label, pipeline_id, pipeline_label,
       start_date, owner_email, deal_currency_code, created_at, changed_at, change_seq) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const insertLink = db.prepare('insert into deal_accounts (workspace_id, deal_id, position, domain, domain_input, external_id) values (?,?,?,?,?,?)');
  const insertHistory = db.prepare('insert into deal_stage_history (workspace_id, deal_id, position, stage_id, stage_label, pipeline_id, entered_at) values (?,?,?,?,?,?,?)');
  const insertActivity = db.prepare(
    `insert into sales_activities (workspace_id, id, external_activity_id, activity_type, occurred_at, domain, owner_email, subject, created_at, change_seq)
     values (?,?,?,?,?,?,?,?,?,?)`,
  );
  const upsertContact = db.prepare(
    `insert into contacts (workspace_id, id, email, name, created_at, updated_at) values (?,?,?,?,?,?)
     on conflict (workspace_id, email) do update set name = excluded.name, updated_at = excluded.updated_at returning id`,
  );
  const link = db.prepare('insert into sales_activity_contacts (workspace_id, activity_id, contact_id, position) values (?,?,?,?)');
  const writeDeals = db.transaction((first: number, n: number) => {
    for (let i = first; i < first + n; i += 1) {
      const d = deal(i);
      const id = newId(now);
      insertDeal.run(workspaceId, id, d.externalDealId, d.name, d.amount, d.stageId, d.stageLabel, d.pipelineId, d.pipelineLabel, d.startDate, d.ownerEmail, d.dealCurrencyCode, now, now, 1e9 + i);
      insertLink.run(workspaceId, id, 0, d.associatedAccounts[0].domain, d.associatedAccounts[0].domain, d.associatedAccounts[0].externalId);
      insertHistory.run(workspaceId, id, 0, d.stageId, d.stageLabel, d.pipelineId, now);
    }
  });
  const writeActivities = db.transaction((first: number, n: number) => {
    for (let i = first; i < first + n; i += 1) {
      const a = activity(i);
      const id = newId(now);
      insertActivity.run(workspaceId, id, a.externalActivityId, a.activityType, Date.parse(a.occurredAt), a.domain, a.ownerEmail, a.subject, now, 2e9 + i);
      a.contacts.forEach((c, position) => {
        const contact = upsertContact.get(workspaceId, newId(now), c.email, c.name, now, now) as { id: string };
        link.run(workspaceId, id, contact.id, position);
      });
    }
  });
  try {
    const elapsed = stopwatch();
    for (let first = 0; first < count; first += kind.batch) {
      (kind.name === 'deals' ? writeDeals : writeActivities)(first, Math.min(kind.batch, count - first));
    }
    return count / (elapsed() / 1000);
  } finally {
    db.close();
  }
}

/** Items per kind for each `npm run bench` scale. */
export const PUSH_COUNTS: Partial<Record<string, { deals: number; activities: number }>> = {
  small: { deals: 20_000, activities: 10_000 },
  full: { deals: 100_000, activities: 50_000 },
};

/** Runs both kinds `runs` times on fresh SQLite databases; returns the markdown table. */
export async function runPushIngest(counts: { deals: number; activities: number }, runs: number): Promise<string> {
  const rows: string[] = [];
  for (const kind of KINDS) {
    const count = counts[kind.name as keyof typeof counts];
    const project: number[] = [];
    const ceiling: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const database = await createBenchDatabase('sqlite', DEFAULT_POSTGRES_URL);
      const logDir = mkdtempSync(join(tmpdir(), 'intentbase-push-bench-'));
      const server = await startServer(database.url, { logFile: join(logDir, 'server.log'), logLevel: 'warn' });
      try {
        project.push(await overHttp(server.url, kind, count));
      } finally {
        await server.stop();
        rmSync(logDir, { recursive: true, force: true });
      }
      // The ceiling writes into a second workspace of the same, now warm, database file.
      const path = (database.config as { path: string }).path;
      const db = new Database(path);
      const workspaceId = newId();
      db.prepare('insert into workspaces (id, name, api_access_enabled, change_seq, change_clock, created_at) values (?,?,1,0,0,?)').run(workspaceId, 'raw', Date.now());
      db.close();
      ceiling.push(rawSqlite(path, workspaceId, kind, count));
      await database.drop();
    }
    const [p, c] = [median(project), median(ceiling)];
    rows.push(`| ${kind.name}, ${count.toLocaleString('en')} (${kind.batch}/request) | ${round(p)} | ${round(c)} | ${round((100 * p) / c)}% | ${project.map((x) => round(x)).join(' / ')} |`);
  }
  return [
    `push ingest, SQLite, ${CONNECTIONS} connections (the load generator shares the 2 cores with the server)`,
    '| sqlite | project items/s | raw ceiling items/s | ratio | runs |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const { values } = parseArgs({ options: { deals: { type: 'string', default: '20000' }, activities: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } } });
  console.log(await runPushIngest({ deals: Number(values.deals), activities: Number(values.activities) }, Number(values.runs)));
}
