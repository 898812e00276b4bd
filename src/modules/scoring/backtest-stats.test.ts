import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { SeededRandom } from '../../seed/seeded-random.js';
import { addToTable, aucOf, bootstrapAuc, emptyTable, liftByDecile, poissonDraw, quantile, scoreReport, topShare, type ScoreTable } from './backtest-stats.js';

function tableOf(rows: Array<[score: number, positive: boolean]>): ScoreTable {
  const table = emptyTable();
  for (const [score, positive] of rows) addToTable(table, score, positive);
  return table;
}

/** The AUC by its definition: over every (positive, negative) pair. */
function pairwiseAuc(rows: Array<[number, boolean]>): number | null {
  const pos = rows.filter((r) => r[1]).map((r) => r[0]);
  const neg = rows.filter((r) => !r[1]).map((r) => r[0]);
  if (pos.length === 0 || neg.length === 0) return null;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

describe('backtest statistics', () => {
  test('AUC: 1 for a perfect ranking, 0 for a reversed one, 0.5 when every score ties, null with one class', () => {
    assert.equal(aucOf(tableOf([[90, true], [80, true], [10, false], [0, false]])), 1);
    assert.equal(aucOf(tableOf([[0, true], [90, false]])), 0);
    assert.equal(aucOf(tableOf([[5, true], [5, false], [5, false]])), 0.5);
    assert.equal(aucOf(tableOf([[5, true], [7, true]])), null);
    assert.equal(aucOf(emptyTable()), null);
  });

  test('AUC from the table equals the pairwise definition (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.boolean()), { maxLength: 60 }), (rows) => {
        const expected = pairwiseAuc(rows);
        const actual = aucOf(tableOf(rows));
        if (expected === null) assert.equal(actual, null);
        else assert.ok(Math.abs(actual! - expected) < 1e-12, `${actual} vs ${expected}`);
      }),
    );
  });

  test('a score out of 0–100 or not an integer is refused', () => {
    assert.throws(() => addToTable(emptyTable(), 101, true), RangeError);
    assert.throws(() => addToTable(emptyTable(), 2.5, true), RangeError);
  });

  test('Poisson draws have the mean and variance of their law, small and large means', () => {
    const rng = new SeededRandom(42);
    for (const mean of [0.3, 4, 25, 400, 90_000]) {
      const draws = Array.from({ length: 20_000 }, () => poissonDraw(rng, mean));
      const m = draws.reduce((a, b) => a + b, 0) / draws.length;
      const v = draws.reduce((a, b) => a + (b - m) ** 2, 0) / (draws.length - 1);
      // Standard error of the mean is sqrt(mean/20000): five of them is far from chance.
      assert.ok(Math.abs(m - mean) < 5 * Math.sqrt(mean / draws.length), `mean ${m} for ${mean}`);
      assert.ok(Math.abs(v / mean - 1) < 0.1, `variance ${v} for ${mean}`);
      assert.ok(draws.every((d) => Number.isInteger(d) && d >= 0));
    }
    assert.equal(poissonDraw(rng, 0), 0);
  });

  test('the bootstrap interval is reproducible from its seed, contains the AUC and narrows with more accounts', () => {
    const rng = new SeededRandom(7);
    const sample = (n: number) => {
      const table = emptyTable();
      for (let i = 0; i < n; i += 1) {
        const positive = rng.next() < 0.2;
        addToTable(table, Math.min(100, Math.floor(rng.next() * 60 + (positive ? 25 : 0))), positive);
      }
      return table;
    };
    const small = sample(400);
    const large = sample(40_000);
    const a = bootstrapAuc(small, { seed: 3 })!;
    assert.deepEqual(bootstrapAuc(small, { seed: 3 }), a);
    assert.notDeepEqual(bootstrapAuc(small, { seed: 4 }), a);
    const auc = aucOf(small)!;
    assert.ok(a.low < auc && auc < a.high, `${a.low} < ${auc} < ${a.high}`);
    const b = bootstrapAuc(large, { seed: 3 })!;
    assert.ok(b.high - b.low < (a.high - a.low) / 5, `${b.high - b.low} vs ${a.high - a.low}`);
    assert.equal(bootstrapAuc(tableOf([[1, true]])), null);
  });

  test('with no relationship, the 95 % interval holds 0.5 about 95 % of the time', () => {
    const rng = new SeededRandom(11);
    let covered = 0;
    const trials = 200;
    for (let t = 0; t < trials; t += 1) {
      const table = emptyTable();
      for (let i = 0; i < 500; i += 1) addToTable(table, Math.floor(rng.next() * 101), rng.next() < 0.3);
      const interval = bootstrapAuc(table, { seed: t, replicates: 400 })!;
      if (interval.low <= 0.5 && 0.5 <= interval.high) covered += 1;
    }
    // Binomial(200, 0.95): below 180 or at 200 would be far outside chance.
    assert.ok(covered >= 180 && covered < 200, `covered ${covered} of ${trials}`);
  });

  test('deciles: equal parts of the ranking, ties split pro rata, lift against the base rate', () => {
    // 20 accounts: scores 19…0, the top four positive.
    const rows: Array<[number, boolean]> = Array.from({ length: 20 }, (_, i) => [19 - i, i < 4]);
    const deciles = liftByDecile(tableOf(rows));
    assert.deepEqual(deciles.map((d) => d.accounts), Array(10).fill(2));
    assert.deepEqual(deciles.map((d) => d.positives), [2, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert.equal(deciles[0].lift, 5);
    assert.deepEqual([deciles[0].maxScore, deciles[0].minScore], [19, 18]);
    // One tie group of ten accounts, three positive: every decile gets 0.3 expected positives.
    const tied = liftByDecile(tableOf(Array.from({ length: 10 }, (_, i) => [50, i < 3] as [number, boolean])));
    assert.ok(tied.every((d) => d.accounts === 1 && Math.abs(d.positives - 0.3) < 1e-9 && d.lift === 1));
    assert.deepEqual(liftByDecile(emptyTable()).map((d) => d.accounts), Array(10).fill(0));
  });

  test('top shares: precision and recall of the top 10 % and 20 %', () => {
    const rows: Array<[number, boolean]> = Array.from({ length: 50 }, (_, i) => [100 - i, i % 5 === 0]);
    const top10 = topShare(tableOf(rows), 0.1);
    assert.deepEqual(top10, { share: 0.1, accounts: 5, positives: 1, precision: 0.2, recall: 0.1 });
    const report = scoreReport(tableOf(rows), { replicates: 50 });
    assert.equal(report.accounts, 50);
    assert.equal(report.positives, 10);
    assert.deepEqual(report.top.map((t) => t.share), [0.1, 0.2]);
    assert.equal(report.deciles.length, 10);
  });

  test('quantile interpolates between order statistics', () => {
    assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
    assert.equal(quantile([1, 2, 3, 4], 0), 1);
    assert.equal(quantile([1, 2, 3, 4], 1), 4);
  });
});
