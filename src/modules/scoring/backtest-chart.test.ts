import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decileChartSvg } from './backtest-chart.js';
import { addToTable, emptyTable, liftByDecile } from './backtest-stats.js';

test('the decile chart: one bar per decile, taller for more lift, the no-prediction line, the title escaped', () => {
  const table = emptyTable();
  for (let i = 0; i < 100; i += 1) addToTable(table, 99 - i, i < 10);
  const svg = decileChartSvg(liftByDecile(table), 'Lift <demo> & more');
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, /Lift &lt;demo&gt; &amp; more/);
  const heights = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)"/g)].map((m) => Number(m[1]));
  assert.equal(heights.length, 10);
  assert.ok(heights[0] > 0 && heights.slice(1).every((h) => h === 0), heights.join(','));
  assert.match(svg, /no prediction \(lift 1\)/);
  assert.match(svg, /decile 1: lift 10\.00, 10 positives of 10/);
});
