import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import { describeEachEngine } from '../../../test/support/engines.js';
import { assertEnvelope } from '../../../test/support/route-contract.js';
import { useTestApp, type Tenant } from '../../../test/support/test-app.js';
import { SOURCE_TYPES, DECAY_SOURCES } from './scoring-config.js';
import { DAY_MS } from './scoring-model.js';
import type { Log } from '../../lib/log.js';
import { ScoringService } from './scoring.service.js';

// Issue 10, class 5: every configuration PUT /scoring/config accepts can run, a PUT needs its
// object, and a failed run never shows the database's own text.

const iso = (t: number) => new Date(t).toISOString();
const STAGES = ['Unaware', 'Aware', 'Consideration', 'Opportunity', 'Customer'];

/** A small workspace with every kind of scoring input: signals of all four sources, a deal, activities. */
async function smallWorkspace(tenant: Tenant, now: number): Promise<void> {
  const accounts = ['acme.com', 'globex.com', 'initech.com'].map((domain) => ({ domain, name: domain }));
  assert.equal((await tenant.request('POST', '/api/v1/accounts', { accounts })).statusCode, 200);
  const signals = [
    { source: 'website', domain: 'acme.com', type: 'form_submit', occurredAt: iso(now - 2 * DAY_MS), count: 3 },
    { source: 'website', domain: 'globex.com', type: 'page_view', occurredAt: iso(now - 40 * DAY_MS) },
    { source: 'g2', domain: 'acme.com', type: 'pricing_view', occurredAt: iso(now - DAY_MS) },
    { source: 'linkedin', domain: 'initech.com', type: 'impression', occurredAt: iso(now - 1000), count: 5000 },
    { source: 'linkedin', domain: 'acme.com', type: 'lead_form_submit', occurredAt: iso(now - 3 * DAY_MS) },
    { source: 'bombora', domain: 'globex.com', type: 'surge', occurredAt: iso(now - 3 * DAY_MS), topic: 'CRM', score: 85 },
    { source: 'bombora', domain: 'globex.com', type: 'surge', occurredAt: iso(now - 3 * DAY_MS), topic: 'ABM', score: 61 },
  ];
  assert.equal((await tenant.request('POST', '/api/v1/signals', { signals })).body.data.summary.created, signals.length);
  const deals = [{ externalDealId: 'd-1', name: 'Deal', stageLabel: 'Closed Won', associatedAccounts: [{ domain: 'initech.com' }] }];
  assert.equal((await tenant.request('POST', '/api/v1/deals', { deals })).statusCode, 200);
  const activities = [1, 2].map((d) => ({
    externalActivityId: `a-${d}`,
    activityType: 'call',
    occurredAt: iso(now - d * DAY_MS),
    domain: 'globex.com',
    ownerEmail: 'rep@example.com',
    contacts: [{ email: 'buyer@globex.com' }],
  }));
  assert.equal((await tenant.request('POST', '/api/v1/sales-activities', { activities })).statusCode, 200);
}

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const weight = fc.oneof(fc.constantFrom(0, 1000, 0.35), fc.double({ min: 0, max: 1000, noNaN: true }));
const halfLife = fc.oneof(fc.constantFrom(0.01, 3650), fc.double({ min: 0.01, max: 3650, noNaN: true }));
const enabled = fc.oneof({ arbitrary: fc.constant(false), weight: 1 }, { arbitrary: fc.boolean(), weight: 2 });
const points = fc.oneof(fc.constantFrom(0, 1_000_000), fc.double({ min: 0, max: 1_000_000, noNaN: true }));
const partial = (model: Record<string, fc.Arbitrary<unknown>>, requiredKeys: string[] = []) =>
  fc.record(model, { requiredKeys });

/**
 * Any overrides the PUT schema accepts (scoring.schema.ts), boundary values often. Every source
 * always says whether it is on, off two times in three, so combinations of switched-off sources come
 * up often (all four: 1 in 5).
 */
const overridesArbitrary = partial({
  sources: partial({
    ...Object.fromEntries(
      DECAY_SOURCES.map((source) => [
        source,
        partial(
          {
            enabled,
            weight,
            halfLifeDays: halfLife,
            types: partial(Object.fromEntries(SOURCE_TYPES[source].map((type) => [type, partial({ increment: points, cap: maybe(points), halfLifeDays: maybe(halfLife) })]))),
          },
          ['enabled'],
        ),
      ]),
    ),
    bombora: partial(
      {
        enabled,
        weight,
        halfLifeDays: halfLife,
        minTopicScore: fc.integer({ min: 0, max: 100 }),
        topTopics: fc.integer({ min: 1, max: 50 }),
      },
      ['enabled'],
    ),
  }, ['website', 'g2', 'linkedin', 'bombora']),
  journey: partial({
    windowDays: fc.oneof(fc.constantFrom(1, 3650), fc.integer({ min: 1, max: 3650 })),
    customerOnWonDeal: fc.boolean(),
    opportunityOnOpenDeal: fc.boolean(),
    considerationMinScore: maybe(fc.integer({ min: 0, max: 100 })),
    considerationMinActivities: maybe(fc.integer({ min: 1, max: 100_000 })),
    awareMinScore: maybe(fc.integer({ min: 0, max: 100 })),
    awareMinActivities: maybe(fc.integer({ min: 1, max: 100_000 })),
    awareOnSignal: fc.boolean(),
  }),
});

const allSourcesOff = { sources: Object.fromEntries(['website', 'g2', 'linkedin', 'bombora'].map((s) => [s, { enabled: false }])) };

describeEachEngine('scoring settings', (engine) => {
  const ctx = useTestApp(engine);

  async function runToEnd(tenant: Tenant, scoring: Pick<ScoringService, 'startRun' | 'waitForRun'> = ctx().services.scoring) {
    const started = await scoring.startRun(tenant.workspaceId, { trigger: 'api' });
    return scoring.waitForRun(tenant.workspaceId, started.run.runId);
  }

  async function accounts(tenant: Tenant) {
    const reply = await tenant.request('GET', '/api/v1/accounts');
    assert.equal(reply.statusCode, 200);
    return reply.body.data.data as Array<Record<string, unknown> & { rtp_aid: string; domain: string }>;
  }

  test('every source off: runs succeed, every score is 0, stages still follow deals and activities', async () => {
    const tenant = await ctx().newTenant();
    await smallWorkspace(tenant, Date.now());
    const put = await tenant.request('PUT', '/api/v1/scoring/config', allSourcesOff);
    assert.equal(put.statusCode, 200, put.raw);
    for (const full of [true, false]) {
      const run = await ctx().services.scoring.startRun(tenant.workspaceId, { trigger: 'api', full });
      const done = await ctx().services.scoring.waitForRun(tenant.workspaceId, run.run.runId);
      assert.equal(done.status, 'succeeded', JSON.stringify(done));
      assert.equal(done.error, null);
    }
    const byDomain = new Map((await accounts(tenant)).map((a) => [a.domain, a]));
    for (const account of byDomain.values()) {
      assert.deepEqual(
        [account.rtp_account_score, account.rtp_website_intent_score, account.rtp_g2_intent_score, account.rtp_advertising_activity_score, account.rtp_bombora_intent_score],
        [0, 0, 0, 0, 0],
      );
    }
    assert.deepEqual(
      ['acme.com', 'globex.com', 'initech.com'].map((d) => byDomain.get(d)!.rtp_journey_stage),
      ['Unaware', 'Consideration', 'Customer'],
      'signals of switched-off sources make no one Aware; two activities and a won deal still count',
    );
    const explained = await tenant.request('GET', `/api/v1/accounts/${byDomain.get('acme.com')!.rtp_aid}/score`);
    assert.equal(explained.statusCode, 200, explained.raw);
    assert.ok(explained.body.data.sources.every((s: { contribution: number }) => s.contribution === 0));
  });

  test('every configuration the settings accept can run: full, then incremental', async () => {
    const tenant = await ctx().newTenant();
    const now = Date.now();
    await smallWorkspace(tenant, now);
    let round = 0;
    await fc.assert(
      fc.asyncProperty(overridesArbitrary, async (overrides) => {
        round += 1;
        const put = await tenant.request('PUT', '/api/v1/scoring/config', overrides);
        assert.equal(put.statusCode, 200, put.raw);
        const full = await runToEnd(tenant);
        assert.equal(full.status, 'succeeded', `${JSON.stringify(full)} under ${JSON.stringify(overrides)}`);
        const signal = { source: 'website', domain: 'initech.com', type: 'page_view', occurredAt: iso(now), externalSignalId: `s-${round}` };
        assert.equal((await tenant.request('POST', '/api/v1/signals', { signals: [signal] })).statusCode, 200);
        const incremental = await runToEnd(tenant);
        assert.equal(incremental.status, 'succeeded', `${JSON.stringify(incremental)} under ${JSON.stringify(overrides)}`);
        for (const account of await accounts(tenant)) {
          for (const field of ['rtp_account_score', 'rtp_website_intent_score', 'rtp_g2_intent_score', 'rtp_advertising_activity_score', 'rtp_bombora_intent_score']) {
            const score = account[field] as number;
            assert.ok(Number.isInteger(score) && score >= 0 && score <= 100, `${field} ${score} under ${JSON.stringify(overrides)}`);
          }
          assert.ok(STAGES.includes(account.rtp_journey_stage as string));
        }
      }),
      { numRuns: 25 },
    );
  });

  test('PUT /scoring/config needs a JSON object: no body, null, an array or a scalar is a 400 and changes nothing', async () => {
    const tenant = await ctx().newTenant();
    const overrides = { sources: { g2: { weight: 0.5 } }, journey: { windowDays: 7 } };
    assert.equal((await tenant.request('PUT', '/api/v1/scoring/config', overrides)).statusCode, 200);
    const cases: Array<[string | undefined, string]> = [
      [undefined, 'body should not be empty'],
      ['null', 'body should not be empty'],
      ['[]', 'body must be an object'],
      ['"defaults"', 'body must be an object'],
      ['7', 'body must be an object'],
    ];
    for (const [payload, message] of cases) {
      const reply = await tenant.request('PUT', '/api/v1/scoring/config', payload);
      assert.equal(reply.statusCode, 400, `${payload}: ${reply.raw}`);
      assertEnvelope(reply, '/api/v1/scoring/config');
      assert.equal(reply.body.customMessage, message, String(payload));
      assert.deepEqual(reply.body.data, [{ property: 'body', path: 'body', constraints: reply.body.data[0].constraints }]);
    }
    assert.deepEqual((await tenant.request('GET', '/api/v1/scoring/config')).body.data.overrides, overrides);
    // `{}` is an object: it restores every default, as documented.
    assert.deepEqual((await tenant.request('PUT', '/api/v1/scoring/config', {})).body.data.overrides, {});
  });

  test("a failed run shows a generic error; the database's text goes to the log only", async () => {
    const tenant = await ctx().newTenant();
    await smallWorkspace(tenant, Date.now());
    const logged: Array<{ obj: Record<string, unknown>; msg: string }> = [];
    const remember = (obj: object, msg: string) => logged.push({ obj: obj as Record<string, unknown>, msg });
    const log: Log = { info: remember, warn: remember, error: remember };
    const { db } = ctx().database;
    const scoring = new ScoringService(ctx().database, { log });
    // A real database failure in the middle of the run: the table of running states is gone.
    await sql`alter table account_scores rename to account_scores_away`.execute(db);
    let failed;
    try {
      failed = await runToEnd(tenant, scoring);
    } finally {
      await sql`alter table account_scores_away rename to account_scores`.execute(db);
      await scoring.stop();
    }
    assert.equal(failed.status, 'failed');
    assert.equal(
      failed.error,
      `The run failed because of an internal error (logged with runId ${failed.runId}); the next run recomputes everything since the last successful run`,
    );
    const listed = (await tenant.request('GET', '/api/v1/scoring/runs')).body.data.data[0];
    assert.equal(listed.runId, failed.runId);
    assert.equal(listed.error, failed.error);
    const entry = logged.find((l) => l.msg === 'scoring: run failed');
    assert.ok(entry, JSON.stringify(logged));
    assert.equal(entry.obj.runId, failed.runId);
    assert.match(String((entry.obj.err as Error).message), /account_scores/, 'the detail is logged');
    // And the next run succeeds.
    assert.equal((await runToEnd(tenant)).status, 'succeeded');
  });
});
