/**
 * Issue 10, class 2: one tenant's segment rules must not stall the others. While one tenant pushes
 * full batches against the heaviest rules the limits allow, another tenant writes and /healthz is
 * asked, over and over, and every answer is right. How long they take is a benchmark's business
 * (bench/isolation.ts, docs/benchmarks.md "Isolation under hostile segment rules"); what this test
 * proves without a clock is that the quiet tenant's requests are answered while the heavy pushes go
 * on — the pushes only stop once the quiet tenant is done, so a write queued behind every push, or
 * never answered, hangs the test — and that the heavy tenant's rules still compute its memberships.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from './support/engines.js';
import { heaviestAllowedRules, taggedAccounts } from './support/heavy-rules.js';
import { useTestApp } from './support/test-app.js';

const QUIET_WRITES = 20;
const PUSHERS = 2;

describeEachEngine('tenant isolation under the heaviest segment rules allowed (issue 10)', (engine) => {
  const ctx = useTestApp(engine);

  test("another tenant's writes and /healthz are answered while the heavy pushes go on, and both tenants' data is right", async () => {
    const heavy = await ctx().newTenant();
    const quiet = await ctx().newTenant();
    // The heaviest rules, but segment 0's first condition matches the accounts last written in round 0.
    const rules = heaviestAllowedRules();
    rules[0].any[0] = { field: 'name', op: 'contains', value: 'round 0' } as never;
    const segmentIds: string[] = [];
    for (const [i, rule] of rules.entries()) {
      const reply = await heavy.request('POST', '/api/v1/segments', { name: `heavy ${String(i)}`, type: 'dynamic', rules: rule });
      assert.equal(reply.statusCode, 200, reply.raw);
      segmentIds.push(reply.body.data.segmentId);
    }

    let quietDone = false;
    let pushFailed = false;
    const pushesBeforeEachQuietWrite: number[] = [];
    let pushes = 0;
    const lastRound: number[] = [];
    const push = async (pusher: number) => {
      try {
        for (let round = 0; !quietDone; round += 1) {
          const reply = await heavy.request('POST', '/api/v1/accounts', { upsert: true, accounts: taggedAccounts(`p${String(pusher)}`, round) });
          assert.equal(reply.statusCode, 200, reply.raw.slice(0, 300));
          lastRound[pusher] = round;
          pushes += 1;
        }
      } catch (error) {
        pushFailed = true;
        throw error;
      }
    };
    const pushing = Array.from({ length: PUSHERS }, (_, p) => push(p));
    // At least QUIET_WRITES quiet writes, and on until one of them starts after a heavy push has
    // finished: one heavy push can outlast twenty quiet writes (that is the isolation working).
    const quietShouldGoOn = (i: number) =>
      !pushFailed && (i < QUIET_WRITES || pushesBeforeEachQuietWrite.at(-1) === pushesBeforeEachQuietWrite[0]);
    try {
      for (let i = 0; quietShouldGoOn(i); i += 1) {
        pushesBeforeEachQuietWrite.push(pushes);
        const written = await quiet.request('POST', '/api/v1/accounts', { accounts: [{ domain: `quiet-${String(i)}.example`, name: `Quiet ${String(i)}` }] });
        assert.equal(written.statusCode, 200, written.raw);
        assert.equal(written.body.data.results[0].status, 'created', written.raw);
        const health = await ctx().inject({ method: 'GET', url: '/healthz' });
        assert.deepEqual([health.statusCode, health.body], [200, { status: 'ok' }]);
      }
    } finally {
      quietDone = true;
      await Promise.all(pushing);
    }
    // The heavy pushes went on between the quiet writes, not only before or after them.
    assert.ok(pushesBeforeEachQuietWrite.at(-1)! > pushesBeforeEachQuietWrite[0], `pushes before each quiet write: ${pushesBeforeEachQuietWrite.join(', ')}`);

    const quietList = await quiet.request('GET', '/api/v1/accounts?limit=1000');
    assert.deepEqual(
      quietList.body.data.data.map((a: { domain: string }) => a.domain).sort(),
      Array.from({ length: pushesBeforeEachQuietWrite.length }, (_, i) => `quiet-${String(i)}.example`).sort(),
    );
    // Segment 0 holds the accounts last written in round 0; no other segment matches a pushed account.
    const membersOf = async (id: string) => {
      const reply = await heavy.request('GET', `/api/v1/segments/${id}/accounts?limit=1000`);
      assert.equal(reply.statusCode, 200, reply.raw);
      return (reply.body.data.data as Array<{ domain: string }>).map((a) => a.domain).sort();
    };
    const inRoundZero = lastRound.flatMap((round, pusher) => (round === 0 ? taggedAccounts(`p${String(pusher)}`, 0).map((a) => a.domain) : []));
    assert.deepEqual(await membersOf(segmentIds[0]), inRoundZero.sort());
    for (const id of segmentIds.slice(1)) assert.deepEqual(await membersOf(id), [], `segment ${id} has members`);
    assert.equal((await quiet.request('GET', '/api/v1/segments')).body.data.data.length, 0);
  });
});
