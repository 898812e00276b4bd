import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { describeEachEngine, describePostgres } from '../../../test/support/engines.js';
import { useTestApp, type Tenant } from '../../../test/support/test-app.js';
import { allocateChangeStamps, lockWorkspaceWrites } from '../../db/change-stamps.js';
import type { DatabaseHandle } from '../../db/index.js';
import * as repo from './accounts.repository.js';
import { writeOp, type WriteOp } from '../../../test/support/sync-writes.js';

interface Step { write?: WriteOp; pages: number; concurrent: boolean }

const steps = fc.array(
  fc.record({ write: fc.option(writeOp, { nil: undefined }), pages: fc.integer({ min: 0, max: 3 }), concurrent: fc.boolean() }),
  { minLength: 1, maxLength: 25 },
);

/**
 * A client that pages with limit/cursor and delta-syncs with lastSync/syncTimestamp, as SPEC §2.7
 * describes, and at the end of each pass applies the deletions since the same lastSync
 * (GET /accounts/deleted, docs/api.md "Deletion").
 */
class SyncingClient {
  copy = new Map<string, unknown>();
  private lastSync: string | undefined;
  private cursor: string | undefined;

  constructor(private readonly tenant: Tenant, private readonly limit: number) {}

  /** Fetches one page of the current pass; a pass ends on the page without a next page. */
  async fetchPage(): Promise<void> {
    const params = new URLSearchParams({ limit: String(this.limit) });
    if (this.lastSync) params.set('lastSync', this.lastSync);
    if (this.cursor) params.set('cursor', this.cursor);
    const reply = await this.tenant.request('GET', `/api/v1/accounts?${params}`);
    assert.equal(reply.statusCode, 200, reply.raw);
    const page = reply.body.data;
    for (const account of page.data) this.copy.set(account.rtp_aid, account);
    if (page.hasNextPage) {
      this.cursor = page.nextCursor;
    } else {
      this.cursor = undefined;
      await this.applyDeletions();
      this.lastSync = page.syncTimestamp;
    }
  }

  /** Every tombstone since the pass's lastSync, all pages. */
  private async applyDeletions(): Promise<void> {
    let cursor: string | undefined;
    do {
      const params = new URLSearchParams({ limit: String(this.limit) });
      if (this.lastSync) params.set('lastSync', this.lastSync);
      if (cursor) params.set('cursor', cursor);
      const reply = await this.tenant.request('GET', `/api/v1/accounts/deleted?${params}`);
      assert.equal(reply.statusCode, 200, reply.raw);
      for (const tombstone of reply.body.data.data) this.copy.delete(tombstone.rtp_aid);
      cursor = reply.body.data.nextCursor ?? undefined;
    } while (cursor);
  }

  /** Finishes the pass in progress and runs one more complete pass. */
  async drain(): Promise<void> {
    do await this.fetchPage();
    while (this.cursor);
    do await this.fetchPage();
    while (this.cursor);
  }
}

async function serverState(tenant: Tenant): Promise<Map<string, unknown>> {
  const state = new Map<string, unknown>();
  let cursor: string | undefined;
  do {
    const reply = await tenant.request('GET', `/api/v1/accounts?limit=1000${cursor ? `&cursor=${cursor}` : ''}`);
    for (const account of reply.body.data.data) state.set(account.rtp_aid, account);
    cursor = reply.body.data.nextCursor ?? undefined;
  } while (cursor);
  return state;
}

describeEachEngine('delta sync', (engine) => {
  const ctx = useTestApp(engine);

  async function applyWrite(tenant: Tenant, segmentId: string, op: WriteOp): Promise<void> {
    if (op.kind === 'push') {
      const accounts = op.items.map((i) => ({ domain: i.domain, name: i.name, ...(i.value === undefined ? {} : { customFields: { SCORE_C: i.value } }) }));
      const reply = await tenant.request('POST', '/api/v1/accounts', { upsert: op.upsert, accounts });
      assert.equal(reply.statusCode, 200, reply.raw);
      return;
    }
    const found = (await tenant.request('GET', `/api/v1/accounts?domains=${encodeURIComponent(JSON.stringify([op.domain]))}`)).body.data.data[0];
    if (!found) return;
    if (op.kind === 'delete') {
      const reply = op.batch
        ? await tenant.request('POST', '/api/v1/accounts/delete', { domains: [op.domain] })
        : await tenant.request('DELETE', `/api/v1/accounts/${found.rtp_aid}`);
      // A concurrent delete may have taken it first.
      assert.ok(reply.statusCode === 200 || reply.statusCode === 404, reply.raw);
      return;
    }
    if (op.kind === 'putField') {
      const reply = await tenant.request('PUT', `/api/v1/accounts/${found.rtp_aid}`, { customFields: { SCORE_C: op.value } });
      assert.equal(reply.statusCode, 200, reply.raw);
    } else {
      const reply = await tenant.request(op.add ? 'POST' : 'DELETE', `/api/v1/segments/${segmentId}/accounts`, { accounts: [{ rtp_aid: found.rtp_aid }] });
      assert.equal(reply.statusCode, 200, reply.raw);
    }
  }

  test('a paging, delta-syncing client that applies tombstones always ends with the server state, under concurrent writes and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(steps, fc.integer({ min: 1, max: 4 }), async (plan: Step[], limit) => {
        const tenant = await ctx().newTenant();
        await tenant.request('POST', '/api/v1/accounts/custom-field', { label: 'Score', labelType: 'number' });
        const segmentId = (await tenant.request('POST', '/api/v1/segments', { name: 'S', type: 'static' })).body.data.segmentId;
        const client = new SyncingClient(tenant, limit);
        for (const step of plan) {
          const reads = Array.from({ length: step.pages }, () => () => client.fetchPage());
          const write = step.write ? () => applyWrite(tenant, segmentId, step.write!) : async () => {};
          if (step.concurrent) {
            // Reads of one client are sequential; a write may run alongside them.
            await Promise.all([write(), (async () => { for (const read of reads) await read(); })()]);
          } else {
            await write();
            for (const read of reads) await read();
          }
        }
        await client.drain();
        assert.deepEqual(client.copy, await serverState(tenant));
      }),
      { numRuns: 40 },
    );
  });

  test('concurrent batches with overlapping domains create exactly one account per domain', async () => {
    const tenant = await ctx().newTenant();
    const pool = Array.from({ length: 40 }, (_, i) => `company-${i}.com`);
    const batches = Array.from({ length: 12 }, (_, b) => ({
      upsert: b % 3 !== 0,
      accounts: Array.from({ length: 30 }, (_, i) => ({ domain: pool[(b * 7 + i * 3) % pool.length], name: `B${b}` })),
    }));
    const replies = await Promise.all(batches.map((body) => tenant.request('POST', '/api/v1/accounts', body)));
    const accounts = [...(await serverState(tenant)).values()] as Array<{ rtp_aid: string; domain: string }>;
    const idByDomain = new Map(accounts.map((a) => [a.domain, a.rtp_aid]));
    assert.equal(idByDomain.size, accounts.length, 'one account per domain');
    const createdPerDomain = new Map<string, number>();
    replies.forEach((reply, b) => {
      assert.equal(reply.statusCode, 200, reply.raw);
      for (const result of reply.body.data.results) {
        assert.equal(result.rtp_aid, idByDomain.get(result.domain), 'every result names the real account');
        if (result.status === 'created') createdPerDomain.set(result.domain, (createdPerDomain.get(result.domain) ?? 0) + 1);
        if (result.status === 'failed') {
          assert.equal(batches[b].upsert, false);
          assert.equal(result.error, `Account with domain '${result.domain}' already exists. Set upsert: true to update this account via this endpoint.`);
        }
      }
    });
    assert.deepEqual([...createdPerDomain.values()].filter((n) => n !== 1), [], 'each domain reported created exactly once');
    assert.equal(createdPerDomain.size, idByDomain.size);
  });
});

/**
 * A writer that stamps a change to an account and then keeps its transaction open until told to
 * commit — the way an account push holds its stamps (shared workspace, row locked, then stamped),
 * on a connection of its own.
 */
async function holdStampedWrite(database: DatabaseHandle, workspaceId: string, domain: string, externalId: string) {
  let commit!: () => void;
  const released = new Promise<void>((resolve) => (commit = resolve));
  let stamped!: () => void;
  const holding = new Promise<void>((resolve) => (stamped = resolve));
  const committed = database.db.transaction().execute(async (trx) => {
    await lockWorkspaceWrites(trx, workspaceId, 'shared');
    const state = (await repo.findAccountStatesByDomains(trx, database.dialect, workspaceId, [domain])).get(domain)!;
    const stamps = await allocateChangeStamps(trx, workspaceId, 1);
    await repo.updateAccountFields(trx, database.dialect, workspaceId, state.id, { externalId }, { changeSeq: stamps.firstSeq, changedAt: stamps.changedAt });
    stamped();
    await released;
  });
  await holding;
  return { commit: async () => (commit(), committed) };
}

describePostgres('delta sync with long-running writers', () => {
  const ctx = useTestApp('postgres');
  const HELD = ['acme.com', 'globex.com', 'initech.com'];
  const LATER = ['umbrella.com', 'hooli.com', 'stark.com', 'wayne.com', 'wonka.com'];

  test('writer transactions stamped early and committed late, out of order, still reach a syncing client', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(HELD, { minLength: 1 }).chain((held) => fc.tuple(fc.constant(held), fc.shuffledSubarray(held, { minLength: held.length, maxLength: held.length }))),
        fc.array(fc.record({ domains: fc.subarray(LATER, { minLength: 1 }), pages: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 3 }),
        async ([held, commitOrder], later, limit) => {
          const tenant = await ctx().newTenant();
          const all = [...HELD, ...LATER].map((domain) => ({ domain, name: 'first' }));
          assert.equal((await tenant.request('POST', '/api/v1/accounts', { accounts: all })).statusCode, 200);
          const client = new SyncingClient(tenant, limit);
          await client.drain();
          // Early writers take their stamps and stay open...
          const writers = new Map<string, { commit(): Promise<void> }>();
          for (const domain of held) writers.set(domain, await holdStampedWrite(ctx().database, tenant.workspaceId, domain, `held-${domain}`));
          // ...while later writers commit and the client syncs past them.
          for (const [i, step] of later.entries()) {
            const accounts = step.domains.map((domain) => ({ domain, name: `later-${i}` }));
            assert.equal((await tenant.request('POST', '/api/v1/accounts', { upsert: true, accounts })).statusCode, 200);
            for (let page = 0; page < step.pages; page += 1) await client.fetchPage();
          }
          await client.drain();
          // Then the early ones commit, out of order, the client syncing between commits.
          for (const domain of commitOrder) {
            await writers.get(domain)!.commit();
            await client.fetchPage();
          }
          await client.drain();
          assert.deepEqual(client.copy, await serverState(tenant));
        },
      ),
      { numRuns: 25 },
    );
  });
});
