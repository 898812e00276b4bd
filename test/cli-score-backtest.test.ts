import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { run } from '../src/cli/index.js';
import { createDatabase, migrateToLatest, type DatabaseHandle } from '../src/db/index.js';
import { SeededRandom } from '../src/seed/seeded-random.js';
import { createServices } from '../src/services.js';
import { databaseUrl, scratchDir } from './support/cli.js';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './support/engines.js';

// `intentbase score backtest` as a newcomer meets it on a fresh install (`seed`, `score`, then the
// backtest), and `--apply` going through the settings service into the audit trail.

const DAY = 86_400_000;

describeEachEngine('intentbase score backtest', (engine) => {
  let testDb: TestDatabase;
  let database: DatabaseHandle;
  let services: ReturnType<typeof createServices>['services'];
  const dir = scratchDir();

  async function cli(...args: string[]) {
    let stderr = '';
    let stdout = '';
    const code = await run(['node', 'intentbase', ...args], {
      env: { DATABASE_URL: databaseUrl(testDb.config), LOG_LEVEL: 'silent' },
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
    });
    return { code, stdout, stderr };
  }

  before(async () => {
    testDb = await createTestDatabase(engine);
    database = createDatabase(testDb.config);
    await migrateToLatest(database.db);
    services = createServices(database).services;
  });
  after(async () => {
    await database?.close();
    await testDb?.drop();
    dir.remove();
  });

  test('seed, score, score backtest: the seeded signals predicted the deals that opened after them', { timeout: 300_000 }, async () => {
    const workspaceId = (await services.workspaces.createWorkspace('Newcomer')).id;
    const seeded = await cli('seed');
    assert.equal(seeded.code, 0, seeded.stderr);
    for (const line of [/Seeded 1000 accounts/, /Seeded 40000 signals/, /Seeded 300 deals/, /Seeded 2000 activities/]) assert.match(seeded.stderr, line);
    const scored = await cli('score');
    assert.equal(scored.code, 0, scored.stderr);

    const chart = join(dir.path, 'deciles.svg');
    const backtest = await cli('score', 'backtest', '--json', '--chart', chart);
    assert.equal(backtest.code, 0, backtest.stderr);
    const report = JSON.parse(backtest.stdout);
    assert.equal(report.accounts, 1000);
    assert.equal(report.horizonDays, 90);
    assert.ok(Math.abs(Date.parse(report.asOf) - (Date.now() - 90 * DAY)) < 600_000, report.asOf);
    assert.ok(report.positives > 30, `positives ${report.positives}`);
    assert.ok(report.accountScore.auc > 0.6 && report.accountScore.aucInterval.low > 0.5, JSON.stringify(report.accountScore.aucInterval));
    assert.ok(report.accountScore.deciles[0].lift > 1.5, JSON.stringify(report.accountScore.deciles[0]));
    const svg = readFileSync(chart, 'utf8');
    assert.match(svg, /^<svg /);
    assert.equal((svg.match(/<rect x=/g) ?? []).length, 10, 'one bar per decile');

    // The same report for people: the headline, the table and the deciles.
    const readable = await cli('score', 'backtest', '--workspace', workspaceId);
    assert.equal(readable.code, 0, readable.stderr);
    assert.match(readable.stdout, new RegExp(`Accounts 1000, positives ${report.positives} `));
    assert.match(readable.stdout, new RegExp(`account score\\s+${report.accountScore.auc.toFixed(3)}`));
    assert.match(readable.stdout, /Lift per decile of the account score/);
    assert.match(readable.stdout, /Journey stage at asOf against the outcome/);

    const future = await cli('score', 'backtest', '--as-of', '2999-01-01');
    assert.equal(future.code, 1);
    assert.match(future.stderr, /asOf must not be in the future/);
    const badDate = await cli('score', 'backtest', '--as-of', 'last-week');
    assert.equal(badDate.code, 1);
    assert.match(badDate.stderr, /expected an ISO 8601 date or date-time/);
  });

  test('--apply puts the suggested weights in force through the settings service, recorded in the audit trail', { timeout: 120_000 }, async () => {
    // Only G2 predicts here: accounts that open a deal had pricing views just before asOf; website
    // visits are noise for everyone.
    const workspaceId = (await services.workspaces.createWorkspace('G2 predicts')).id;
    const asOf = Date.now() - 60 * DAY;
    const rng = new SeededRandom(9);
    const domains = Array.from({ length: 400 }, (_, i) => `g2-predicts-${i}.com`);
    for (let i = 0; i < domains.length; i += 100) {
      await services.accounts.createAccounts(workspaceId, { accounts: domains.slice(i, i + 100).map((domain) => ({ domain, name: domain })) });
    }
    const positives = domains.filter(() => rng.chance(0.25));
    const at = (days: number) => new Date(asOf + days * DAY).toISOString();
    const signals = [
      ...domains.flatMap((domain) => Array.from({ length: rng.int(6) }, () => ({ source: 'website' as const, domain, type: 'high_intent_page_view', occurredAt: at(-rng.int(10)) }))),
      ...domains.filter((d) => positives.includes(d) || rng.chance(0.1)).map((domain) => ({ source: 'g2' as const, domain, type: 'pricing_view', occurredAt: at(-1 - rng.int(5)) })),
    ];
    for (let i = 0; i < signals.length; i += 1000) await services.signals.createSignals(workspaceId, { signals: signals.slice(i, i + 1000) });
    const deals = positives.map((domain, i) => ({ externalDealId: `d-${i}`, name: `Deal ${i}`, startDate: at(5 + rng.int(20)).slice(0, 10), associatedAccounts: [{ domain }] }));
    for (let i = 0; i < deals.length; i += 100) await services.deals.pushDeals(workspaceId, { deals: deals.slice(i, i + 100) });

    const asOfArgs = ['score', 'backtest', '--workspace', workspaceId, '--as-of', new Date(asOf).toISOString(), '--horizon-days', '30'];
    const dry = await cli(...asOfArgs, '--json');
    assert.equal(dry.code, 0, dry.stderr);
    const { weights, accounts } = JSON.parse(dry.stdout);
    assert.equal(accounts, 400, 'the workspace --workspace names, not the first one');
    // LinkedIn and Bombora score 0 everywhere here: they rank nobody and get no weight.
    assert.equal(weights.suggested.weights.linkedin, 0);
    assert.equal(weights.suggested.weights.bombora, 0);
    assert.ok(weights.suggested.heldOutAuc > weights.current.heldOutAuc, JSON.stringify(weights));
    assert.deepEqual((await services.scoring.getConfig(workspaceId)).overrides, {}, 'without --apply nothing changes');

    const applied = await cli(...asOfArgs, '--apply');
    assert.equal(applied.code, 0, applied.stderr);
    assert.match(applied.stderr, /Applied the suggested weights/);
    const { config } = await services.scoring.getConfig(workspaceId);
    for (const source of ['website', 'g2', 'linkedin', 'bombora'] as const) assert.equal(config.sources[source].weight, weights.suggested.weights[source]);
    const audit = await services.audit.page(workspaceId, { limit: 100 });
    const change = audit.data.find((e) => e.action === 'scoring.settings_changed');
    assert.ok(change, JSON.stringify(audit.data));
    assert.equal(change.actor, 'cli');
    assert.deepEqual(change.details, { before: {}, after: { sources: Object.fromEntries(Object.entries(weights.suggested.weights).map(([s, w]) => [s, { weight: w }])) } });
  });
});
