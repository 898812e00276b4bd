import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { SignalItem } from './signals.schema.js';
import { SIGNAL_SOURCES } from './signals.schema.js';
import { dedupKey, planSignalBatch, SIGNAL_TYPES } from './signal-batch.js';

function item(overrides: Partial<SignalItem> = {}): SignalItem {
  return { source: 'website', domain: 'acme.com', type: 'page_view', occurredAt: '2026-04-30T10:00:00Z', ...overrides };
}

const WEBSITE_TYPES = "Invalid type 'click' for source 'website'. Allowed types: page_view, high_intent_page_view, form_submit";

describe('signal batch planner', () => {
  test('check order: type, bombora fields, domain, then duplicate', () => {
    const plan = planSignalBatch(
      [
        item({ type: 'click', domain: 'not a domain', externalSignalId: 'old' }),
        item({ source: 'bombora', type: 'surge', domain: 'bad', externalSignalId: 'old' }),
        item({ domain: 'bad', externalSignalId: 'old' }),
        item({ externalSignalId: 'old' }),
        item({ domain: 'https://www.Acme.com/pricing', externalSignalId: 'new' }),
      ],
      new Set([dedupKey('website', 'old')]),
    );
    assert.deepEqual(plan.results, [
      { index: 0, status: 'failed', error: WEBSITE_TYPES },
      { index: 1, status: 'failed', error: "topic and score are required for source 'bombora'" },
      { index: 2, status: 'failed', error: "Invalid domain 'bad'" },
      { index: 3, status: 'skipped', reason: 'Duplicate signal' },
      { index: 4, status: 'created' },
    ]);
    assert.deepEqual(plan.creates.map((c) => [c.index, c.domain, c.occurredAt]), [[4, 'acme.com', Date.parse('2026-04-30T10:00:00Z')]]);
  });

  test('types are checked per source and compared exactly', () => {
    for (const source of SIGNAL_SOURCES) {
      const own = SIGNAL_TYPES[source].map((type) => item({ source, type, topic: 't', score: 70 }));
      assert.ok(planSignalBatch(own, new Set()).results.every((r) => r.status === 'created'), source);
    }
    const plan = planSignalBatch(
      [item({ type: 'Page_View' }), item({ source: 'g2', type: 'page_view' }), item({ source: 'linkedin', type: 'surge' }), item({ source: 'bombora', type: 'click', topic: 't', score: 1 })],
      new Set(),
    );
    assert.deepEqual(plan.results.map((r) => r.error), [
      "Invalid type 'Page_View' for source 'website'. Allowed types: page_view, high_intent_page_view, form_submit",
      "Invalid type 'page_view' for source 'g2'. Allowed types: category_view, comparison_view, alternatives_view, profile_view, pricing_view",
      "Invalid type 'surge' for source 'linkedin'. Allowed types: impression, click, engagement, video_view, lead_form_submit",
      "Invalid type 'click' for source 'bombora'. Allowed types: surge",
    ]);
  });

  test('bombora needs a non-blank topic and a score; score 0 is a score', () => {
    const bombora = (overrides: Partial<SignalItem>) => item({ source: 'bombora', type: 'surge', ...overrides });
    const plan = planSignalBatch(
      [bombora({ score: 70 }), bombora({ topic: 'CRM' }), bombora({ topic: '  ', score: null }), bombora({ topic: 'CRM', score: 0 })],
      new Set(),
    );
    assert.deepEqual(plan.results, [
      { index: 0, status: 'failed', error: "topic is required for source 'bombora'" },
      { index: 1, status: 'failed', error: "score is required for source 'bombora'" },
      { index: 2, status: 'failed', error: "topic and score are required for source 'bombora'" },
      { index: 3, status: 'created' },
    ]);
  });

  test('an id is unique per source; only a created item claims it; items without an id never collide', () => {
    const plan = planSignalBatch(
      [
        item({ externalSignalId: 'x', domain: 'bad' }),
        item({ externalSignalId: 'x' }),
        item({ externalSignalId: 'x', domain: 'other.com' }),
        item({ source: 'g2', type: 'profile_view', externalSignalId: 'x' }),
        item(),
        item(),
      ],
      new Set(),
    );
    assert.deepEqual(plan.results.map((r) => r.status), ['failed', 'created', 'skipped', 'created', 'created', 'created']);
  });

  test('property: one result per item, in input order, counts add up, each key created at most once', () => {
    const arbItem = fc.record({
      source: fc.constantFrom(...SIGNAL_SOURCES),
      type: fc.constantFrom('page_view', 'profile_view', 'click', 'surge', 'nope'),
      domain: fc.constantFrom('acme.com', 'www.globex.com', 'bad', 'x.io'),
      externalSignalId: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
      topic: fc.option(fc.constantFrom('CRM', ''), { nil: undefined }),
      score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(arbItem, { maxLength: 40 }), fc.subarray(['a', 'b']), (raw, stored) => {
        const items = raw.map((r) => item(r as Partial<SignalItem>));
        const existing = new Set(stored.map((id) => dedupKey('website', id)));
        const plan = planSignalBatch(items, existing);
        assert.equal(plan.results.length, items.length);
        plan.results.forEach((r, i) => assert.equal(r.index, i));
        assert.equal(plan.creates.length, plan.results.filter((r) => r.status === 'created').length);
        const keys = plan.creates.filter((c) => c.item.externalSignalId).map((c) => dedupKey(c.item.source, c.item.externalSignalId!));
        assert.equal(new Set(keys).size, keys.length);
        for (const key of keys) assert.ok(!existing.has(key));
      }),
    );
  });
});
