import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planSignalBatch } from '../modules/signals/signal-batch.js';
import { DEFAULT_SCORING_CONFIG } from '../modules/scoring/scoring-config.js';
import { scoreSignals, type ScoringSignal } from '../modules/scoring/scoring-model.js';
import { aucOf, addToTable, emptyTable } from '../modules/scoring/backtest-stats.js';
import { syntheticDeals } from './synthetic-deals.js';
import { buyingMoment, DEFAULT_SIGNAL_LEAD_DAYS } from './synthetic-sales.js';
import { signalWindowDays, syntheticSignal, syntheticSignals } from './synthetic-signals.js';

const NOW = Date.parse('2026-05-01T12:00:00Z');
const POOL = Array.from({ length: 400 }, (_, i) => `account-${i}.com`);

describe('synthetic signals', () => {
  test('deterministic per (seed, index), and a different seed gives different data', () => {
    const options = { seed: 7, pool: POOL, now: NOW };
    assert.deepEqual(syntheticSignal(123, options), syntheticSignal(123, options));
    assert.deepEqual([...syntheticSignals(5, { ...options, start: 120 })][3], syntheticSignal(123, options));
    assert.notDeepEqual(syntheticSignal(123, { ...options, seed: 8 }), syntheticSignal(123, options));
  });

  test('every signal is valid for the API, in the window (180 days of deals and the lead before them), with a seeded id', () => {
    const signals = [...syntheticSignals(5000, { seed: 1, pool: POOL, now: NOW })];
    const plan = planSignalBatch(signals, new Set());
    const failed = plan.results.filter((r) => r.status === 'failed');
    assert.deepEqual(failed, []);
    for (const signal of signals) {
      const at = Date.parse(signal.occurredAt);
      assert.ok(at <= NOW && at >= NOW - signalWindowDays(DEFAULT_SIGNAL_LEAD_DAYS) * 86_400_000, signal.occurredAt);
      assert.match(signal.externalSignalId!, /^seed-1-/);
      if (signal.source === 'bombora') assert.equal(new Date(at).getUTCDay(), 1, 'surges are weekly, from Monday');
    }
  });

  test('skewed: a few hot accounts get most signals; some come from companies that are not accounts', () => {
    const counts = new Map<string, number>();
    let unknown = 0;
    const sources = new Map<string, number>();
    for (const signal of syntheticSignals(20_000, { seed: 3, pool: POOL, now: NOW })) {
      if (POOL.includes(signal.domain)) counts.set(signal.domain, (counts.get(signal.domain) ?? 0) + 1);
      else unknown += 1;
      sources.set(signal.source, (sources.get(signal.source) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)];
    assert.ok(sorted[0] > 8 * median, `hottest ${sorted[0]} vs median ${median}`);
    assert.ok(unknown > 1000 && unknown < 2500, `unknown ${unknown}`);
    assert.deepEqual([...sources.keys()].sort(), ['bombora', 'g2', 'linkedin', 'website']);
  });

  test('without accounts every signal comes from an unknown company', () => {
    const signals = [...syntheticSignals(50, { seed: 1, pool: [], now: NOW })];
    assert.ok(signals.every((s) => !s.domain.startsWith('account-')));
  });

  test('--signal-lead: most signals fall in the lead before their account\'s buying moment; with 0, only by chance, at uniform times', () => {
    const lead = 60;
    const leadingShare = (leadDays: number) => {
      let leading = 0;
      let known = 0;
      for (const signal of syntheticSignals(5000, { seed: 2, pool: POOL, now: NOW, leadDays })) {
        if (!POOL.includes(signal.domain)) continue;
        known += 1;
        const before = buyingMoment(2, signal.domain, NOW, lead) - Date.parse(signal.occurredAt);
        // Bombora rows move to their week's Monday: up to six days earlier.
        if (before >= 0 && before <= (lead + 7) * 86_400_000) leading += 1;
      }
      return leading / known;
    };
    // Hot and warm accounts (70 % of the signals) and a quarter of the tail are in market; 75 % of
    // their signals lead to their moment, and some background noise falls in the lead by chance.
    assert.ok(leadingShare(lead) > 0.6, `with the lead: ${leadingShare(lead)}`);
    assert.ok(leadingShare(0) < 0.45, `independent: ${leadingShare(0)}`);
    const ages = [...syntheticSignals(5000, { seed: 2, pool: POOL, now: NOW, leadDays: 0 })].map((s) => (NOW - Date.parse(s.occurredAt)) / 86_400_000);
    assert.ok(ages.every((a) => a >= 0 && a <= 180));
    const firstHalf = ages.filter((a) => a < 90).length;
    assert.ok(Math.abs(firstHalf / ages.length - 0.5) < 0.05, `${firstHalf} of ${ages.length} in the last 90 days`);
  });

  test('scored 90 days ago, the seeded signals rank the accounts whose deals opened since: AUC well above 0.5 with a lead, about 0.5 without', () => {
    const pool = Array.from({ length: 1000 }, (_, i) => `account-${i}.com`);
    const asOf = NOW - 90 * 86_400_000;
    const aucFor = (leadDays: number) => {
      const signals = new Map<string, ScoringSignal[]>();
      for (const s of syntheticSignals(40_000, { seed: 1, pool, now: NOW, leadDays })) {
        const at = Date.parse(s.occurredAt);
        if (at <= asOf) signals.set(s.domain, [...(signals.get(s.domain) ?? []), { source: s.source, type: s.type, occurredAt: at, count: s.count ?? 1, topic: s.topic, score: s.score }]);
      }
      const opened = new Set<string>();
      for (const { deal } of syntheticDeals(300, { seed: 1, pool, now: NOW, leadDays })) {
        const start = Date.parse(deal.startDate!);
        if (start > asOf && start <= NOW) opened.add(deal.associatedAccounts![0].domain!);
      }
      const table = emptyTable();
      for (const domain of pool) addToTable(table, scoreSignals(DEFAULT_SCORING_CONFIG, signals.get(domain) ?? [], asOf).accountScore, opened.has(domain));
      return aucOf(table)!;
    };
    const led = aucFor(DEFAULT_SIGNAL_LEAD_DAYS);
    const independent = aucFor(0);
    assert.ok(led > 0.65, `with the lead: ${led}`);
    assert.ok(Math.abs(independent - 0.5) < 0.06, `independent: ${independent}`);
  });
});
