import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { journeyStageRank } from '../journey/journey-stages.js';
import { DEFAULT_SCORING_CONFIG, resolveScoringConfig, SOURCE_TYPES, type ScoringConfig } from './scoring-config.js';
import {
  addSignal,
  advanceState,
  DAY_MS,
  decodeState,
  emptyState,
  encodeState,
  evaluateAccount,
  journeyStage,
  mergeStates,
  roundHalfUp,
  scoreSignals,
  scoringLayout,
  stateOfSignals,
  weekStart,
  type AccountFacts,
  type JourneyFacts,
  type ScoringSignal,
} from './scoring-model.js';

const NOW = Date.UTC(2026, 3, 27); // Monday 2026-04-27 00:00 UTC: the start of an ISO week
const days = (n: number) => n * DAY_MS;
const ago = (n: number) => NOW - days(n);
const sig = (source: string, type: string, ageDays: number, count = 1, extra: Partial<ScoringSignal> = {}): ScoringSignal => ({
  source,
  type,
  occurredAt: ago(ageDays),
  count,
  ...extra,
});
const surge = (topic: string, score: number, occurredAt: number): ScoringSignal => ({ source: 'bombora', type: 'surge', occurredAt, count: 1, topic, score });
const THIS_MONDAY = weekStart(NOW);

describe('scoring formula (SPEC §4.3), default configuration', () => {
  const cases: Array<{ name: string; signals: ScoringSignal[]; at?: number; config?: ScoringConfig; expect: Partial<Record<string, number>> }> = [
    { name: 'no signals', signals: [], expect: { website: 0, g2: 0, linkedin: 0, bombora: 0, account: 0 } },
    { name: 'one page view now: 2 points; account round(0.35·2) = 1', signals: [sig('website', 'page_view', 0)], expect: { website: 2, account: 1 } },
    { name: 'form submit one half-life old: 12.5 rounds half up to 13', signals: [sig('website', 'form_submit', 14)], expect: { website: 13, account: 5 } },
    { name: 'three high-intent views 7 days old: 30·2^-0.5 = 21.21', signals: [sig('website', 'high_intent_page_view', 7, 3)], expect: { website: 21 } },
    { name: 'website caps at 100', signals: [sig('website', 'form_submit', 0, 5)], expect: { website: 100, account: 35 } },
    {
      name: 'g2 pricing now + profile 14 d: 50 + 20',
      signals: [sig('g2', 'pricing_view', 0), sig('g2', 'profile_view', 14)],
      expect: { g2: 70, account: 18 },
    },
    { name: '1000 impressions now: 50 capped at 20', signals: [sig('linkedin', 'impression', 0, 1000)], expect: { linkedin: 20, account: 5 } },
    {
      name: '1000 impressions and a click 14 d old: 12.5 (7 d half-life) + 5·2^(-14/30) = 16.13',
      signals: [sig('linkedin', 'impression', 14, 1000), sig('linkedin', 'click', 14)],
      expect: { linkedin: 16 },
    },
    {
      name: 'the cap applies to the decayed sum of the type: 7 d old, 50·½ = 25 → 20, plus a click now',
      signals: [sig('linkedin', 'impression', 7, 1000), sig('linkedin', 'click', 0)],
      expect: { linkedin: 25 },
    },
    {
      name: 'bombora: mean of the top 3 topics ≥ 60 of the latest week, at its start',
      signals: [surge('a', 90, THIS_MONDAY), surge('b', 70, THIS_MONDAY + days(1)), surge('c', 65, THIS_MONDAY), surge('d', 55, THIS_MONDAY), surge('e', 62, THIS_MONDAY)],
      at: THIS_MONDAY,
      expect: { bombora: 75 },
    },
    {
      name: 'bombora decays from the week start: 75 · ½ after 7 days = 37.5 → 38',
      signals: [surge('a', 90, THIS_MONDAY), surge('b', 70, THIS_MONDAY), surge('c', 65, THIS_MONDAY)],
      at: THIS_MONDAY + days(7),
      expect: { bombora: 38 },
    },
    {
      name: 'bombora: only the latest week counts, even when it has no topic ≥ 60',
      signals: [surge('a', 95, THIS_MONDAY - days(7)), surge('b', 95, THIS_MONDAY - days(7)), surge('a', 50, THIS_MONDAY)],
      expect: { bombora: 0, account: 0 },
    },
    {
      name: 'bombora: a topic counts once, with its best score that week',
      signals: [surge('a', 80, THIS_MONDAY), surge('a', 100, THIS_MONDAY + days(2))],
      at: THIS_MONDAY + days(2),
      expect: { bombora: 82 },
    },
    {
      name: 'weighted mean of rounded source scores: 35 + 17.5 + 5 + 11.25 = 68.75',
      signals: [
        sig('website', 'form_submit', 0, 5),
        sig('g2', 'pricing_view', 0),
        sig('g2', 'profile_view', 14),
        sig('linkedin', 'impression', 0, 1000),
        surge('a', 90, THIS_MONDAY),
        surge('b', 70, THIS_MONDAY),
        surge('c', 65, THIS_MONDAY),
      ],
      at: THIS_MONDAY,
      expect: { website: 100, g2: 70, linkedin: 20, bombora: 75, account: 69 },
    },
    {
      name: 'an exact half of the weighted mean rounds up (0.35·50 = 17.5 → 18), no float error',
      signals: [sig('website', 'page_view', 0, 25)],
      expect: { website: 50, account: 18 },
    },
    {
      name: 'a switched-off source scores 0 and leaves the mean: 57.5 / 0.85 = 67.6',
      signals: [sig('website', 'form_submit', 0, 5), sig('g2', 'pricing_view', 0), sig('g2', 'profile_view', 14), sig('linkedin', 'impression', 0, 1000), surge('a', 90, THIS_MONDAY)],
      at: THIS_MONDAY,
      config: resolveScoringConfig({ sources: { bombora: { enabled: false } } }),
      expect: { website: 100, g2: 70, linkedin: 20, bombora: 0, account: 68 },
    },
    {
      name: 'settings change the numbers: page_view 5 points, website half-life 7 d, weight 1 alone',
      signals: [sig('website', 'page_view', 7, 2)],
      config: resolveScoringConfig({
        sources: { website: { halfLifeDays: 7, weight: 1, types: { page_view: { increment: 5 } } }, g2: { enabled: false }, linkedin: { enabled: false }, bombora: { enabled: false } },
      }),
      expect: { website: 5, account: 5 },
    },
    {
      name: 'a per-type cap from the settings: form_submit capped at 30',
      signals: [sig('website', 'form_submit', 0, 3)],
      config: resolveScoringConfig({ sources: { website: { types: { form_submit: { cap: 30 } } } } }),
      expect: { website: 30 },
    },
    {
      name: 'a signal dated after its ingest counts from the ingest',
      signals: [{ source: 'website', type: 'form_submit', occurredAt: NOW + days(14), ingestedAt: NOW - days(14), count: 1 }],
      expect: { website: 13 },
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const result = scoreSignals(c.config ?? DEFAULT_SCORING_CONFIG, c.signals, c.at ?? NOW);
      const actual: Record<string, number> = { ...result.scores, account: result.accountScore };
      for (const [key, value] of Object.entries(c.expect)) assert.equal(actual[key], value, `${key}: ${JSON.stringify(actual)}`);
    });
  }

  test('NOW is a week start', () => assert.equal(THIS_MONDAY, NOW));

  test('round half up, with float noise below a half tolerated', () => {
    assert.deepEqual([0.5, 1.499999998, 1.4999999999, 2.5, 99.5, 0.49].map(roundHalfUp), [1, 1, 2, 3, 100, 0]);
  });

  test('the defaults are exactly those of SPEC §4.3 and §4.4', () => {
    const s = DEFAULT_SCORING_CONFIG.sources;
    assert.deepEqual([s.website.weight, s.linkedin.weight, s.g2.weight, s.bombora.weight], [0.35, 0.25, 0.25, 0.15]);
    assert.deepEqual([s.website.halfLifeDays, s.g2.halfLifeDays, s.linkedin.halfLifeDays, s.bombora.halfLifeDays], [14, 14, 30, 7]);
    assert.deepEqual(Object.fromEntries(Object.entries(s.website.types).map(([k, v]) => [k, v.increment])), { page_view: 2, high_intent_page_view: 10, form_submit: 25 });
    assert.deepEqual(Object.fromEntries(Object.entries(s.g2.types).map(([k, v]) => [k, v.increment])), {
      category_view: 8,
      comparison_view: 25,
      alternatives_view: 25,
      profile_view: 40,
      pricing_view: 50,
    });
    assert.deepEqual(s.linkedin.types.impression, { increment: 0.05, cap: 20, halfLifeDays: 7 });
    assert.deepEqual(
      Object.fromEntries(Object.entries(s.linkedin.types).filter(([k]) => k !== 'impression').map(([k, v]) => [k, v.increment])),
      { click: 5, engagement: 3, video_view: 1, lead_form_submit: 30 },
    );
    assert.deepEqual([s.bombora.minTopicScore, s.bombora.topTopics], [60, 3]);
    assert.deepEqual(DEFAULT_SCORING_CONFIG.journey, {
      windowDays: 30,
      customerOnWonDeal: true,
      opportunityOnOpenDeal: true,
      considerationMinScore: 40,
      considerationMinActivities: 2,
      awareMinScore: 10,
      awareMinActivities: 1,
      awareOnSignal: true,
    });
  });
});

describe('journey rules (SPEC §4.4)', () => {
  const none: JourneyFacts = { hasWonDeal: false, hasOpenDeal: false, activitiesInWindow: 0, lastSignalAt: null };
  const j = DEFAULT_SCORING_CONFIG.journey;
  const cases: Array<[string, number, Partial<typeof none>, string, string]> = [
    ['a won deal wins over everything', 90, { hasWonDeal: true, hasOpenDeal: true }, 'Customer', 'customer.won_deal'],
    ['an open deal', 0, { hasOpenDeal: true }, 'Opportunity', 'opportunity.open_deal'],
    ['score 40', 40, {}, 'Consideration', 'consideration.score'],
    ['score 39 and 2 activities in 30 days', 39, { activitiesInWindow: 2 }, 'Consideration', 'consideration.activities'],
    ['score 10', 10, { activitiesInWindow: 1 }, 'Aware', 'aware.score'],
    ['score 9 and a signal 30 days ago (inclusive)', 9, { lastSignalAt: ago(30) }, 'Aware', 'aware.signal'],
    ['a signal 31 days ago and one activity', 9, { lastSignalAt: ago(31), activitiesInWindow: 1 }, 'Aware', 'aware.activity'],
    ['nothing', 9, { lastSignalAt: ago(31) }, 'Unaware', 'unaware.default'],
  ];
  for (const [name, score, facts, stage, rule] of cases) {
    test(name, () => assert.deepEqual(journeyStage(j, score, { ...none, ...facts }, NOW), { stage, rule }));
  }

  test('thresholds and switches are settings', () => {
    const config = resolveScoringConfig({ journey: { customerOnWonDeal: false, considerationMinScore: 60, awareOnSignal: false, windowDays: 7 } }).journey;
    assert.deepEqual(journeyStage(config, 50, { ...none, hasWonDeal: true }, NOW), { stage: 'Aware', rule: 'aware.score' });
    assert.deepEqual(journeyStage(config, 5, { ...none, lastSignalAt: NOW }, NOW), { stage: 'Unaware', rule: 'unaware.default' });
  });
});

// ---- properties --------------------------------------------------------------------------------

const TOPICS = ['cloud', 'crm', 'security', 'ai', 'data'];
const decayingSignal = fc
  .constantFrom(...(['website', 'g2', 'linkedin'] as const))
  .chain((source) =>
    fc.record({
      source: fc.constant(source),
      type: fc.constantFrom(...SOURCE_TYPES[source]),
      occurredAt: fc.integer({ min: ago(120), max: NOW }),
      count: fc.integer({ min: 1, max: source === 'linkedin' ? 2000 : 5 }),
    }),
  );
const bomboraSignal = fc.record({
  source: fc.constant('bombora'),
  type: fc.constant('surge'),
  occurredAt: fc.integer({ min: ago(40), max: NOW }),
  count: fc.constant(1),
  topic: fc.constantFrom(...TOPICS),
  score: fc.integer({ min: 0, max: 100 }),
});
const anySignal: fc.Arbitrary<ScoringSignal> = fc.oneof({ weight: 4, arbitrary: decayingSignal }, { weight: 1, arbitrary: bomboraSignal });
const signalList = fc.array(anySignal, { maxLength: 30 });
const configArb = fc.constantFrom(
  DEFAULT_SCORING_CONFIG,
  resolveScoringConfig({ sources: { bombora: { enabled: false }, website: { weight: 0.7, types: { page_view: { cap: 7 } } } } }),
  resolveScoringConfig({ sources: { g2: { halfLifeDays: 3 }, linkedin: { weight: 0 } }, journey: { awareOnSignal: false } }),
);

const outputs = (config: ScoringConfig, signals: ScoringSignal[], at: number, facts: AccountFacts = NO_FACTS) => {
  const layout = scoringLayout(config);
  const evaluation = evaluateAccount(layout, stateOfSignals(layout, signals, at), at, facts);
  return { ...evaluation.scores, account: evaluation.accountScore, rank: journeyStageRank(evaluation.journey.stage) };
};
const NO_FACTS: AccountFacts = { hasWonDeal: false, hasOpenDeal: false, activitiesInWindow: 0, earliestActivityInWindow: null };

describe('scoring properties', () => {
  test('every score is an integer from 0 to 100', () => {
    fc.assert(
      fc.property(configArb, signalList, fc.integer({ min: 0, max: 200 }), (config, signals, later) => {
        for (const value of Object.values(outputs(config, signals, NOW + days(later)))) {
          assert.ok(Number.isInteger(value) && value >= 0 && value <= 100, String(value));
        }
      }),
    );
  });

  test('adding a website, G2 or LinkedIn signal never lowers any score or the stage', () => {
    fc.assert(
      fc.property(configArb, signalList, decayingSignal, (config, signals, extra) => {
        const before = outputs(config, signals, NOW);
        const after = outputs(config, [...signals, extra], NOW);
        for (const key of Object.keys(before) as Array<keyof typeof before>) assert.ok(after[key] >= before[key], `${key}: ${before[key]} → ${after[key]}`);
      }),
    );
  });

  test('Bombora: a row from a week before the latest one, or below the topic threshold in the latest, changes no score', () => {
    fc.assert(
      fc.property(configArb, signalList, bomboraSignal, (config, signals, extra) => {
        const layout = scoringLayout(config);
        const latest = stateOfSignals(layout, signals, NOW).bombora?.week;
        fc.pre(latest !== undefined);
        const extraWeek = weekStart(extra.occurredAt);
        fc.pre(extraWeek < latest || (extraWeek === latest && extra.score < config.sources.bombora.minTopicScore));
        const { rank: rankAfter, ...after } = outputs(config, [...signals, extra], NOW);
        const { rank: rankBefore, ...before } = outputs(config, signals, NOW);
        assert.deepEqual(after, before);
        // It is still a signal (SPEC §4.4: Aware on any signal in the last 30 days): only when it is
        // newer than every other one can it move the stage, and then only up to Aware.
        if (extra.occurredAt <= Math.max(...signals.map((s) => s.occurredAt))) assert.equal(rankAfter, rankBefore);
        else assert.ok(rankAfter === rankBefore || rankAfter === journeyStageRank('Aware'), `${rankBefore} → ${rankAfter}`);
      }),
    );
  });

  test('Bombora is not monotone: a newer week, or a weaker qualifying topic in the latest, can lower it', () => {
    const base = [surge('a', 90, THIS_MONDAY)];
    assert.equal(scoreSignals(DEFAULT_SCORING_CONFIG, base, THIS_MONDAY).scores.bombora, 90);
    assert.equal(scoreSignals(DEFAULT_SCORING_CONFIG, [...base, surge('b', 60, THIS_MONDAY)], THIS_MONDAY).scores.bombora, 75);
    assert.equal(scoreSignals(DEFAULT_SCORING_CONFIG, [...base, surge('b', 10, THIS_MONDAY + days(7))], THIS_MONDAY + days(7)).scores.bombora, 0);
  });

  test('with the same inputs, time alone never raises a score or the stage', () => {
    const activityTimes = fc.array(fc.integer({ min: ago(60), max: NOW }), { maxLength: 4 });
    fc.assert(
      fc.property(configArb, signalList, activityTimes, fc.integer({ min: 0, max: days(90) }), fc.integer({ min: 0, max: days(90) }), (config, signals, acts, d1, d2) => {
        const [t1, t2] = [NOW + Math.min(d1, d2), NOW + Math.max(d1, d2)];
        const factsAt = (t: number): AccountFacts => {
          const inWindow = acts.filter((a) => a >= t - days(config.journey.windowDays));
          return { hasWonDeal: false, hasOpenDeal: false, activitiesInWindow: inWindow.length, earliestActivityInWindow: inWindow.length ? Math.min(...inWindow) : null };
        };
        const early = outputs(config, signals, t1, factsAt(t1));
        const late = outputs(config, signals, t2, factsAt(t2));
        for (const key of Object.keys(early) as Array<keyof typeof early>) assert.ok(late[key] <= early[key], `${key}: ${early[key]} → ${late[key]}`);
      }),
    );
  });

  test('the result does not depend on the order of the signals', () => {
    fc.assert(
      fc.property(configArb, signalList, fc.integer(), (config, signals, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(signals, { minLength: signals.length, maxLength: signals.length }), { numRuns: 1, seed })[0];
        assert.deepEqual(scoreSignals(config, shuffled, NOW), scoreSignals(config, signals, NOW));
      }),
    );
  });

  test('running state: folding batches at successive run times equals scoring everything at the end', () => {
    fc.assert(
      fc.property(configArb, fc.array(fc.tuple(fc.integer({ min: 0, max: days(20) }), signalList), { minLength: 1, maxLength: 4 }), (config, batches) => {
        const layout = scoringLayout(config);
        let state = emptyState(layout, ago(130));
        let time = ago(130);
        const all: ScoringSignal[] = [];
        for (const [step, batch] of batches) {
          time += step;
          // Each run sees only signals that had been ingested by its time.
          const arrived = batch.map((s) => ({ ...s, ingestedAt: time }));
          state = advanceState(layout, state, time);
          const delta = stateOfSignals(layout, arrived, time);
          state = mergeStates(layout, state, delta);
          // And a round trip through storage between runs changes nothing.
          state = decodeState(layout, JSON.parse(JSON.stringify(encodeState(layout, state))), state.asOf);
          all.push(...arrived);
        }
        const end = time + days(3);
        const folded = evaluateAccount(layout, advanceState(layout, state, end), end, NO_FACTS);
        const scratch = scoreSignals(layout, all, end);
        assert.deepEqual({ ...folded.scores, account: folded.accountScore }, { ...scratch.scores, account: scratch.accountScore });
      }),
    );
  });

  test('nextCheckAt is never later than the first change time alone brings', () => {
    fc.assert(
      fc.property(configArb, signalList, fc.double({ min: 0, max: 1, noNaN: true }), (config, signals, fraction) => {
        const layout = scoringLayout(config);
        const state = stateOfSignals(layout, signals, NOW);
        const now = evaluateAccount(layout, state, NOW, NO_FACTS);
        const { nextCheckAt } = now;
        const horizon = nextCheckAt ?? NOW + days(2000);
        assert.ok(horizon >= NOW);
        const t = Math.floor(NOW + (horizon - NOW) * fraction);
        const then = evaluateAccount(layout, state, t, NO_FACTS);
        assert.deepEqual([then.scores, then.accountScore, then.journey], [now.scores, now.accountScore, now.journey]);
        if (nextCheckAt !== null) {
          // …and not uselessly early: within two seconds of the change, or a window edge.
          const after = evaluateAccount(layout, state, nextCheckAt + 2000, NO_FACTS);
          const windowEdge = state.lastSignalAt !== null && nextCheckAt === Math.floor(state.lastSignalAt + days(config.journey.windowDays));
          assert.ok(windowEdge || JSON.stringify([after.scores, after.journey]) !== JSON.stringify([now.scores, now.journey]), 'a change follows the check time');
        }
      }),
    );
  });

  test('adding a signal to a state in place matches the from-scratch state', () => {
    fc.assert(
      fc.property(signalList, anySignal, (signals, extra) => {
        const layout = scoringLayout(DEFAULT_SCORING_CONFIG);
        const state = stateOfSignals(layout, signals, NOW);
        addSignal(layout, state, extra);
        assert.deepEqual(evaluateAccount(layout, state, NOW, NO_FACTS).scores, scoreSignals(layout, [...signals, extra], NOW).scores);
      }),
    );
  });
});
