import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { ActivityItem } from './activities.schema.js';
import { planActivityBatch, planContactUpserts, type ContactState } from './activity-batch.js';

function item(externalActivityId: string, overrides: Partial<ActivityItem> = {}): ActivityItem {
  return {
    externalActivityId,
    activityType: 'call',
    occurredAt: '2026-04-30T10:00:00Z',
    domain: 'acme.com',
    ownerEmail: 'rep@vendor.com',
    contacts: [{ email: 'jane@acme.com' }],
    ...overrides,
  };
}

const DUPLICATE = (id: string) => `Activity with externalActivityId '${id}' already exists.`;
const SKIPPED = 'Only call and email activity types are supported';

describe('sales activity batch planner', () => {
  test('check order: skipped before duplicate before invalid domain before created', () => {
    const plan = planActivityBatch(
      [
        item('old', { activityType: 'meeting', domain: 'not a domain' }),
        item('old', { domain: 'not a domain' }),
        item('new-bad', { domain: 'not a domain' }),
        item('new', { activityType: 'email', domain: 'https://www.Acme.com/x' }),
      ],
      new Set(['old']),
    );
    assert.deepEqual(plan.results, [
      { externalActivityId: 'old', status: 'skipped', reason: SKIPPED },
      { externalActivityId: 'old', status: 'failed', error: DUPLICATE('old') },
      { externalActivityId: 'new-bad', status: 'failed', error: "Invalid domain 'not a domain'" },
      { externalActivityId: 'new', status: 'created' },
    ]);
    assert.deepEqual(plan.creates.map((c) => [c.index, c.domain, c.occurredAt]), [[3, 'acme.com', Date.parse('2026-04-30T10:00:00Z')]]);
  });

  test('activity types are compared case-insensitively and planned lower-case (SPEC §3.10, 2026-12); nothing else is forgiven', () => {
    const plan = planActivityBatch([item('a', { activityType: 'Call' }), item('b', { activityType: 'EMAIL' }), item('c', { activityType: ' call' })], new Set());
    assert.deepEqual(plan.results.map((r) => r.status), ['created', 'created', 'skipped']);
    assert.deepEqual(plan.creates.map((c) => c.activityType), ['call', 'email']);
  });

  test('an earlier created item of the batch makes a later one a duplicate; skipped and failed items claim nothing', () => {
    const plan = planActivityBatch(
      [item('x', { activityType: 'note' }), item('x', { domain: 'bad' }), item('x'), item('x'), item('x', { activityType: 'task' })],
      new Set(),
    );
    assert.deepEqual(plan.results.map((r) => r.status), ['skipped', 'failed', 'created', 'failed', 'skipped']);
    assert.equal(plan.results[1].error, "Invalid domain 'bad'");
    assert.equal(plan.results[3].error, DUPLICATE('x'));
    assert.deepEqual(plan.creates.map((c) => c.index), [2]);
  });

  test('occurredAt is read as a UTC instant whatever its offset form', () => {
    const plan = planActivityBatch([item('a', { occurredAt: '2026-04-30 12:00+0200' }), item('b', { occurredAt: '2026-04-30T10:00:00.123456Z' })], new Set());
    assert.deepEqual(plan.creates.map((c) => new Date(c.occurredAt).toISOString()), ['2026-04-30T10:00:00.000Z', '2026-04-30T10:00:00.123Z']);
  });

  test('property: one result per item in input order; each id created at most once and never when it existed', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const items = fc.array(
      fc.record({
        externalActivityId: fc.constantFrom(...ids),
        activityType: fc.constantFrom('call', 'email', 'meeting'),
        domain: fc.constantFrom('acme.com', 'www.globex.com', 'bad'),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(items, fc.subarray(ids), (raw, existing) => {
        const plan = planActivityBatch(raw.map((r) => item(r.externalActivityId, r)), new Set(existing));
        assert.equal(plan.results.length, raw.length);
        plan.results.forEach((result, i) => assert.equal(result.externalActivityId, raw[i].externalActivityId));
        const created = plan.creates.map((c) => c.item.externalActivityId);
        assert.equal(new Set(created).size, created.length);
        for (const id of created) assert.ok(!existing.includes(id));
        assert.deepEqual(plan.creates.map((c) => c.index), plan.results.flatMap((r, i) => (r.status === 'created' ? [i] : [])));
        // Every non-created item with a supported type and a taken id failed as a duplicate.
        const firstCreated = new Map(plan.creates.map((c) => [c.item.externalActivityId, c.index]));
        raw.forEach((r, i) => {
          const taken = existing.includes(r.externalActivityId) || (firstCreated.get(r.externalActivityId) ?? Infinity) < i;
          if (r.activityType !== 'meeting' && taken) assert.equal(plan.results[i].error, DUPLICATE(r.externalActivityId));
        });
      }),
    );
  });
});

describe('contact upsert planner', () => {
  const existingJane: ContactState = {
    id: 'c-jane',
    email: 'jane@acme.com',
    externalContactId: 'crm-1',
    name: 'Jane',
    title: 'CTO',
    department: null,
    seniority: null,
    phone: '+1 555',
    linkedinUrl: null,
  };
  let minted = 0;
  const mint = () => `new-${(minted += 1)}`;

  test('provided fields overwrite, null clears, omitted stay; emails compared case-insensitively', () => {
    const { creates } = planActivityBatch(
      [
        item('a', { contacts: [{ email: 'Jane@ACME.com', title: 'CEO', phone: null }, { email: 'bob@acme.com', name: 'Bob' }] }),
        item('b', { contacts: [{ email: 'BOB@acme.com', title: 'VP' }, { email: 'bob@acme.com', department: 'Sales' }] }),
      ],
      new Set(),
    );
    const plan = planContactUpserts(creates, new Map([['jane@acme.com', existingJane]]), mint);
    assert.deepEqual(plan.writes.get('jane@acme.com'), { ...existingJane, title: 'CEO', phone: null });
    const bob = plan.writes.get('bob@acme.com')!;
    assert.deepEqual({ ...bob, id: 'x' }, {
      id: 'x',
      email: 'bob@acme.com',
      externalContactId: null,
      name: 'Bob',
      title: 'VP',
      department: 'Sales',
      seniority: null,
      phone: null,
      linkedinUrl: null,
    });
    assert.deepEqual(plan.links, [
      { activity: 0, email: 'jane@acme.com', position: 0 },
      { activity: 0, email: 'bob@acme.com', position: 1 },
      { activity: 1, email: 'bob@acme.com', position: 0 },
    ]);
  });

  test('a contact mentioned without changes is linked but not written', () => {
    const { creates } = planActivityBatch([item('a', { contacts: [{ email: 'jane@acme.com', name: 'Jane' }] })], new Set());
    const plan = planContactUpserts(creates, new Map([['jane@acme.com', existingJane]]), mint);
    assert.equal(plan.writes.size, 0);
    assert.deepEqual(plan.links, [{ activity: 0, email: 'jane@acme.com', position: 0 }]);
  });
});
