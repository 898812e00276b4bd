import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.js';
import { useTestApp, type Tenant, type TestContext } from '../../../test/support/test-app.js';
import { DEFAULT_SCORING_CONFIG, resolveScoringConfig } from './scoring-config.js';
import { DAY_MS, scoreSignals, type ScoringSignal } from './scoring-model.js';
import { ScoringService, type RunObserver } from './scoring.service.js';

/** A clock the test moves; the services' scoring runs read it. */
function clock(start: number) {
  let now = start;
  return { now: () => now, set: (t: number) => (now = t), advance: (ms: number) => (now += ms) };
}

const iso = (t: number) => new Date(t).toISOString();

async function pushAccounts(tenant: Tenant, domains: string[]) {
  const reply = await tenant.request('POST', '/api/v1/accounts', { accounts: domains.map((domain) => ({ domain, name: domain })) });
  assert.equal(reply.statusCode, 200, reply.raw);
  return Object.fromEntries(reply.body.data.results.map((r: { domain: string; rtp_aid: string }) => [r.domain, r.rtp_aid])) as Record<string, string>;
}

async function pushSignals(tenant: Tenant, signals: Array<Record<string, unknown>>) {
  const reply = await tenant.request('POST', '/api/v1/signals', { signals });
  assert.equal(reply.statusCode, 200, reply.raw);
  assert.equal(reply.body.data.summary.created, signals.length, reply.raw);
}

async function syncTimestamp(tenant: Tenant): Promise<string> {
  return (await tenant.request('GET', '/api/v1/accounts?limit=1')).body.data.syncTimestamp;
}

/** Every account changed after `lastSync`, by domain (all pages). */
async function changedSince(tenant: Tenant, lastSync: string): Promise<Map<string, any>> {
  const out = new Map<string, any>();
  let cursor: string | undefined;
  do {
    const reply = await tenant.request('GET', `/api/v1/accounts?limit=2&lastSync=${encodeURIComponent(lastSync)}${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(reply.statusCode, 200, reply.raw);
    for (const account of reply.body.data.data) out.set(account.domain, account);
    cursor = reply.body.data.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

async function run(scoring: ScoringService, workspaceId: string, options: { full?: boolean; chunkSize?: number } = {}) {
  const started = await scoring.startRun(workspaceId, { trigger: 'cli', chunkSize: options.chunkSize ?? 2, ...options });
  assert.equal(started.started, true);
  const view = await scoring.waitForRun(workspaceId, started.run.runId);
  assert.equal(view.status, 'succeeded', JSON.stringify(view));
  return view;
}

const scores = (a: any) => ({
  score: a.rtp_account_score,
  website: a.rtp_website_intent_score,
  g2: a.rtp_g2_intent_score,
  linkedin: a.rtp_advertising_activity_score,
  bombora: a.rtp_bombora_intent_score,
  stage: a.rtp_journey_stage,
});

describeEachEngine('scoring runs', (engine) => {
  const ctx = useTestApp(engine);
  const created: ScoringService[] = [];
  after(() => Promise.all(created.map((s) => s.stop())));
  /** A scoring service of the test's own (like another process's), with its own clock. */
  const service = (c: ReturnType<typeof clock>, observer?: RunObserver, context: TestContext = ctx()) => {
    const s = new ScoringService(context.database, { now: c.now, observer });
    created.push(s);
    return s;
  };

  test('end to end: signals, deals and activities in; only the changed accounts out, with their scores and stage', async () => {
    const tenant = await ctx().newTenant();
    const NOW = Date.now();
    const c = clock(NOW);
    const scoring = service(c);
    const ids = await pushAccounts(tenant, ['acme.com', 'globex.com', 'initech.com', 'umbrella.com']);
    const acmeSignals = [
      { source: 'website', domain: 'acme.com', type: 'form_submit', occurredAt: iso(NOW - 14 * DAY_MS), count: 2 },
      { source: 'g2', domain: 'www.Acme.com', type: 'pricing_view', occurredAt: iso(NOW - 7 * DAY_MS) },
      { source: 'linkedin', domain: 'acme.com', type: 'impression', occurredAt: iso(NOW - 1000), count: 1000 },
    ];
    await pushSignals(tenant, [...acmeSignals, { source: 'website', domain: 'newco.io', type: 'form_submit', occurredAt: iso(NOW - DAY_MS), count: 3 }]);
    const deal = await tenant.request('POST', '/api/v1/deals', {
      deals: [{ externalDealId: 'd-1', name: 'Globex deal', stageLabel: 'Proposal', associatedAccounts: [{ domain: 'globex.com' }] }],
    });
    assert.equal(deal.statusCode, 200, deal.raw);
    const contacts = [{ email: 'buyer@initech.com' }];
    const activities = await tenant.request('POST', '/api/v1/sales-activities', {
      activities: [1, 2].map((d) => ({
        externalActivityId: `a-${d}`,
        activityType: 'call',
        occurredAt: iso(NOW - d * DAY_MS),
        domain: 'initech.com',
        ownerEmail: 'rep@example.com',
        contacts,
      })),
    });
    assert.equal(activities.statusCode, 200, activities.raw);

    const before = await syncTimestamp(tenant);
    const first = await run(scoring, tenant.workspaceId);
    assert.equal(first.mode, 'full');
    // A full run reads the signals of its accounts: newco.io's has no account yet.
    assert.deepEqual(first.counts, { accountsEvaluated: 4, accountsTotal: 4, accountsChanged: 3, signalsRead: 3, membershipsChanged: 0 });

    const changed = await changedSince(tenant, before);
    assert.deepEqual([...changed.keys()].sort(), ['acme.com', 'globex.com', 'initech.com'], 'umbrella.com did not change');
    // 2·25·½ = 25; 50·2^-½ = 35.36; 1000·0.05 = 50 → cap 20; account (0.35·25 + 0.25·35 + 0.25·20) = 22.5 → 23.
    assert.deepEqual(scores(changed.get('acme.com')), { score: 23, website: 25, g2: 35, linkedin: 20, bombora: 0, stage: 'Aware' });
    const expected = scoreSignals(
      DEFAULT_SCORING_CONFIG,
      acmeSignals.map((s): ScoringSignal => ({ source: s.source, type: s.type, occurredAt: Date.parse(s.occurredAt), count: s.count ?? 1 })),
      first.asOf ? Date.parse(first.asOf) : NOW,
    );
    assert.equal(changed.get('acme.com').rtp_account_score, expected.accountScore, 'the run agrees with the pure formula');
    assert.deepEqual(scores(changed.get('globex.com')), { score: 0, website: 0, g2: 0, linkedin: 0, bombora: 0, stage: 'Opportunity' });
    assert.deepEqual(scores(changed.get('initech.com')), { score: 0, website: 0, g2: 0, linkedin: 0, bombora: 0, stage: 'Consideration' });

    // A second run with no new input changes nothing and sends nothing new.
    const afterFirst = await syncTimestamp(tenant);
    const second = await run(scoring, tenant.workspaceId);
    assert.equal(second.mode, 'incremental');
    assert.equal(second.counts.accountsChanged, 0);
    assert.equal((await changedSince(tenant, afterFirst)).size, 0);

    // A new account picks up the signals its domain collected before it existed; a won deal makes a Customer.
    const { 'newco.io': newcoId } = await pushAccounts(tenant, ['newco.io']);
    await tenant.request('POST', '/api/v1/deals', { deals: [{ externalDealId: 'd-1', name: 'Globex deal', stageLabel: 'Closed Won' }] });
    const afterSecond = await syncTimestamp(tenant);
    c.advance(1000);
    const third = await run(scoring, tenant.workspaceId);
    assert.equal(third.counts.accountsChanged, 2);
    const changedThird = await changedSince(tenant, afterSecond);
    assert.deepEqual([...changedThird.keys()].sort(), ['globex.com', 'newco.io']);
    assert.equal(changedThird.get('newco.io').rtp_website_intent_score, Math.round(75 * Math.pow(2, -(DAY_MS + 1000) / (14 * DAY_MS))));
    assert.equal(changedThird.get('globex.com').rtp_journey_stage, 'Customer');
    assert.ok(newcoId);

    // The explanation.
    const explained = await tenant.request('GET', `/api/v1/accounts/${ids['acme.com']}/score`);
    assert.equal(explained.statusCode, 200, explained.raw);
    const data = explained.body.data;
    assert.equal(data.rtp_account_score, 23);
    assert.equal(data.runId, first.runId);
    assert.equal(data.computedAt, first.asOf);
    const website = data.sources.find((s: any) => s.source === 'website');
    assert.deepEqual({ score: website.score, weight: website.weight, contribution: website.contribution, raw: website.raw }, { score: 25, weight: 0.35, contribution: 8.75, raw: 25 });
    assert.deepEqual(website.topSignals.map((s: any) => [s.type, s.count, s.points]), [['form_submit', 2, 25]]);
    assert.deepEqual(data.journey, { stage: 'Aware', rule: 'aware.score', description: 'account score at or above the Aware threshold', history: [{ stage: 'Aware', enteredAt: first.asOf, rule: 'aware.score' }] });
    const globex = (await tenant.request('GET', `/api/v1/accounts/${ids['globex.com']}/score`)).body.data;
    assert.deepEqual(globex.journey.history.map((h: any) => [h.stage, h.rule]), [
      ['Opportunity', 'opportunity.open_deal'],
      ['Customer', 'customer.won_deal'],
    ]);
    assert.equal((await tenant.request('GET', `/api/v1/accounts/${ids['umbrella.com']}/score`)).body.data.journey.history.length, 0);
    assert.equal((await tenant.request('GET', '/api/v1/accounts/nope/score')).body.customMessage, 'Invalid rtp_aid format');
    assert.equal((await tenant.request('GET', '/api/v1/accounts/0123456789abcdef01234567/score')).statusCode, 404);
  });

  test('decay alone changes only the accounts whose rounded output moves, at the run that sees it', async () => {
    const tenant = await ctx().newTenant();
    const NOW = Date.now();
    const c = clock(NOW);
    const scoring = service(c);
    await pushAccounts(tenant, ['fast.com', 'flat.com']);
    await pushSignals(tenant, [
      // 40 points now: drops below 39.5 within hours.
      { source: 'g2', domain: 'fast.com', type: 'profile_view', occurredAt: iso(NOW) },
      // Capped at 20 for weeks: the decayed value stays above 20.5 for log2(2000·0.05/20.5)·7 ≈ 16 days.
      { source: 'linkedin', domain: 'flat.com', type: 'impression', occurredAt: iso(NOW), count: 2000 },
    ]);
    await run(scoring, tenant.workspaceId);
    const sync = await syncTimestamp(tenant);
    c.advance(2 * DAY_MS);
    const later = await run(scoring, tenant.workspaceId);
    assert.equal(later.counts.accountsEvaluated, 1, 'only the account with a due decay check is visited');
    const changed = await changedSince(tenant, sync);
    assert.deepEqual([...changed.keys()], ['fast.com']);
    assert.equal(changed.get('fast.com').rtp_g2_intent_score, Math.round(40 * Math.pow(2, -2 / 14)));
    c.advance(30 * DAY_MS);
    await run(scoring, tenant.workspaceId);
    const flat = (await changedSince(tenant, sync)).get('flat.com');
    assert.equal(flat.rtp_advertising_activity_score, Math.round(100 * Math.pow(2, -32 / 7)));
    assert.equal(flat.rtp_journey_stage, 'Unaware', 'no signal in the last 30 days and a score under 10');
  });

  test('dynamic segments follow score changes and account writes, in rtp_segments, member lists and delta sync', async () => {
    const tenant = await ctx().newTenant();
    const NOW = Date.now();
    const c = clock(NOW);
    const scoring = service(c);
    const field = await tenant.request('POST', '/api/v1/accounts/custom-field', { label: 'Tier', labelType: 'singleLineText' });
    assert.equal(field.statusCode, 200, field.raw);
    const ids = await pushAccounts(tenant, ['hot.com', 'cold.com']);
    const hot = await tenant.request('POST', '/api/v1/segments', { name: 'Hot', type: 'dynamic', rules: { all: [{ field: 'rtp_account_score', op: 'gte', value: 10 }] } });
    const gold = await tenant.request('POST', '/api/v1/segments', { name: 'Gold', type: 'dynamic', rules: { any: [{ field: 'TIER_C', op: 'eq', value: 'gold' }] } });
    assert.equal(hot.statusCode, 200, hot.raw);
    const hotId = hot.body.data.segmentId;
    const goldId = gold.body.data.segmentId;
    await pushSignals(tenant, [{ source: 'website', domain: 'hot.com', type: 'form_submit', occurredAt: iso(NOW), count: 2 }]);

    const sync = await syncTimestamp(tenant);
    const first = await run(scoring, tenant.workspaceId);
    assert.equal(first.counts.membershipsChanged, 1);
    const changed = await changedSince(tenant, sync);
    assert.deepEqual([...changed.keys()], ['hot.com']);
    assert.deepEqual(changed.get('hot.com').rtp_segments, [{ segmentId: hotId, name: 'Hot' }]);
    const members = await tenant.request('GET', `/api/v1/segments/${hotId}/accounts`);
    assert.deepEqual(members.body.data.data.map((a: any) => a.domain), ['hot.com']);
    assert.equal((await tenant.request('GET', `/api/v1/segments/${hotId}`)).body.data.memberCount, 1);

    // An account write re-evaluates at once, in the write's transaction: no run needed.
    const sync2 = await syncTimestamp(tenant);
    const put = await tenant.request('PUT', `/api/v1/accounts/${ids['cold.com']}`, { customFields: { TIER_C: 'Gold' } });
    assert.equal(put.statusCode, 200, put.raw);
    const afterPut = await changedSince(tenant, sync2);
    assert.deepEqual(afterPut.get('cold.com').rtp_segments, [{ segmentId: goldId, name: 'Gold' }]);
    const goldMembers = await tenant.request('GET', `/api/v1/segments/${goldId}/accounts?lastSync=${encodeURIComponent(sync2)}`);
    assert.deepEqual(goldMembers.body.data.data.map((a: any) => a.domain), ['cold.com']);
    const upsert = await tenant.request('POST', '/api/v1/accounts', { upsert: true, accounts: [{ domain: 'cold.com', name: 'Cold', customFields: { TIER_C: 'silver' } }] });
    assert.equal(upsert.statusCode, 200);
    assert.deepEqual((await tenant.request('GET', `/api/v1/accounts/${ids['cold.com']}`)).body.data.rtp_segments, []);

    // Decay takes hot.com below 10 in time: it leaves the segment, and delta sync sends it.
    const sync3 = await syncTimestamp(tenant);
    c.advance(30 * DAY_MS);
    const later = await run(scoring, tenant.workspaceId);
    assert.equal(later.counts.membershipsChanged, 1);
    const cooled = (await changedSince(tenant, sync3)).get('hot.com');
    assert.deepEqual(cooled.rtp_segments, []);
    assert.equal((await tenant.request('GET', `/api/v1/segments/${hotId}`)).body.data.memberCount, 0);

    // A rules change is applied by the next run, to every account.
    await tenant.request('PATCH', `/api/v1/segments/${hotId}`, { rules: { all: [{ field: 'rtp_journey_stage', op: 'eq', value: 'Unaware' }] } });
    await run(scoring, tenant.workspaceId);
    assert.equal((await tenant.request('GET', `/api/v1/segments/${hotId}`)).body.data.memberCount, 2);
  });

  test('account writes racing a run: every account ends in exactly the dynamic segments its fields and scores match', async () => {
    const tenant = await ctx().newTenant();
    const NOW = Date.now();
    await tenant.request('POST', '/api/v1/accounts/custom-field', { label: 'Tier', labelType: 'singleLineText' });
    const domains = Array.from({ length: 30 }, (_, i) => `race${i}.example.com`);
    const ids = await pushAccounts(tenant, domains);
    const segment = await tenant.request('POST', '/api/v1/segments', {
      name: 'Gold and engaged',
      type: 'dynamic',
      rules: { all: [{ field: 'TIER_C', op: 'eq', value: 'gold' }, { field: 'rtp_account_score', op: 'gte', value: 5 }] },
    });
    const segmentId = segment.body.data.segmentId;
    await pushSignals(tenant, domains.map((domain) => ({ source: 'website', domain, type: 'form_submit', occurredAt: iso(NOW) })));
    const scoring = service(clock(NOW));
    const started = await scoring.startRun(tenant.workspaceId, { trigger: 'cli', chunkSize: 1 });
    let finished = false;
    const done = scoring.waitForRun(tenant.workspaceId, started.run.runId).finally(() => (finished = true));
    let writes = 0;
    while (!finished || writes < 10) {
      const domain = domains[(writes * 7) % domains.length];
      const tier = writes % 3 === 0 ? 'silver' : 'gold';
      assert.equal((await tenant.request('PUT', `/api/v1/accounts/${ids[domain]}`, { customFields: { TIER_C: tier } })).statusCode, 200);
      writes += 1;
      if (writes > 200) break;
    }
    assert.equal((await done).status, 'succeeded');
    for (const domain of domains) {
      const account = (await tenant.request('GET', `/api/v1/accounts/${ids[domain]}`)).body.data;
      const expected = account.customFields.TIER_C === 'gold' && account.rtp_account_score >= 5;
      assert.equal(account.rtp_segments.some((s: { segmentId: string }) => s.segmentId === segmentId), expected, `${domain}: ${JSON.stringify(account)}`);
    }
  });

  test('settings: stored per workspace, defaults when absent; a change rebuilds every account', async () => {
    const tenant = await ctx().newTenant();
    const NOW = Date.now();
    const scoring = service(clock(NOW));
    const read = await tenant.request('GET', '/api/v1/scoring/config');
    assert.equal(read.statusCode, 200);
    assert.deepEqual(read.body.data.config, DEFAULT_SCORING_CONFIG);
    assert.deepEqual(read.body.data.overrides, {});
    await pushAccounts(tenant, ['acme.com']);
    await pushSignals(tenant, [{ source: 'website', domain: 'acme.com', type: 'page_view', occurredAt: iso(NOW), count: 5 }]);
    await run(scoring, tenant.workspaceId);
    assert.equal((await tenant.request('GET', '/api/v1/accounts')).body.data.data[0].rtp_website_intent_score, 10);

    const overrides = { sources: { website: { types: { page_view: { increment: 4 } } } } };
    const put = await tenant.request('PUT', '/api/v1/scoring/config', overrides);
    assert.equal(put.statusCode, 200, put.raw);
    assert.equal(put.body.data.config.sources.website.types.page_view.increment, 4);
    assert.deepEqual(put.body.data.overrides, overrides);
    const rebuilt = await run(scoring, tenant.workspaceId);
    assert.equal(rebuilt.mode, 'full');
    const account = (await tenant.request('GET', '/api/v1/accounts')).body.data.data[0];
    assert.equal(account.rtp_website_intent_score, 20);
    assert.equal(account.rtp_account_score, 7);

    const bad = await tenant.request('PUT', '/api/v1/scoring/config', { sources: { website: { weight: -1, colour: 'red' } } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body.customMessage, /weight must not be less than 0/);
    assert.match(bad.body.customMessage, /property colour should not exist/);
    assert.deepEqual(resolveScoringConfig(overrides).sources.website.types.page_view.increment, 4);
  });

  test('POST and GET /scoring/runs: one run at a time; the answer to a second start is the running one', async () => {
    const tenant = await ctx().newTenant();
    await pushAccounts(tenant, Array.from({ length: 30 }, (_, i) => `a${i}.example.com`));
    const scoring = ctx().services.scoring;
    const first = await scoring.startRun(tenant.workspaceId, { trigger: 'api', chunkSize: 1, pauseMs: 20 });
    const reply = await tenant.request('POST', '/api/v1/scoring/runs', {});
    assert.equal(reply.statusCode, 200, reply.raw);
    assert.equal(reply.body.data.started, false);
    assert.equal(reply.body.data.runId, first.run.runId);
    assert.equal(reply.body.data.status, 'running');
    await scoring.waitForRun(tenant.workspaceId, first.run.runId);

    const started = await tenant.request('POST', '/api/v1/scoring/runs');
    assert.equal(started.statusCode, 200, started.raw);
    assert.equal(started.body.data.started, true);
    assert.equal(started.body.data.trigger, 'api');
    await scoring.waitForRun(tenant.workspaceId, started.body.data.runId);
    const list = await tenant.request('GET', '/api/v1/scoring/runs?limit=1');
    assert.equal(list.statusCode, 200);
    assert.equal(list.body.data.data[0].runId, started.body.data.runId, 'newest first');
    assert.equal(list.body.data.data[0].status, 'succeeded');
    assert.equal(list.body.data.hasNextPage, true);
    const next = await tenant.request('GET', `/api/v1/scoring/runs?limit=1&cursor=${list.body.data.nextCursor}`);
    assert.equal(next.body.data.data[0].runId, first.run.runId);
    assert.deepEqual(next.body.data.data[0].counts, { accountsEvaluated: 30, accountsTotal: 30, accountsChanged: 0, signalsRead: 0, membershipsChanged: 0 });
    assert.ok(next.body.data.data[0].durationMs >= 0);
    assert.equal((await tenant.request('GET', '/api/v1/scoring/runs?cursor=zzz')).body.customMessage, 'Invalid cursor');
  });

  test('two processes started together run once; the other answers the running run', async () => {
    const tenant = await ctx().newTenant();
    await pushAccounts(tenant, Array.from({ length: 10 }, (_, i) => `p${i}.example.com`));
    const [a, b] = [service(clock(Date.now())), service(clock(Date.now()))];
    const results = await Promise.all([a, b].map((s) => s.startRun(tenant.workspaceId, { trigger: 'cli', chunkSize: 2, pauseMs: 10 })));
    assert.deepEqual(results.map((r) => r.started).sort(), [false, true]);
    assert.equal(results[0].run.runId, results[1].run.runId);
    const views = await Promise.all(results.map((r, i) => [a, b][i].waitForRun(tenant.workspaceId, r.run.runId)));
    assert.deepEqual(views.map((v) => v.status), ['succeeded', 'succeeded']);
    const runs = await tenant.request('GET', '/api/v1/scoring/runs');
    assert.equal(runs.body.data.data.length, 1);
  });

  test('schedule ticks: several processes ticking together start one run per tick', async () => {
    const tenant = await ctx().newTenant();
    await pushAccounts(tenant, ['tick.com']);
    const tick = Date.UTC(2026, 10, 27, 17, 15);
    const [a, b] = [service(clock(Date.now())), service(clock(Date.now()))];
    const first = await a.runScheduledTick(tick);
    const second = await b.runScheduledTick(tick);
    const mine = (views: Awaited<ReturnType<ScoringService['runScheduledTick']>>) => views.filter((v) => v.trigger === 'schedule');
    const runs = (await tenant.request('GET', '/api/v1/scoring/runs')).body.data.data.filter((r: any) => r.trigger === 'schedule');
    assert.equal(runs.length, 1, 'one run for this workspace and tick');
    assert.ok(mine(first).length >= 1);
    assert.equal(second.length, 0, 'the second process found the tick taken');
    assert.equal((await b.runScheduledTick(tick + 15 * 60_000)).length > 0, true, 'the next tick runs');
  });

  test('a run stopped mid-way is continued by the next one, which then completes it correctly', async () => {
    const tenant = await ctx().newTenant();
    const NOW = Date.now();
    const domains = Array.from({ length: 12 }, (_, i) => `r${String(i).padStart(2, '0')}.example.com`);
    await pushAccounts(tenant, domains);
    await pushSignals(
      tenant,
      domains.map((domain, i) => ({ source: 'website', domain, type: 'page_view', occurredAt: iso(NOW - i * 1000), count: i + 1 })),
    );
    const sync = await syncTimestamp(tenant);
    let chunks = 0;
    const interrupted: ScoringService = service(clock(NOW), {
      onChunk: () => {
        chunks += 1;
        if (chunks === 2) void interrupted.stop();
      },
    });
    const started = await interrupted.startRun(tenant.workspaceId, { trigger: 'cli', chunkSize: 3 });
    const stopped = await interrupted.waitForRun(tenant.workspaceId, started.run.runId);
    assert.equal(stopped.status, 'interrupted');
    assert.equal(stopped.counts.accountsEvaluated, 6);

    const resuming = service(clock(NOW + 60_000));
    const resumed = await resuming.startRun(tenant.workspaceId, { trigger: 'cli', chunkSize: 3 });
    assert.equal(resumed.run.runId, stopped.runId, 'the unfinished run is continued, not restarted');
    const done = await resuming.waitForRun(tenant.workspaceId, resumed.run.runId);
    assert.equal(done.status, 'succeeded');
    assert.equal(done.resumes, 1);
    assert.equal(done.counts.accountsEvaluated, 12);
    assert.equal(done.counts.accountsChanged, 12);
    assert.equal(done.asOf, stopped.asOf, 'scores are computed for the run’s own time throughout');
    const changed = await changedSince(tenant, sync);
    for (const [i, domain] of domains.entries()) assert.equal(changed.get(domain)?.rtp_website_intent_score, 2 * (i + 1), domain);
    assert.equal((await run(service(clock(NOW + 120_000)), tenant.workspaceId)).counts.accountsChanged, 0);
  });
});
