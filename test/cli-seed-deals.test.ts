import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { run } from '../src/cli/index.js';
import { loadConfig } from '../src/config.js';
import { createDatabase, type DatabaseHandle } from '../src/db/index.js';
import { SEED_PIPELINES, pipelineDefinition } from '../src/seed/synthetic-deals.js';
import { databaseUrl } from './support/cli.js';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './support/engines.js';
import { injectJson } from './support/test-app.js';

describeEachEngine('intentbase seed --deals --activities', (engine) => {
  let testDb: TestDatabase;
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let workspaceId: string;
  let apiKey: string;

  async function cli(...args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await run(['node', 'intentbase', ...args], {
      env: { DATABASE_URL: databaseUrl(testDb.config), LOG_LEVEL: 'silent' },
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
    });
    return { code, stdout, stderr };
  }

  const get = async (url: string) => {
    const reply = await injectJson(app, { method: 'GET', url, headers: { 'x-api-key': apiKey } });
    assert.equal(reply.statusCode, 200, reply.raw);
    return reply.body.data;
  };

  /** Every page of a list endpoint. */
  async function pullAll(path: string, query = ''): Promise<Array<Record<string, any>>> {
    const items: Array<Record<string, any>> = [];
    let cursor: string | null = null;
    do {
      const page: Record<string, any> = await get(`${path}?limit=1000${query}${cursor ? `&cursor=${cursor}` : ''}`);
      items.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  before(async () => {
    testDb = await createTestDatabase(engine);
    app = await buildApp({ ...loadConfig({ LOG_LEVEL: 'silent' }), database: testDb.config }, { logger: false });
    database = createDatabase(testDb.config);
    await app.ready();
    const workspace = await app.runtime.services.workspaces.createWorkspace('Demo');
    workspaceId = workspace.id;
    await app.runtime.services.workspaces.addUser(workspaceId, 'demo@example.com', 'admin');
    apiKey = (await app.runtime.services.workspaces.createKey('demo@example.com', workspaceId)).apiKey;
  });
  after(async () => {
    await app?.close();
    await database?.close();
    await testDb?.drop();
  });

  test('deals with stage history and activities arrive over the API; seeding again duplicates nothing; scoring yields Opportunities and Customers', { timeout: 240_000 }, async () => {
    const first = await cli('seed', '--accounts', '300', '--signals', '3000', '--deals', '150', '--activities', '400', '--seed', '4', '--workspace', workspaceId);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /created deal pipelines seed-new-business, seed-renewals-expansion/);
    const dealSummary = new RegExp(
      `Seeded 150 deals into workspace ${workspaceId} for 300 accounts \\((\\d+) open, (\\d+) won, (\\d+) lost\\): 150 created, 0 updated, 0 failed`,
    ).exec(first.stderr);
    assert.ok(dealSummary, first.stderr);
    const [open, won, lost] = dealSummary.slice(1).map(Number);
    assert.equal(open + won + lost, 150);
    assert.ok(open > 0 && won > 0 && lost > 0, dealSummary[0]);
    const activitySummary = new RegExp(
      `Seeded 400 activities into workspace ${workspaceId} for 300 accounts: 400 created, 0 skipped as duplicates, 0 failed`,
    ).exec(first.stderr);
    assert.ok(activitySummary, first.stderr);

    // The pipelines, through GET /deal-stages.
    const pipelines: Array<Record<string, any>> = await get('/api/v1/deal-stages');
    for (const expected of SEED_PIPELINES.map(pipelineDefinition)) {
      assert.deepEqual(pipelines.find((p) => p.pipelineId === expected.pipelineId), expected);
    }

    // The deals, through GET /deals: linked to the seeded accounts (a few to companies that are not
    // accounts), each with the stages it went through, in its pipeline's order, ending where it is.
    const syncBefore: string = (await get('/api/v1/deals?limit=1')).syncTimestamp;
    const deals = await pullAll('/api/v1/deals');
    assert.equal(deals.length, 150);
    const accounts = await pullAll('/api/v1/accounts');
    const accountDomains = new Set(accounts.map((a) => a.domain));
    assert.ok(deals.filter((d) => d.linkedAccounts.length === 1 && accountDomains.has(d.linkedAccounts[0].domain)).length > 120);
    const stagesOf = new Map(pipelines.map((p) => [p.pipelineId, p.stages.map((s: { stageId: string }) => s.stageId)]));
    for (const deal of deals) {
      assert.match(deal.externalDealId, /^seed-4-deal-\d+$/);
      const history: string[] = deal.stageHistory.map((h: { stageId: string }) => h.stageId);
      assert.ok(history.length >= 1);
      assert.equal(history[history.length - 1], deal.stageId);
      const positions = history.map((id) => stagesOf.get(deal.pipelineId)!.indexOf(id));
      assert.ok(positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1])), `${deal.externalDealId}: ${history}`);
      if (/won|lost/i.test(deal.stageLabel)) assert.ok(deal.closedDate, 'closed deals have a close date');
    }
    assert.ok(deals.some((d) => d.stageHistory.length >= 3), 'some deals moved through several stages');

    // The activities, through an account's timeline: calls and emails with contacts.
    const busiest = accounts.find((a) => a.domain === mostFrequent(deals.flatMap((d) => d.linkedAccounts.map((l: { domain: string }) => l.domain))))!;
    const timeline = await pullAll(`/api/v1/accounts/${busiest.rtp_aid}/activities`);
    const rows = await database.db.selectFrom('sales_activities').select(['activity_type', 'domain']).where('workspace_id', '=', workspaceId).execute();
    assert.equal(rows.length, 400);
    assert.deepEqual(new Set(rows.map((r) => r.activity_type)), new Set(['call', 'email']));
    assert.ok(rows.some((r) => !accountDomains.has(r.domain)), 'some activities are with companies that are not accounts');
    assert.equal(timeline.length, rows.filter((r) => r.domain === busiest.domain).length);
    for (const activity of timeline) assert.ok(activity.contacts.length >= 1 && activity.contacts.every((c: { email: string }) => c.email.endsWith(`@${busiest.domain}`)));

    // Same seed again: nothing new, nothing changed (no deal re-sent by delta sync, no stage entry added).
    const again = await cli('seed', '--deals', '150', '--activities', '400', '--seed', '4', '--workspace', workspaceId);
    assert.equal(again.code, 0, again.stderr);
    assert.doesNotMatch(again.stderr, /created deal pipelines/);
    assert.match(again.stderr, /Seeded 150 deals .*: 0 created, 150 updated, 0 failed/);
    assert.match(again.stderr, /Seeded 400 activities .*: 0 created, 400 skipped as duplicates, 0 failed/);
    assert.deepEqual(await pullAll('/api/v1/deals', `&lastSync=${encodeURIComponent(syncBefore)}`), []);
    const dealsAgain = await pullAll('/api/v1/deals');
    assert.deepEqual(
      dealsAgain.map((d) => [d.externalDealId, d.stageHistory.length]),
      deals.map((d) => [d.externalDealId, d.stageHistory.length]),
    );
    const count = await database.db.selectFrom('sales_activities').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', workspaceId).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 400);

    // After scoring, the journey has its lower stages: won deals make Customers, open ones Opportunities.
    const scored = await cli('score', '--workspace', workspaceId);
    assert.equal(scored.code, 0, scored.stderr);
    const stages = new Map<string, number>();
    for (const account of await pullAll('/api/v1/accounts')) stages.set(account.rtp_journey_stage, (stages.get(account.rtp_journey_stage) ?? 0) + 1);
    for (const stage of ['Customer', 'Opportunity', 'Consideration', 'Aware']) {
      assert.ok((stages.get(stage) ?? 0) > 0, `${stage}: ${JSON.stringify(Object.fromEntries(stages))}`);
    }
    const wonDomains = new Set(deals.filter((d) => /won/i.test(d.stageLabel)).flatMap((d) => d.linkedAccounts.map((l: { domain: string }) => l.domain)));
    assert.equal(stages.get('Customer'), wonDomains.size, 'exactly the accounts with a won deal are Customers');
  });
});

function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}
