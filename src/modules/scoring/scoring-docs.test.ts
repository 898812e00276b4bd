import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { DEFAULT_SCORING_CONFIG } from './scoring-config.js';
import { DAY_MS, journeyStage, scoreSignals } from './scoring-model.js';
import { ScoringService } from './scoring.service.js';

// The worked example of docs/scoring.md §4, read from the document itself: every number the
// document states is checked here, so the two cannot drift apart.

interface WorkedExample {
  at: string;
  domain: string;
  signals: Array<{ source: string; type: string; occurredAt: string; count?: number; topic?: string; score?: number }>;
  salesCalls: string[];
  expected: Record<string, number | string> & { contributions: Record<string, number> };
}

function workedExample(): WorkedExample {
  const doc = readFileSync(new URL('../../../docs/scoring.md', import.meta.url), 'utf8');
  const match = /```json worked-example\n([\s\S]*?)\n```/.exec(doc);
  assert.ok(match, 'docs/scoring.md has a ```json worked-example block');
  return JSON.parse(match[1]) as WorkedExample;
}

test('docs/scoring.md worked example: the pure model gives every number the document states', () => {
  const example = workedExample();
  const at = Date.parse(example.at);
  const result = scoreSignals(
    DEFAULT_SCORING_CONFIG,
    example.signals.map((s) => ({ ...s, occurredAt: Date.parse(s.occurredAt), count: s.count ?? 1 })),
    at,
  );
  const calls = example.salesCalls.map(Date.parse).filter((t) => t >= at - 30 * DAY_MS).length;
  const lastSignalAt = Math.max(...example.signals.map((s) => Date.parse(s.occurredAt)));
  const journey = journeyStage(DEFAULT_SCORING_CONFIG.journey, result.accountScore, { hasWonDeal: false, hasOpenDeal: false, activitiesInWindow: calls, lastSignalAt }, at);
  assert.deepEqual(
    {
      rtp_website_intent_score: result.scores.website,
      rtp_g2_intent_score: result.scores.g2,
      rtp_advertising_activity_score: result.scores.linkedin,
      rtp_bombora_intent_score: result.scores.bombora,
      rtp_account_score: result.accountScore,
      rtp_journey_stage: journey.stage,
      rule: journey.rule,
    },
    Object.fromEntries(Object.entries(example.expected).filter(([key]) => key !== 'contributions')),
  );
  // The intermediate values the prose quotes.
  assert.equal(result.raw.website.toFixed(4), '26.2596');
  assert.equal(result.raw.g2.toFixed(4), '53.1184');
  assert.equal(result.raw.linkedin.toFixed(4), '28.9090');
  assert.equal(result.raw.bombora.toFixed(4), '36.8333');
});

describeEachEngine('docs/scoring.md worked example through the API and a run', (engine) => {
  const ctx = useTestApp(engine);

  test('the account, its explanation and its stage match the document', async () => {
    const example = workedExample();
    const tenant = await ctx().newTenant();
    const created = await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: example.domain, name: 'Acme Corp' }] });
    const id = created.body.data.results[0].rtp_aid;
    const pushed = await tenant.request('POST', '/api/v1/signals', { signals: example.signals.map((s) => ({ ...s, domain: example.domain })) });
    assert.equal(pushed.body.data.summary.created, example.signals.length, pushed.raw);
    const calls = await tenant.request('POST', '/api/v1/sales-activities', {
      activities: example.salesCalls.map((occurredAt, i) => ({
        externalActivityId: `call-${i}`,
        activityType: 'call',
        occurredAt,
        domain: example.domain,
        ownerEmail: 'rep@example.com',
        contacts: [{ email: 'buyer@acme.com' }],
      })),
    });
    assert.equal(calls.statusCode, 200, calls.raw);

    const scoring = new ScoringService(ctx().database, { now: () => Date.parse(example.at) });
    const started = await scoring.startRun(tenant.workspaceId, { trigger: 'cli' });
    const run = await scoring.waitForRun(tenant.workspaceId, started.run.runId);
    await scoring.stop();
    assert.equal(run.status, 'succeeded');
    assert.equal(run.asOf, example.at);

    const account = (await tenant.request('GET', `/api/v1/accounts/${id}`)).body.data;
    const { rule, contributions, ...fields } = example.expected;
    for (const [field, value] of Object.entries(fields)) assert.equal(account[field], value, field);
    const explained = (await tenant.request('GET', `/api/v1/accounts/${id}/score`)).body.data;
    assert.equal(explained.journey.rule, rule);
    assert.equal(explained.computedAt, example.at);
    assert.deepEqual(Object.fromEntries(explained.sources.map((s: { source: string; contribution: number }) => [s.source, s.contribution])), contributions);
    const bombora = explained.sources.find((s: { source: string }) => s.source === 'bombora');
    assert.equal(bombora.latestWeek, '2026-04-20T00:00:00.000Z');
    assert.deepEqual(bombora.topSignals, [
      { topic: 'CRM', score: 85 },
      { topic: 'Sales Automation', score: 72 },
      { topic: 'Data Warehousing', score: 64 },
    ]);
  });
});
