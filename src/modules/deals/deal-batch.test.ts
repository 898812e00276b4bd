import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Pipeline } from '../deal-stages/deal-stages.repository.js';
import { applyDealItem, normalizeDealDate, parseAssociations, planDealBatch, stageKey, type DealState } from './deal-batch.js';
import { classifyDealStage } from './deal-stage-status.js';
import type { DealItem } from './deals.schema.js';

const NOW = Date.UTC(2026, 3, 30, 10, 0, 0);

function minter() {
  let n = 0;
  return () => `id${(n += 1)}`;
}

function stored(overrides: Partial<DealState> = {}): DealState {
  return {
    id: 'stored1',
    externalDealId: 'D-1',
    name: 'Deal',
    amount: 100,
    stageId: 's1',
    stageLabel: 'Discovery',
    pipelineId: 'p1',
    pipelineLabel: 'Sales',
    startDate: '2026-01-15',
    closedDate: null,
    ownerName: 'Ann',
    ownerEmail: 'ann@example.com',
    ownerId: 'u1',
    dealCurrencyCode: 'USD',
    associations: [{ externalId: null, domain: 'acme.com', domainInput: 'acme.com', name: null }],
    historyLength: 1,
    ...overrides,
  };
}

const PIPELINES = new Map<string, Pipeline>([
  ['p1', { pipelineId: 'p1', pipelineLabel: 'Sales', stages: [{ stageId: 's1', stageLabel: 'Discovery' }, { stageId: 's9', stageLabel: 'Closed Won' }] }],
  ['p2', { pipelineId: 'p2', pipelineLabel: 'Renewals', stages: [{ stageId: 's9', stageLabel: 'Renewed (won)' }] }],
]);

describe('deal batch planner', () => {
  test('results follow input order; a later item sees an earlier one; a bad domain fails only its item', () => {
    const plan = planDealBatch(
      [
        { externalDealId: 'A', name: 'A', stageId: 's1' },
        { externalDealId: 'B', name: 'B', associatedAccounts: [{ domain: 'not a domain' }] },
        { externalDealId: 'A', name: 'A2' },
        { externalDealId: 'C', name: 'C', associatedAccounts: [{ domain: 'https://www.Globex.com/x' }, { externalId: 'crm-1' }] },
      ],
      new Map(),
      PIPELINES,
      NOW,
      minter(),
    );
    assert.deepEqual(plan.results, [
      { externalDealId: 'A', status: 'created' },
      { externalDealId: 'B', status: 'failed', error: "Invalid domain 'not a domain'" },
      { externalDealId: 'A', status: 'updated' },
      { externalDealId: 'C', status: 'created' },
    ]);
    assert.deepEqual([...plan.created.keys()], ['A', 'C']);
    assert.equal(plan.changed.size, 0, 'a deal created in this batch is written once, in its final state');
    assert.equal(plan.created.get('A')!.name, 'A2');
    assert.equal(plan.created.get('A')!.stageId, 's1', 'omitted fields stay');
    assert.deepEqual(plan.created.get('C')!.associations, [
      { externalId: null, domain: 'globex.com', domainInput: 'https://www.Globex.com/x', name: null },
      { externalId: 'crm-1', domain: null, domainInput: null, name: null },
    ]);
    assert.deepEqual([...plan.associationsReplaced], [plan.created.get('C')!.id]);
    assert.deepEqual(
      plan.stageEntries,
      [{ dealId: plan.created.get('A')!.id, position: 0, stageId: 's1', stageLabel: null, pipelineId: null, enteredAt: NOW }],
      'no pipeline given: the label cannot be looked up',
    );
  });

  test('provided fields overwrite, omitted stay, null clears; an identical push writes nothing', () => {
    const current = stored();
    const same = planDealBatch([{ externalDealId: 'D-1', name: 'Deal' }], new Map([['D-1', current]]), PIPELINES, NOW, minter());
    assert.deepEqual(same.results, [{ externalDealId: 'D-1', status: 'updated' }]);
    assert.equal(same.changed.size + same.created.size, 0);
    assert.equal(same.stageEntries.length, 0);

    const plan = planDealBatch(
      [{ externalDealId: 'D-1', name: 'Renamed', amount: 250.5, ownerName: null, dealCurrencyCode: 'eur', closedDate: '2026-05-01T12:00:00+02:00' }],
      new Map([['D-1', current]]),
      PIPELINES,
      NOW,
      minter(),
    );
    const next = plan.changed.get('D-1')!;
    assert.equal(next.id, 'stored1');
    assert.equal(next.name, 'Renamed');
    assert.equal(next.amount, 250.5);
    assert.equal(next.ownerName, null);
    assert.equal(next.ownerEmail, 'ann@example.com');
    assert.equal(next.dealCurrencyCode, 'EUR');
    assert.equal(next.closedDate, '2026-05-01T10:00:00.000Z');
    assert.equal(next.startDate, '2026-01-15');
    assert.equal(plan.associationsReplaced.size, 0, 'omitted associations stay');
    assert.equal(plan.stageEntries.length, 0);
  });

  test('stage history appends on the first stage and on every change of stageId, never otherwise', () => {
    const plan = planDealBatch(
      [
        { externalDealId: 'N', name: 'N', pipelineId: 'p1', stageId: 's1' },
        { externalDealId: 'N', name: 'N', stageId: 's1', stageLabel: 'Renamed label' },
        { externalDealId: 'N', name: 'N', stageId: 's9' },
        { externalDealId: 'L', name: 'L', stageLabel: 'Qualified' },
        { externalDealId: 'L', name: 'L', stageLabel: 'Qualified' },
        { externalDealId: 'L', name: 'L', stageLabel: 'Closed Lost' },
        { externalDealId: 'X', name: 'X' },
      ],
      new Map(),
      PIPELINES,
      NOW,
      minter(),
    );
    const n = plan.created.get('N')!;
    const l = plan.created.get('L')!;
    assert.deepEqual(
      plan.stageEntries.map((e) => [e.dealId, e.position, e.stageId, e.stageLabel, e.pipelineId]),
      [
        [n.id, 0, 's1', 'Discovery', 'p1'],
        [n.id, 1, 's9', 'Closed Won', 'p1'],
        [l.id, 0, null, 'Qualified', null],
        [l.id, 1, null, 'Closed Lost', null],
      ],
    );
    assert.equal(n.historyLength, 2);
    assert.equal(n.pipelineLabel, 'Sales', 'a new pipelineId without its label takes the defined one');
    assert.equal(plan.created.get('X')!.historyLength, 0, 'no stage, no entry');
  });

  test('a stage round trip within one batch still records both moves', () => {
    const current = stored();
    const plan = planDealBatch(
      [
        { externalDealId: 'D-1', name: 'Deal', stageId: 's9' },
        { externalDealId: 'D-1', name: 'Deal', stageId: 's1', stageLabel: 'Discovery' },
      ],
      new Map([['D-1', current]]),
      PIPELINES,
      NOW,
      minter(),
    );
    assert.deepEqual(plan.stageEntries.map((e) => [e.position, e.stageId, e.stageLabel]), [[1, 's9', 'Closed Won'], [2, 's1', 'Discovery']]);
    assert.ok(plan.changed.has('D-1'), 'the history changed, so the deal is restamped');
  });

  test('a new stageId without a label takes the pipeline definition, or none — never the previous label', () => {
    const current = stored({ pipelineId: 'p3', pipelineLabel: 'Unknown' });
    const next = applyDealItem(current, { externalDealId: 'D-1', name: 'Deal', stageId: 's9' }, undefined, PIPELINES);
    assert.equal(next.stageLabel, null);
    const moved = applyDealItem(current, { externalDealId: 'D-1', name: 'Deal', stageId: 's9', pipelineId: 'p2' }, undefined, PIPELINES);
    assert.deepEqual([moved.stageLabel, moved.pipelineLabel], ['Renewed (won)', 'Renewals']);
    const labelled = applyDealItem(current, { externalDealId: 'D-1', name: 'Deal', stageId: 's9', stageLabel: 'Mine' }, undefined, PIPELINES);
    assert.equal(labelled.stageLabel, 'Mine');
  });

  test('associations: a replaced list is rewritten, null clears it, an unchanged one is left alone', () => {
    const current = stored();
    const existing = new Map([['D-1', current]]);
    const same = planDealBatch([{ externalDealId: 'D-1', name: 'Deal', associatedAccounts: [{ domain: 'www.ACME.com' }] }], existing, PIPELINES, NOW, minter());
    assert.equal(same.associationsReplaced.size, 1, 'the input spelling is part of the association as pushed');
    const identical = planDealBatch([{ externalDealId: 'D-1', name: 'Deal', associatedAccounts: [{ domain: 'acme.com' }] }], existing, PIPELINES, NOW, minter());
    assert.equal(identical.associationsReplaced.size, 0);
    assert.equal(identical.changed.size, 0);
    const cleared = planDealBatch([{ externalDealId: 'D-1', name: 'Deal', associatedAccounts: null }], existing, PIPELINES, NOW, minter());
    assert.deepEqual(cleared.changed.get('D-1')!.associations, []);
    assert.ok(cleared.associationsReplaced.has('stored1'));
  });

  test('helpers: stage keys, dates, associations, won/lost/open', () => {
    assert.equal(stageKey({ stageId: 'a', stageLabel: 'x' }), 'id:a');
    assert.equal(stageKey({ stageId: null, stageLabel: 'x' }), 'label:x');
    assert.equal(stageKey({ stageId: null, stageLabel: null }), null);
    assert.equal(normalizeDealDate('2026-01-15'), '2026-01-15');
    assert.equal(normalizeDealDate('2026-01-15T10:00:00+0530'), '2026-01-15T04:30:00.000Z');
    assert.deepEqual(parseAssociations([{ domain: 'a.com' }, { domain: '' }]), { ok: false, error: "Invalid domain ''" });
    assert.deepEqual(parseAssociations([{ domain: null, name: 'N' }]), {
      ok: true,
      associations: [{ externalId: null, domain: null, domainInput: null, name: 'N' }],
    });
    assert.equal(classifyDealStage('Closed Won'), 'won');
    assert.equal(classifyDealStage('WON'), 'won');
    assert.equal(classifyDealStage('Closed Lost'), 'lost');
    assert.equal(classifyDealStage('won then lost'), 'lost');
    assert.equal(classifyDealStage('Negotiation'), 'open');
    assert.equal(classifyDealStage(null), 'open');
  });

  test('property: one result per item in order; created ids are unique; history positions are consecutive per deal', () => {
    const item: fc.Arbitrary<DealItem> = fc.record(
      {
        externalDealId: fc.constantFrom('A', 'B', 'C'),
        name: fc.constantFrom('n1', 'n2'),
        stageId: fc.option(fc.constantFrom('s1', 's9'), { nil: undefined }),
        stageLabel: fc.option(fc.constantFrom('Open', 'Won', null), { nil: undefined }),
        pipelineId: fc.option(fc.constantFrom('p1', 'p2', null), { nil: undefined }),
        associatedAccounts: fc.option(fc.array(fc.record({ domain: fc.constantFrom('a.com', 'b.io', 'bad domain') }), { maxLength: 2 }), { nil: undefined }),
      },
      { requiredKeys: ['externalDealId', 'name'] },
    );
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), fc.boolean(), (items, withExisting) => {
        const existing = withExisting ? new Map([['A', stored({ externalDealId: 'A' })]]) : new Map<string, DealState>();
        const plan = planDealBatch(items, existing, PIPELINES, NOW, minter());
        assert.equal(plan.results.length, items.length);
        plan.results.forEach((r, i) => assert.equal(r.externalDealId, items[i].externalDealId));
        const seen = new Set<string>(existing.keys());
        plan.results.forEach((r, i) => {
          if (r.status === 'failed') return;
          assert.equal(r.status, seen.has(items[i].externalDealId) ? 'updated' : 'created');
          seen.add(items[i].externalDealId);
        });
        const ids = [...plan.created.values(), ...plan.changed.values()].map((d) => d.id);
        assert.equal(new Set(ids).size, ids.length);
        const byDeal = new Map<string, number[]>();
        for (const e of plan.stageEntries) byDeal.set(e.dealId, [...(byDeal.get(e.dealId) ?? []), e.position]);
        for (const [dealId, positions] of byDeal) {
          const start = dealId === 'stored1' ? 1 : 0;
          assert.deepEqual(positions, positions.map((_, i) => start + i));
        }
      }),
    );
  });
});
