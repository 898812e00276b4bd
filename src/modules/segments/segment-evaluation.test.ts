import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.js';
import { useTestApp, type Tenant } from '../../../test/support/test-app.js';
import { EVALUATION_PAGE } from './segment-evaluation.js';

/** Waits for `read` to return `expected` (deep-equal); fails with the last value read after `withinMs`. */
async function eventually<T>(read: () => Promise<T>, expected: T, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await read();
    try {
      assert.deepEqual(value, expected);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function pushAccounts(tenant: Tenant, accounts: Array<Record<string, unknown>>) {
  for (let i = 0; i < accounts.length; i += 100) {
    const reply = await tenant.request('POST', '/api/v1/accounts', { upsert: true, accounts: accounts.slice(i, i + 100) });
    assert.equal(reply.statusCode, 200, reply.raw);
  }
}

describeEachEngine('a dynamic segment’s members after a save', (engine) => {
  const ctx = useTestApp(engine);

  test('a new or changed dynamic segment gets its members without a scoring run, and delta sync sees the accounts that moved', async () => {
    const tenant = await ctx().newTenant();
    // More accounts than one page of the evaluation; every seventh is in EMEA.
    const total = EVALUATION_PAGE + 30;
    const domain = (i: number) => `c${String(i).padStart(4, '0')}.example.com`;
    await pushAccounts(
      tenant,
      Array.from({ length: total }, (_, i) => ({ domain: domain(i), name: i % 50 === 0 ? `Acme ${i}` : `Company ${i}`, tags: i % 7 === 0 ? ['emea'] : [] })),
    );
    const emea = Array.from({ length: total }, (_, i) => i).filter((i) => i % 7 === 0).map(domain);
    const acme = Array.from({ length: total }, (_, i) => i).filter((i) => i % 50 === 0).map(domain);
    const memberCount = async (id: string) => (await tenant.request('GET', `/api/v1/segments/${id}`)).body.data.memberCount as number;
    const members = async (id: string) => {
      const domains: string[] = [];
      let cursor: string | undefined;
      do {
        const reply = await tenant.request('GET', `/api/v1/segments/${id}/accounts?limit=1000${cursor ? `&cursor=${cursor}` : ''}`);
        assert.equal(reply.statusCode, 200, reply.raw);
        domains.push(...reply.body.data.data.map((a: { domain: string }) => a.domain));
        cursor = reply.body.data.nextCursor ?? undefined;
      } while (cursor);
      return domains.sort();
    };

    const created = await tenant.request('POST', '/api/v1/segments', { name: 'EMEA', type: 'dynamic', rules: { all: [{ field: 'tags', op: 'contains', value: 'emea' }] } });
    assert.equal(created.statusCode, 200, created.raw);
    const segmentId = created.body.data.segmentId as string;
    await eventually(() => memberCount(segmentId), emea.length, 20_000);
    assert.deepEqual(await members(segmentId), emea);
    const runs = (await tenant.request('GET', '/api/v1/scoring/runs')).body.data.data;
    assert.deepEqual(runs, [], 'no scoring run was involved');

    // Changed rules: the accounts leaving and joining are restamped, so delta sync returns them.
    const sync = (await tenant.request('GET', '/api/v1/accounts?limit=1')).body.data.syncTimestamp as string;
    const patched = await tenant.request('PATCH', `/api/v1/segments/${segmentId}`, { rules: { all: [{ field: 'name', op: 'contains', value: 'acme' }] } });
    assert.equal(patched.statusCode, 200, patched.raw);
    await eventually(() => members(segmentId), acme, 20_000);
    const moved = new Set([...emea, ...acme].filter((d) => !(emea.includes(d) && acme.includes(d))));
    const changed: string[] = [];
    let cursor: string | undefined;
    do {
      const reply = await tenant.request('GET', `/api/v1/accounts?limit=1000&lastSync=${encodeURIComponent(sync)}${cursor ? `&cursor=${cursor}` : ''}`);
      changed.push(...reply.body.data.data.map((a: { domain: string }) => a.domain));
      cursor = reply.body.data.nextCursor ?? undefined;
    } while (cursor);
    assert.deepEqual(changed.sort(), [...moved].sort());

    // A rename alone changes no rule: nothing is evaluated or stamped.
    const renamed = await tenant.request('PATCH', `/api/v1/segments/${segmentId}`, { name: 'Acme named' });
    assert.equal(renamed.statusCode, 200, renamed.raw);
    assert.deepEqual(await members(segmentId), acme);
  });
});
