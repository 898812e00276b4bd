import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAjv } from '../http/validation.js';
import { CreatePipelinesBody } from '../modules/deal-stages/deal-stages.schema.js';
import { classifyDealStage } from '../modules/deals/deal-stage-status.js';
import { planDealBatch } from '../modules/deals/deal-batch.js';
import { PushDealsBody } from '../modules/deals/deals.schema.js';
import { buyingMoment, companyName, currencyOf, DEFAULT_SIGNAL_LEAD_DAYS } from './synthetic-sales.js';
import { pipelineDefinition, SEED_PIPELINES, syntheticDeal, syntheticDeals } from './synthetic-deals.js';

const NOW = Date.parse('2026-05-01T12:00:00Z');
const POOL = Array.from({ length: 400 }, (_, i) => `account-${i}.com`);

describe('synthetic deals', () => {
  test('deterministic per (seed, index) and per day; a different seed gives different deals', () => {
    const options = { seed: 7, pool: POOL, now: NOW };
    assert.deepEqual(syntheticDeal(42, options), syntheticDeal(42, options));
    assert.deepEqual([...syntheticDeals(5, { ...options, start: 40 })][2], syntheticDeal(42, options));
    assert.deepEqual(syntheticDeal(42, { ...options, now: NOW + 3_600_000 }), syntheticDeal(42, options), 'same day, same deal');
    assert.equal(syntheticDeal(42, options).deal.externalDealId, 'seed-7-deal-42');
    assert.notDeepEqual(syntheticDeal(42, { ...options, seed: 8 }).deal, { ...syntheticDeal(42, options).deal, externalDealId: 'seed-8-deal-42' });
  });

  test('every deal and every step of its progression is valid for POST /deals; pipelines for POST /deal-stages', () => {
    const ajv = createAjv('body');
    const validDeals = ajv.compile(PushDealsBody);
    const deals = [...syntheticDeals(2000, { seed: 1, pool: POOL, now: NOW })];
    for (let i = 0; i < deals.length; i += 100) {
      const body = { deals: deals.slice(i, i + 100).map((d) => d.deal) };
      assert.ok(validDeals(body), JSON.stringify(validDeals.errors));
    }
    assert.ok(ajv.compile(CreatePipelinesBody)({ pipelines: SEED_PIPELINES.map(pipelineDefinition) }));
    const plan = planDealBatch(deals.slice(0, 100).map((d) => d.deal), new Map(), new Map(), NOW, () => 'id');
    assert.deepEqual(plan.results.filter((r) => r.status === 'failed'), []);

    const stageIds = new Map(SEED_PIPELINES.map((p) => [p.pipelineId, new Set(pipelineDefinition(p).stages.map((s) => s.stageId))]));
    for (const { deal, stages, outcome } of deals) {
      assert.ok(stages.length >= 1);
      assert.equal(new Set(stages.map((s) => s.stageId)).size, stages.length, 'no stage twice in a row or later');
      assert.ok(stages.every((s) => stageIds.get(deal.pipelineId!)!.has(s.stageId)), `${deal.pipelineId}: ${stages.map((s) => s.stageId)}`);
      assert.equal(stages[stages.length - 1].stageId, deal.stageId);
      assert.equal(classifyDealStage(deal.stageLabel ?? null), outcome, 'the journey rules read the outcome from the label');
      assert.ok(stages.slice(0, -1).every((s) => classifyDealStage(s.stageLabel) === 'open'), 'closed only at the end');
      const start = Date.parse(deal.startDate!);
      assert.ok(start < NOW && start >= Math.floor(NOW / 86_400_000) * 86_400_000 - 180 * 86_400_000, deal.startDate!);
      if (outcome === 'open') assert.equal(deal.closedDate, undefined);
      else assert.ok(Date.parse(deal.closedDate!) >= start && Date.parse(deal.closedDate!) <= NOW, `${deal.startDate} → ${deal.closedDate}`);
      assert.match(deal.ownerEmail!, /@intentbase-demo\.com$/);
    }
  });

  test('a realistic spread: open, won and lost deals, long-tailed amounts, mostly hot accounts, a few unknown companies', () => {
    const deals = [...syntheticDeals(5000, { seed: 3, pool: POOL, now: NOW })];
    const outcomes = { open: 0, won: 0, lost: 0 };
    for (const d of deals) outcomes[d.outcome] += 1;
    assert.ok(outcomes.open > 1000 && outcomes.won > 600 && outcomes.lost > 1000, JSON.stringify(outcomes));
    assert.ok(deals.some((d) => d.stages.length >= 4), 'some deals moved through several stages');

    const amounts = deals.map((d) => d.deal.amount!).sort((a, b) => a - b);
    const median = amounts[amounts.length >> 1];
    assert.ok(median > 10_000 && median < 60_000, `median ${median}`);
    assert.ok(amounts[amounts.length - 1] > 10 * median, `largest ${amounts[amounts.length - 1]} vs median ${median}`);

    const perAccount = new Map<string, number>();
    let unknown = 0;
    for (const d of deals) {
      const domain = d.deal.associatedAccounts![0].domain!;
      if (POOL.includes(domain)) perAccount.set(domain, (perAccount.get(domain) ?? 0) + 1);
      else unknown += 1;
    }
    assert.ok(unknown > 100 && unknown < 400, `unknown ${unknown}`);
    const counts = [...perAccount.values()].sort((a, b) => b - a);
    assert.ok(counts[0] > 5 * counts[counts.length >> 1], `busiest ${counts[0]} vs median ${counts[counts.length >> 1]}`);
    assert.deepEqual(new Set(deals.map((d) => d.deal.pipelineId)), new Set(SEED_PIPELINES.map((p) => p.pipelineId)));
  });

  test('without accounts every deal is for a company that is not an account', () => {
    assert.ok([...syntheticDeals(50, { seed: 1, pool: [], now: NOW })].every((d) => !d.deal.associatedAccounts![0].domain!.startsWith('account-')));
  });

  test('company names and currencies read off domains', () => {
    assert.equal(companyName('bluepeak-analytics.co.uk'), 'Bluepeak Analytics');
    assert.equal(companyName('eu.acme.com'), 'Acme');
    assert.equal(companyName('acme.io'), 'Acme');
    assert.deepEqual(['acme.de', 'acme.co.uk', 'acme.com.au', 'acme.com'].map(currencyOf), ['EUR', 'GBP', 'AUD', 'USD']);
  });

  test('start dates spread over the last 180 days; a deal opens within a week after its account\'s buying moment, unless --signal-lead is 0', () => {
    const today = Math.floor(NOW / 86_400_000) * 86_400_000;
    const deals = [...syntheticDeals(3000, { seed: 2, pool: POOL, now: NOW })];
    const ages = deals.map((d) => (today - Date.parse(d.deal.startDate!)) / 86_400_000);
    assert.ok(ages.every((a) => a >= 1 && a <= 180), `${Math.min(...ages)}–${Math.max(...ages)}`);
    for (const [from, to] of [[0, 60], [60, 120], [120, 181]]) {
      const share = ages.filter((a) => a >= from && a < to).length / ages.length;
      assert.ok(share > 0.2 && share < 0.45, `${from}–${to} days: ${share}`);
    }
    const known = deals.filter((d) => POOL.includes(d.deal.associatedAccounts![0].domain!));
    const atMoment = known.filter((d) => {
      const after = Date.parse(d.deal.startDate!) - buyingMoment(2, d.deal.associatedAccounts![0].domain!, NOW, DEFAULT_SIGNAL_LEAD_DAYS);
      return after >= 0 && after <= 7 * 86_400_000;
    });
    assert.ok(atMoment.length / known.length > 0.95, `${atMoment.length} of ${known.length} at their moment`);
    const independent = [...syntheticDeals(3000, { seed: 2, pool: POOL, now: NOW, leadDays: 0 })];
    const independentAtMoment = independent.filter((d) => {
      const domain = d.deal.associatedAccounts![0].domain!;
      const after = Date.parse(d.deal.startDate!) - buyingMoment(2, domain, NOW, DEFAULT_SIGNAL_LEAD_DAYS);
      return POOL.includes(domain) && after >= 0 && after <= 7 * 86_400_000;
    });
    assert.ok(independentAtMoment.length / independent.length < 0.1, `${independentAtMoment.length} independent deals at a moment`);
  });
});
