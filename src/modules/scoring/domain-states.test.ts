import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_SCORING_CONFIG, resolveScoringConfig, SOURCE_TYPES } from './scoring-config.js';
import { DomainStates } from './domain-states.js';
import { DAY_MS, evaluateAccount, scoringLayout, stateOfSignals, type ScoringSignal } from './scoring-model.js';

const NOW = Date.UTC(2026, 3, 27);
const signal = fc.oneof(
  fc.constantFrom(...(['website', 'g2', 'linkedin'] as const)).chain((source) =>
    fc.record({
      source: fc.constant<string>(source),
      type: fc.constantFrom(...SOURCE_TYPES[source], 'unknown_type'),
      occurredAt: fc.integer({ min: NOW - 90 * DAY_MS, max: NOW + DAY_MS }),
      ingestedAt: fc.integer({ min: NOW - 90 * DAY_MS, max: NOW }),
      count: fc.integer({ min: 1, max: 500 }),
      topic: fc.constant<string | null>(null),
      score: fc.constant<number | null>(null),
    }),
  ),
  fc.record({
    source: fc.constant('bombora'),
    type: fc.constant('surge'),
    occurredAt: fc.integer({ min: NOW - 30 * DAY_MS, max: NOW }),
    ingestedAt: fc.constant(NOW),
    count: fc.constant(1),
    topic: fc.constantFrom('a', 'b', 'c', 'd', null),
    score: fc.integer({ min: 0, max: 100 }),
  }),
);

test('folding a signal stream per domain gives each domain the from-scratch state of its signals', () => {
  const configs = [DEFAULT_SCORING_CONFIG, resolveScoringConfig({ sources: { g2: { enabled: false }, bombora: { topTopics: 2 } } })];
  fc.assert(
    fc.property(fc.constantFrom(...configs), fc.array(fc.tuple(fc.constantFrom('a.com', 'b.com', 'c.com'), signal), { maxLength: 60 }), (config, stream) => {
      const layout = scoringLayout(config);
      const states = new DomainStates(layout, NOW, 1);
      for (const [domain, s] of stream) states.add(domain, s.source, s.type, s.occurredAt, s.ingestedAt, s.count, s.topic, s.score);
      const facts = { hasWonDeal: false, hasOpenDeal: false, activitiesInWindow: 0, earliestActivityInWindow: null };
      for (const domain of ['a.com', 'b.com', 'c.com']) {
        const mine: ScoringSignal[] = stream.filter(([d]) => d === domain).map(([, s]) => s);
        const folded = states.state(domain);
        const scratch = stateOfSignals(layout, mine, NOW);
        if (folded === undefined) {
          assert.deepEqual(evaluateAccount(layout, scratch, NOW, facts).scores, { website: 0, g2: 0, linkedin: 0, bombora: 0 });
          continue;
        }
        const [x, y] = [evaluateAccount(layout, folded, NOW, facts), evaluateAccount(layout, scratch, NOW, facts)];
        assert.deepEqual([x.scores, x.accountScore, x.journey], [y.scores, y.accountScore, y.journey]);
        assert.equal(folded.lastSignalAt, scratch.lastSignalAt);
        assert.deepEqual(folded.bombora, scratch.bombora);
      }
    }),
  );
});
