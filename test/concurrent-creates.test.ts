import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as activitiesRepo from '../src/modules/activities/activities.repository.js';
import { describePostgres } from './support/engines.js';
import { untilAnotherSessionWaitsForALock } from './support/races.js';
import { useTestApp, type Tenant } from './support/test-app.js';

/**
 * A writer that skips the workspace lock and inserts a row a batch is about to create, between the
 * batch's read and its write: the unique key is the last word. Only PostgreSQL can interleave two
 * writers like that (SQLite has one writer at a time); each test holds the other writer's
 * uncommitted row until the push waits on it, then commits.
 */

const activity = (externalActivityId: string, overrides: Record<string, unknown> = {}) => ({
  externalActivityId,
  activityType: 'call',
  occurredAt: '2026-04-30T10:00:00.000Z',
  domain: 'acme.com',
  ownerEmail: 'rep@vendor.com',
  contacts: [{ email: 'jane@acme.com' }],
  ...overrides,
});
const DUPLICATE = (id: string) => `Activity with externalActivityId '${id}' already exists.`;

describePostgres('a concurrent writer that skips the workspace lock', () => {
  const ctx = useTestApp('postgres');

  test('an account another writer creates between a push’s read and its write (skipping the workspace lock) makes the push run again and update it', async () => {
    const tenant = await ctx().newTenant();
    let push!: Promise<Awaited<ReturnType<Tenant['request']>>>;
    await ctx().database.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('accounts')
        .values({ workspace_id: tenant.workspaceId, id: 'a'.repeat(24), domain: 'race.example.com', name: 'Theirs', external_id: null, short_name: null, linkedin_url: null, tags: '[]', custom_fields: '{}', created_at: 1, changed_at: 1, change_seq: 0 })
        .execute();
      push = tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'race.example.com', name: 'Ours' }], upsert: true });
      // The push planned a create and now waits on our uncommitted row in the unique index.
      await untilAnotherSessionWaitsForALock(ctx().database.db);
    });
    const reply = await push;
    assert.equal(reply.statusCode, 200, reply.raw);
    assert.deepEqual(reply.body.data.results, [{ rtp_aid: 'a'.repeat(24), domain: 'race.example.com', status: 'updated' }]);
    const accounts = (await tenant.request('GET', '/api/v1/accounts')).body.data.data;
    assert.deepEqual(accounts.map((a: { rtp_aid: string; name: string }) => [a.rtp_aid, a.name]), [['a'.repeat(24), 'Ours']]);
  });

  test('a deal another writer creates between a push’s read and its write (skipping the workspace lock) makes the push run again and update it', async () => {
    const tenant = await ctx().newTenant();
    let push!: Promise<Awaited<ReturnType<Tenant['request']>>>;
    await ctx().database.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('deals')
        .values({ workspace_id: tenant.workspaceId, id: 'd'.repeat(24), external_deal_id: 'race-1', name: 'Theirs', amount: null, stage_id: null, stage_label: null, pipeline_id: null, pipeline_label: null, start_date: null, closed_date: null, owner_name: null, owner_email: null, owner_id: null, deal_currency_code: null, created_at: 1, changed_at: 1, change_seq: 0 })
        .execute();
      push = tenant.request('POST', '/api/v1/deals', { deals: [{ externalDealId: 'race-1', name: 'Ours' }] });
      // The push planned a create and now waits on our uncommitted row in the unique index.
      await untilAnotherSessionWaitsForALock(ctx().database.db);
    });
    const reply = await push;
    assert.equal(reply.statusCode, 200, reply.raw);
    assert.deepEqual(reply.body.data.results, [{ externalDealId: 'race-1', status: 'updated' }]);
    const deal = (await tenant.request('GET', '/api/v1/deals/race-1')).body.data;
    assert.deepEqual([deal.rtp_dealId, deal.name], ['d'.repeat(24), 'Ours']);
  });

  test('a writer that inserted the externalActivityId first, unseen by the planner, makes the item fail and write nothing', async () => {
    const tenant = await ctx().newTenant();
    const { db } = ctx().database;
    let pushing: ReturnType<Tenant['request']> | undefined;
    await db.transaction().execute(async (trx) => {
      // Skips the workspace lock on purpose: only the unique key stands between the two writers.
      await activitiesRepo.insertActivities(trx, tenant.workspaceId, [
        {
          id: '0123456789abcdef01234567', external_activity_id: 'sneaky', activity_type: 'call', occurred_at: 0, domain: 'acme.com',
          account_name: null, subject: null, owner_email: 'x@y.com', owner_name: null, owner_id: null, from_name: null, from_email: null,
          call_title: null, duration_minutes: null, outcome: null, direction: null, open_count: null, click_count: null, created_at: 0, change_seq: 0,
        },
      ]);
      pushing = tenant.request('POST', '/api/v1/sales-activities', {
        activities: [activity('sneaky', { contacts: [{ email: 'loser@acme.com' }] }), activity('fine', { contacts: [{ email: 'winner@acme.com' }] })],
      });
      // The push planned the item as new and now waits on our uncommitted row in the unique index.
      await untilAnotherSessionWaitsForALock(db);
    });
    const reply = await pushing!;
    assert.deepEqual(reply.body.data.results, [
      { externalActivityId: 'sneaky', status: 'failed', error: DUPLICATE('sneaky') },
      { externalActivityId: 'fine', status: 'created' },
    ]);
    assert.deepEqual(reply.body.data.summary, { total: 2, created: 1, failed: 1, skipped: 0 });
    const contacts = await db.selectFrom('contacts').select('email').where('workspace_id', '=', tenant.workspaceId).execute();
    assert.deepEqual(contacts.map((c) => c.email), ['winner@acme.com']);
    const links = await db.selectFrom('sales_activity_contacts').select('activity_id').where('workspace_id', '=', tenant.workspaceId).execute();
    assert.equal(links.length, 1);
  });
});
