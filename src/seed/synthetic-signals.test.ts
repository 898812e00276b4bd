import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planSignalBatch } from '../modules/signals/signal-batch.js';
import { syntheticSignal, syntheticSignals } from './synthetic-signals.js';

const NOW = Date.parse('2026-05-01T12:00:00Z');
const POOL = Array.from({ length: 400 }, (_, i) => `account-${i}.com`);

describe('synthetic signals', () => {
  test('deterministic per (seed, index), and a different seed gives different data', () => {
    const options = { seed: 7, pool: POOL, now: NOW };
    assert.deepEqual(syntheticSignal(123, options), syntheticSignal(123, options));
    assert.deepEqual([...syntheticSignals(5, { ...options, start: 120 })][3], syntheticSignal(123, options));
    assert.notDeepEqual(syntheticSignal(123, { ...options, seed: 8 }), syntheticSignal(123, options));
  });

  test('every signal is valid for the API, in the last eight weeks, with a seeded id', () => {
    const signals = [...syntheticSignals(5000, { seed: 1, pool: POOL, now: NOW })];
    const plan = planSignalBatch(signals, new Set());
    const failed = plan.results.filter((r) => r.status === 'failed');
    assert.deepEqual(failed, []);
    for (const signal of signals) {
      const at = Date.parse(signal.occurredAt);
      assert.ok(at <= NOW && at >= NOW - 57 * 86_400_000, signal.occurredAt);
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
});
