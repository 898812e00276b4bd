import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { describeEachEngine } from '../../../test/support/engines.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { DEFAULT_SCORING_CONFIG, resolveScoringConfig, SOURCE_TYPES } from './scoring-config.js';
import { DAY_MS, evaluateAccount, scoringLayout, stateOfSignals, type ScoreState, type ScoringSignal } from './scoring-model.js';
import { foldAccountSignals } from './signal-fold.js';

const NOW = Date.UTC(2026, 3, 27, 9, 30);
const DOMAINS = ['a.example', 'b.example', 'c.example', 'd.example'];

/** Signals as they arrive: any source and type (unknown types too), dated before, at or after their ingest. */
const signal = fc.oneof(
  fc.constantFrom(...(['website', 'g2', 'linkedin'] as const)).chain((source) =>
    fc.record({
      source: fc.constant<string>(source),
      type: fc.constantFrom(...SOURCE_TYPES[source], 'unknown_type'),
      occurredAt: fc.integer({ min: NOW - 200 * DAY_MS, max: NOW + DAY_MS }),
      ingestedAt: fc.integer({ min: NOW - 200 * DAY_MS, max: NOW }),
      count: fc.integer({ min: 1, max: 500 }),
      topic: fc.constant<string | null>(null),
      score: fc.constant<number | null>(null),
    }),
  ),
  fc.record({
    source: fc.constant('bombora'),
    type: fc.constant('surge'),
    occurredAt: fc.integer({ min: NOW - 30 * DAY_MS, max: NOW }),
    ingestedAt: fc.integer({ min: NOW - 30 * DAY_MS, max: NOW }),
    count: fc.constant(1),
    topic: fc.constantFrom('a', 'b', 'c', 'd', '', null),
    score: fc.option(fc.integer({ min: 0, max: 100 })),
  }),
);

const CONFIGS = [
  DEFAULT_SCORING_CONFIG,
  resolveScoringConfig({ sources: { g2: { enabled: false }, bombora: { topTopics: 2, minTopicScore: 40 } } }),
  resolveScoringConfig({ sources: { website: { halfLifeDays: 3.5, types: { form_submit: { increment: 7.25, cap: 30, halfLifeDays: 1.5 } } }, bombora: { enabled: false } } }),
  // Terms that underflow (PostgreSQL refuses those): a vanishing increment, a half-life of minutes.
  resolveScoringConfig({ sources: { g2: { halfLifeDays: 0.01, types: { pricing_view: { increment: 5e-324 } } } } }),
];

function accountRow(workspaceId: string, id: string, domain: string, changeSeq: number) {
  return { workspace_id: workspaceId, id, domain, name: domain, tags: '[]', custom_fields: '{}', created_at: NOW, changed_at: NOW, change_seq: changeSeq };
}

const FACTS = { hasWonDeal: false, hasOpenDeal: false, activitiesInWindow: 0, earliestActivityInWindow: null };

function assertSameState(layout: ReturnType<typeof scoringLayout>, folded: ScoreState, scratch: ScoreState, domain: string): void {
  const [x, y] = [evaluateAccount(layout, folded, NOW, FACTS), evaluateAccount(layout, scratch, NOW, FACTS)];
  assert.deepEqual([x.scores, x.accountScore, x.journey], [y.scores, y.accountScore, y.journey], domain);
  // The sums are the same terms added in another order: equal to the last bits.
  folded.values.forEach((v, k) => assert.ok(Math.abs(v - scratch.values[k]) <= 1e-12 * Math.max(1, Math.abs(v)), `${domain} component ${k}: ${v} vs ${scratch.values[k]}`));
  assert.equal(folded.lastSignalAt, scratch.lastSignalAt, domain);
  assert.deepEqual(folded.bombora, scratch.bombora, domain);
}

describeEachEngine('the SQL signal fold', (engine) => {
  const ctx = useTestApp(engine);

  test('gives every domain the state the TypeScript model computes from the same signals', async () => {
    const { db, dialect } = ctx().database;
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CONFIGS.keys()), fc.array(fc.tuple(fc.constantFrom(...DOMAINS), signal), { maxLength: 40 }), async (c, stream) => {
        const workspaceId = `fold-${engine}-${(round += 1)}`;
        const layout = scoringLayout(CONFIGS[c]);
        // Accounts in id order a1…a4 for the domains; the fold reads the signals of a chunk of them.
        await db
          .insertInto('accounts')
          .values(DOMAINS.map((domain, i) => accountRow(workspaceId, `a${i + 1}`, domain, i + 1)))
          .execute();
        if (stream.length > 0) {
          await db
            .insertInto('signals')
            .values(
              stream.map(([domain, s], i) => ({
                workspace_id: workspaceId,
                id: `s${i}`,
                source: s.source,
                type: s.type,
                domain,
                occurred_at: s.occurredAt,
                count: s.count,
                topic: s.topic,
                score: s.score,
                ingested_seq: i + 1,
                created_at: s.ingestedAt,
              })),
            )
            .execute();
        }
        // Two chunks, as a run reads them: accounts (, a2] and (a2, a4].
        const first = await foldAccountSignals(db, dialect, workspaceId, layout, NOW, stream.length, { after: null, last: 'a2' });
        const second = await foldAccountSignals(db, dialect, workspaceId, layout, NOW, stream.length, { after: 'a2', last: 'a4' });
        assert.deepEqual([...first.states.keys()].filter((d) => d > 'b.example'), []);
        assert.deepEqual([...second.states.keys()].filter((d) => d <= 'b.example'), []);
        for (const domain of DOMAINS) {
          const mine: ScoringSignal[] = stream.filter(([d]) => d === domain).map(([, s]) => s);
          const scratch = stateOfSignals(layout, mine, NOW);
          const folded = first.states.get(domain) ?? second.states.get(domain);
          if (folded === undefined) {
            assert.equal(scratch.lastSignalAt, null, `${domain}: the model counted a signal the fold left out`);
            continue;
          }
          assertSameState(layout, folded, scratch, domain);
        }
      }),
      { numRuns: 40 },
    );
  });

  test('reads only the signals ingested up to the run’s watermark, of the chunk’s accounts', async () => {
    const { db, dialect } = ctx().database;
    const layout = scoringLayout(DEFAULT_SCORING_CONFIG);
    const row = (id: string, domain: string, seq: number) => ({
      workspace_id: 'fold-watermark',
      id,
      source: 'website',
      type: 'form_submit',
      domain,
      occurred_at: NOW - DAY_MS,
      count: 1,
      topic: null,
      score: null,
      ingested_seq: seq,
      created_at: NOW,
    });
    await db.insertInto('accounts').values([accountRow('fold-watermark', 'a1', 'a.example', 1), accountRow('fold-watermark', 'a2', 'b.example', 2)]).execute();
    // c.example has no account: its signal is never read.
    await db.insertInto('signals').values([row('1', 'a.example', 1), row('2', 'a.example', 5), row('3', 'b.example', 2), row('4', 'c.example', 3)]).execute();
    const folded = await foldAccountSignals(db, dialect, 'fold-watermark', layout, NOW, 4, { after: 'a1', last: 'a2' });
    assert.deepEqual([...folded.states.keys()], ['b.example']);
    assert.equal(folded.signals, 1);
    const all = await foldAccountSignals(db, dialect, 'fold-watermark', layout, NOW, 4, { after: null, last: 'a9' });
    assert.deepEqual([...all.states.keys()].sort(), ['a.example', 'b.example']);
    assert.equal(all.signals, 2, 'the signal ingested after the watermark is not read');
  });
});
