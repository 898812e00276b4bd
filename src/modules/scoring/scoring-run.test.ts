import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { sequenceGaps } from './scoring-run.js';

test('sequenceGaps: the open intervals of (from, to] that a previous run did not stamp itself', () => {
  assert.deepEqual(sequenceGaps(10, 20, []), [[10, 21]]);
  assert.deepEqual(sequenceGaps(10, 20, [[11, 15]]), [[15, 21]]);
  assert.deepEqual(sequenceGaps(10, 20, [[12, 13], [16, 20]]), [[10, 12], [13, 16]]);
  assert.deepEqual(sequenceGaps(10, 20, [[11, 20]]), []);
  assert.deepEqual(sequenceGaps(10, 20, [[25, 30]]), [[10, 21]]);
});

test('sequenceGaps covers exactly the numbers in (from, to] outside the ranges', () => {
  const ranges = fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 10 })).map(([a, n]): [number, number] => [a, a + n]), { maxLength: 5 });
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 40 }), ranges, (from, length, owned) => {
      // Ranges a run stamps never overlap one another.
      const disjoint: Array<[number, number]> = [];
      for (const r of [...owned].sort((a, b) => a[0] - b[0])) if (!disjoint.some(([a, b]) => r[0] <= b && r[1] >= a)) disjoint.push(r);
      const to = from + length;
      const inGaps = new Set<number>();
      for (const [low, high] of sequenceGaps(from, to, disjoint)) for (let s = low + 1; s < high; s += 1) inGaps.add(s);
      for (let s = 0; s <= to + 12; s += 1) {
        const expected = s > from && s <= to && !disjoint.some(([a, b]) => s >= a && s <= b);
        assert.equal(inGaps.has(s), expected, `seq ${s}`);
      }
    }),
  );
});
