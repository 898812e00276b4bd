import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.js';
import { useTestApp, type Tenant } from '../../../test/support/test-app.js';
import * as repo from './activities.repository.js';

interface Result { externalActivityId: string; status: string; error?: string; reason?: string }

function activity(externalActivityId: string, overrides: Record<string, unknown> = {}) {
  return {
    externalActivityId,
    activityType: 'call',
    occurredAt: '2026-04-30T10:00:00.000Z',
    domain: 'acme.com',
    ownerEmail: 'rep@vendor.com',
    contacts: [{ email: 'jane@acme.com' }],
    ...overrides,
  };
}

async function push(tenant: Tenant, activities: unknown[]) {
  const reply = await tenant.request('POST', '/api/v1/sales-activities', { activities });
  assert.equal(reply.statusCode, 200, reply.raw);
  return reply.body.data as { results: Result[]; summary: Record<string, number> };
}

async function createAccount(tenant: Tenant, domain: string): Promise<string> {
  const reply = await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain, name: domain }] });
  assert.equal(reply.body.data.results[0].status, 'created', reply.raw);
  return reply.body.data.results[0].rtp_aid;
}

async function timeline(tenant: Tenant, accountId: string, query = '') {
  const reply = await tenant.request('GET', `/api/v1/accounts/${accountId}/activities${query}`);
  assert.equal(reply.statusCode, 200, reply.raw);
  return reply.body.data as { data: any[]; nextCursor: string | null; hasNextPage: boolean; syncTimestamp: string };
}

const DUPLICATE = (id: string) => `Activity with externalActivityId '${id}' already exists.`;
const SKIPPED = 'Only call and email activity types are supported';

describeEachEngine('sales activities', (engine) => {
  const ctx = useTestApp(engine);

  test('a mixed batch reports each item in input order: created, skipped, duplicates, invalid domain', async () => {
    const tenant = await ctx().newTenant();
    await push(tenant, [activity('existing')]);
    const data = await push(tenant, [
      activity('a1'),
      activity('existing'),
      activity('m1', { activityType: 'meeting' }),
      activity('a1', { activityType: 'email' }),
      activity('bad', { domain: 'not a domain' }),
      activity('existing', { activityType: 'note', domain: 'not a domain' }),
      activity('existing', { domain: 'also bad' }),
      activity('e1', { activityType: 'email', domain: 'https://www.Globex.com/x' }),
      activity('bad', { domain: 'initech.com' }),
    ]);
    assert.deepEqual(data.results, [
      { externalActivityId: 'a1', status: 'created' },
      { externalActivityId: 'existing', status: 'failed', error: DUPLICATE('existing') },
      { externalActivityId: 'm1', status: 'skipped', reason: SKIPPED },
      { externalActivityId: 'a1', status: 'failed', error: DUPLICATE('a1') },
      { externalActivityId: 'bad', status: 'failed', error: "Invalid domain 'not a domain'" },
      { externalActivityId: 'existing', status: 'skipped', reason: SKIPPED },
      { externalActivityId: 'existing', status: 'failed', error: DUPLICATE('existing') },
      { externalActivityId: 'e1', status: 'created' },
      { externalActivityId: 'bad', status: 'created' },
    ]);
    assert.deepEqual(data.summary, { total: 9, created: 3, failed: 4, skipped: 2 });
    assert.deepEqual(Object.keys(data.results[1]), ['externalActivityId', 'status', 'error']);
    assert.deepEqual(Object.keys(data.results[2]), ['externalActivityId', 'status', 'reason']);

    const globex = await createAccount(tenant, 'globex.com');
    const entries = (await timeline(tenant, globex)).data;
    assert.deepEqual(entries.map((a) => [a.externalActivityId, a.activityType, a.domain]), [['e1', 'email', 'globex.com']]);
    const skippedOrFailed = await tenant.request('POST', '/api/v1/sales-activities', { activities: [activity('m1'), activity('a1')] });
    assert.deepEqual(skippedOrFailed.body.data.results.map((r: Result) => r.status), ['created', 'failed'], 'a skipped id was never stored');
  });

  test('activityType is matched case-insensitively and stored lower-case (SPEC §3.10, 2026-12)', async () => {
    const tenant = await ctx().newTenant();
    const data = await push(tenant, [
      activity('c1', { activityType: 'Call', domain: 'cases.example' }),
      activity('e1', { activityType: 'EMAIL', domain: 'cases.example' }),
      activity('m1', { activityType: 'Meeting', domain: 'cases.example' }),
    ]);
    assert.deepEqual(data.results, [
      { externalActivityId: 'c1', status: 'created' },
      { externalActivityId: 'e1', status: 'created' },
      { externalActivityId: 'm1', status: 'skipped', reason: SKIPPED },
    ]);
    const account = await createAccount(tenant, 'cases.example');
    const types = (await timeline(tenant, account)).data.map((a) => [a.externalActivityId, a.activityType]).sort();
    assert.deepEqual(types, [['c1', 'call'], ['e1', 'email']]);
  });

  test('a batch without any created item answers 200 with every result', async () => {
    const tenant = await ctx().newTenant();
    const data = await push(tenant, [activity('x', { activityType: 'meeting' }), activity('y', { domain: 'localhost' })]);
    assert.deepEqual(data.results, [
      { externalActivityId: 'x', status: 'skipped', reason: SKIPPED },
      { externalActivityId: 'y', status: 'failed', error: "Invalid domain 'localhost'" },
    ]);
    assert.deepEqual(data.summary, { total: 2, created: 0, failed: 1, skipped: 1 });
  });

  test('validation: batch size, required fields, formats and ranges reject the whole request', async () => {
    const tenant = await ctx().newTenant();
    const send = (body: unknown) => tenant.request('POST', '/api/v1/sales-activities', body);
    const missing = await send({});
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.body.message, 'Bad Request');
    assert.equal(missing.body.customMessage, 'activities must be an array; activities must contain at least 1 elements');
    assert.deepEqual(missing.body.data, [
      { property: 'activities', path: 'activities', constraints: { isArray: 'activities must be an array', arrayMinSize: 'activities must contain at least 1 elements' } },
    ]);
    assert.equal((await send({ activities: [] })).body.customMessage, 'activities must contain at least 1 elements');
    const tooMany = Array.from({ length: 51 }, (_, i) => activity(`a${i}`));
    assert.equal((await send({ activities: tooMany })).body.customMessage, 'activities must contain no more than 50 elements');
    assert.equal((await send({ activities: tooMany.slice(0, 50) })).statusCode, 200, '50 is allowed');

    const required = await send({ activities: [{}] });
    assert.equal(
      required.body.customMessage,
      'externalActivityId should not be empty; activityType should not be empty; occurredAt should not be empty; domain should not be empty; ' +
        'ownerEmail should not be empty; contacts must be an array; contacts must contain at least 1 elements',
    );
    assert.deepEqual(required.body.data[5], {
      property: 'contacts',
      path: 'activities[0].contacts',
      constraints: { isArray: 'contacts must be an array', arrayMinSize: 'contacts must contain at least 1 elements' },
    });

    const wrong = await send({
      activities: [
        activity('v1', {
          activityType: 5,
          occurredAt: '2026-04-30',
          ownerEmail: 'not-an-email',
          contacts: [],
          durationMinutes: -1,
          direction: 'sideways',
          openCount: 1.5,
          clickCount: -2,
        }),
      ],
    });
    assert.deepEqual(wrong.body.data, [
      { property: 'activityType', path: 'activities[0].activityType', constraints: { isString: 'activityType must be a string' } },
      { property: 'occurredAt', path: 'activities[0].occurredAt', constraints: { isISO8601: 'occurredAt must be a valid ISO 8601 date string' } },
      { property: 'ownerEmail', path: 'activities[0].ownerEmail', constraints: { isEmail: 'ownerEmail must be an email' } },
      { property: 'contacts', path: 'activities[0].contacts', constraints: { arrayMinSize: 'contacts must contain at least 1 elements' } },
      { property: 'durationMinutes', path: 'activities[0].durationMinutes', constraints: { min: 'durationMinutes must not be less than 0' } },
      { property: 'direction', path: 'activities[0].direction', constraints: { isIn: 'direction must be one of the following values: inbound, outbound' } },
      { property: 'openCount', path: 'activities[0].openCount', constraints: { isInt: 'openCount must be an integer number' } },
      { property: 'clickCount', path: 'activities[0].clickCount', constraints: { min: 'clickCount must not be less than 0' } },
    ]);

    const contacts = await send({ activities: [activity('v2', { contacts: [{ name: 'No Email' }, { email: 'nope' }] })] });
    assert.equal(contacts.body.customMessage, 'email should not be empty; email must be an email');
    assert.deepEqual(contacts.body.data.map((d: { path: string }) => d.path), ['activities[0].contacts[0].email', 'activities[0].contacts[1].email']);

    const durationType = await send({ activities: [activity('v3', { durationMinutes: '5', from: 'x' })] });
    assert.equal(durationType.body.customMessage, 'from must be an object; durationMinutes must be a number conforming to the specified constraints');

    // Accepted by the format but with no instant in years 0000–9999.
    const outOfRange = await send({ activities: [activity('ok'), activity('v4', { occurredAt: '9999-12-31T23:00:00-02:00' })] });
    assert.equal(outOfRange.statusCode, 400);
    assert.deepEqual(outOfRange.body.data, [
      { property: 'occurredAt', path: 'activities[1].occurredAt', constraints: { isISO8601: 'occurredAt must be a valid ISO 8601 date string' } },
    ]);

    const accountId = await createAccount(tenant, 'acme.com');
    assert.deepEqual(
      (await timeline(tenant, accountId, '?limit=1000')).data.map((a) => a.externalActivityId).filter((id) => !/^a\d+$/.test(id)),
      [],
      'rejected requests write nothing',
    );

    const accepted = await push(tenant, [activity('ok-nulls', { subject: null, from: null, durationMinutes: 0, openCount: 0, contacts: [{ email: 'x@acme.com', name: null }] })]);
    assert.equal(accepted.results[0].status, 'created', 'null optional fields and zero counts are accepted');
    const nullDirection = await send({ activities: [activity('v5', { direction: null })] });
    assert.equal(nullDirection.body.customMessage, 'direction should not be empty');
  });

  test('an activity and its contacts read back in full through the timeline', async () => {
    const tenant = await ctx().newTenant();
    const accountId = await createAccount(tenant, 'acme.com');
    await push(tenant, [
      activity('call-1', {
        occurredAt: '2026-04-30T12:00:00+02:00',
        domain: 'www.ACME.com',
        accountName: 'Acme Corp',
        subject: 'Discovery',
        ownerEmail: 'Rep@Vendor.com',
        ownerName: 'Rep',
        ownerId: 'u-1',
        from: { name: 'Rep', email: 'rep@vendor.com' },
        callTitle: 'Intro call',
        durationMinutes: 12.5,
        outcome: 'connected',
        direction: 'outbound',
        contacts: [
          { email: 'Jane@Acme.com', externalContactId: 'crm-c-1', name: 'Jane', title: 'CTO', department: 'IT', seniority: 'C-level', phone: '+1 555', linkedinUrl: 'https://linkedin.com/in/jane' },
          { email: 'bob@acme.com' },
          { email: 'JANE@acme.com' },
        ],
        ignoredExtra: true,
      }),
    ]);
    const page = await timeline(tenant, accountId);
    assert.equal(page.hasNextPage, false);
    assert.equal(page.nextCursor, null);
    assert.match(page.syncTimestamp, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const [entry] = page.data;
    assert.match(entry.rtp_activityId, /^[0-9a-f]{24}$/);
    assert.match(entry.createdAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    assert.deepEqual({ ...entry, rtp_activityId: 'id', createdAt: 't' }, {
      rtp_activityId: 'id',
      externalActivityId: 'call-1',
      activityType: 'call',
      occurredAt: '2026-04-30T10:00:00.000Z',
      domain: 'acme.com',
      accountName: 'Acme Corp',
      subject: 'Discovery',
      ownerEmail: 'Rep@Vendor.com',
      ownerName: 'Rep',
      ownerId: 'u-1',
      from: { name: 'Rep', email: 'rep@vendor.com' },
      callTitle: 'Intro call',
      durationMinutes: 12.5,
      outcome: 'connected',
      direction: 'outbound',
      openCount: null,
      clickCount: null,
      contacts: [
        { email: 'jane@acme.com', externalContactId: 'crm-c-1', name: 'Jane', title: 'CTO', department: 'IT', seniority: 'C-level', phone: '+1 555', linkedinUrl: 'https://linkedin.com/in/jane' },
        { email: 'bob@acme.com', externalContactId: null, name: null, title: null, department: null, seniority: null, phone: null, linkedinUrl: null },
      ],
      createdAt: 't',
    });
    await push(tenant, [activity('mail-1', { activityType: 'email', occurredAt: '2026-05-01T00:00:00Z', openCount: 3, clickCount: 1 })]);
    const [mail] = (await timeline(tenant, accountId)).data;
    assert.deepEqual([mail.externalActivityId, mail.openCount, mail.clickCount, mail.from, mail.durationMinutes, mail.direction], ['mail-1', 3, 1, null, null, null]);
  });

  test('contacts are upserted by email per workspace: provided fields overwrite, omitted stay, null clears', async () => {
    const tenant = await ctx().newTenant();
    const accountId = await createAccount(tenant, 'acme.com');
    await push(tenant, [activity('c1', { occurredAt: '2026-04-01T00:00:00Z', contacts: [{ email: 'jane@acme.com', name: 'Jane', title: 'CTO', phone: '+1 555' }] })]);
    await push(tenant, [
      activity('c2', { occurredAt: '2026-04-02T00:00:00Z', contacts: [{ email: 'JANE@ACME.COM', title: 'CEO', phone: null, seniority: 'C-level' }] }),
      activity('c3', { occurredAt: '2026-04-03T00:00:00Z', contacts: [{ email: 'Jane@acme.com', department: 'Board' }] }),
      activity('c4', { activityType: 'meeting', contacts: [{ email: 'jane@acme.com', name: 'Skipped' }] }),
      activity('c1', { contacts: [{ email: 'jane@acme.com', name: 'Duplicate' }, { email: 'ghost@acme.com' }] }),
    ]);
    const page = await timeline(tenant, accountId);
    assert.deepEqual(page.data.map((a) => a.externalActivityId), ['c3', 'c2', 'c1']);
    const expected = { email: 'jane@acme.com', externalContactId: null, name: 'Jane', title: 'CEO', department: 'Board', seniority: 'C-level', phone: null, linkedinUrl: null };
    for (const entry of page.data) assert.deepEqual(entry.contacts, [expected], `${entry.externalActivityId} links the one contact`);
    const { db } = ctx().database;
    const stored = await db.selectFrom('contacts').select('email').where('workspace_id', '=', tenant.workspaceId).execute();
    assert.deepEqual(stored.map((c) => c.email), ['jane@acme.com'], 'skipped and failed items write no contacts');

    const other = await ctx().newTenant();
    const otherAccount = await createAccount(other, 'acme.com');
    await push(other, [activity('c1', { contacts: [{ email: 'jane@acme.com', name: 'Someone else' }] })]);
    assert.equal((await timeline(other, otherAccount)).data[0].contacts[0].name, 'Someone else');
    assert.equal((await timeline(tenant, accountId)).data[2].contacts[0].name, 'Jane', 'contacts are per workspace');
  });

  test('an activity pushed before its account exists links once the account is created', async () => {
    const tenant = await ctx().newTenant();
    await push(tenant, [activity('early', { domain: 'https://www.Late.io/contact?x=1' })]);
    const { db } = ctx().database;
    const since = Date.parse('2026-04-01T00:00:00Z');
    const byDomain = await repo.activityStatsByDomain(db, tenant.workspaceId, ['late.io'], since);
    assert.deepEqual(byDomain.get('late.io'), { countSince: 1, lastOccurredAt: Date.parse('2026-04-30T10:00:00Z') });

    const created = await tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'late.io', name: 'Late' }] });
    const accountId = created.body.data.results[0].rtp_aid;
    const page = await timeline(tenant, accountId);
    assert.deepEqual(page.data.map((a) => a.externalActivityId), ['early']);
    const stats = await repo.activityStatsByAccount(db, tenant.workspaceId, [accountId], since);
    assert.deepEqual(stats.get(accountId), { countSince: 1, lastOccurredAt: Date.parse('2026-04-30T10:00:00Z') });
  });

  test('timeline: newest first, keyset pages with limit and cursor, ties broken by id', async () => {
    const tenant = await ctx().newTenant();
    const accountId = await createAccount(tenant, 'acme.com');
    await createAccount(tenant, 'globex.com');
    const times = ['2026-01-05', '2026-01-01', '2026-01-03', '2026-01-03', '2026-01-02', '2026-01-04'];
    await push(tenant, times.map((day, i) => activity(`t${i}`, { occurredAt: `${day}T00:00:00Z` })));
    await push(tenant, [activity('other', { domain: 'globex.com', occurredAt: '2026-01-09T00:00:00Z' })]);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await timeline(tenant, accountId, `?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(page.nextCursor === null, !page.hasNextPage);
      seen.push(...page.data.map((a) => a.externalActivityId));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    assert.equal(pages, 2);
    // Same occurredAt: the later-created (higher id) first.
    assert.deepEqual(seen, ['t0', 't5', 't3', 't2', 't4', 't1']);
    const all = (await timeline(tenant, accountId, '?limit=1000')).data;
    for (let i = 1; i < all.length; i += 1) assert.ok(all[i - 1].occurredAt >= all[i].occurredAt);

    const badId = await tenant.request('GET', '/api/v1/accounts/123/activities');
    assert.equal(badId.statusCode, 400);
    assert.equal(badId.body.customMessage, 'Invalid rtp_aid format');
    const missing = await tenant.request('GET', '/api/v1/accounts/0123456789abcdef01234567/activities');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.body.message, 'Not Found');
    assert.equal(missing.body.customMessage, 'Account not found');
    assert.equal(missing.body.path, '/api/v1/accounts/0123456789abcdef01234567/activities');
    const badCursor = await tenant.request('GET', `/api/v1/accounts/${accountId}/activities?cursor=abc`);
    assert.equal(badCursor.statusCode, 400);
    assert.equal(badCursor.body.customMessage, 'Invalid cursor');
    const accountsCursor = (await tenant.request('GET', '/api/v1/accounts?limit=1')).body.data.nextCursor;
    assert.equal((await tenant.request('GET', `/api/v1/accounts/${accountId}/activities?cursor=${accountsCursor}`)).body.customMessage, 'Invalid cursor');
    assert.equal((await tenant.request('GET', `/api/v1/accounts/${accountId}/activities?limit=0`)).body.customMessage, 'limit must not be less than 1');
    assert.equal((await tenant.request('GET', `/api/v1/accounts/${accountId}/activities?limit=1001`)).body.customMessage, 'limit must not be greater than 1000');
  });

  test('concurrent pushes of one externalActivityId create it exactly once', async () => {
    const tenant = await ctx().newTenant();
    const accountId = await createAccount(tenant, 'acme.com');
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        tenant.request('POST', '/api/v1/sales-activities', {
          activities: [activity('race', { contacts: [{ email: `racer${i}@acme.com` }] }), activity(`own-${i}`)],
        }),
      ),
    );
    const results = replies.map((reply) => {
      assert.equal(reply.statusCode, 200, reply.raw);
      return reply.body.data.results as Result[];
    });
    const winners = results.filter((r) => r[0].status === 'created');
    assert.equal(winners.length, 1);
    for (const r of results.filter((r) => r[0].status !== 'created')) {
      assert.deepEqual(r[0], { externalActivityId: 'race', status: 'failed', error: DUPLICATE('race') });
    }
    for (const r of results) assert.equal(r[1].status, 'created');
    const entries = (await timeline(tenant, accountId)).data.filter((a) => a.externalActivityId === 'race');
    assert.equal(entries.length, 1);
    const winner = results.findIndex((r) => r[0].status === 'created');
    assert.deepEqual(entries[0].contacts.map((c: { email: string }) => c.email), [`racer${winner}@acme.com`]);
    const { db } = ctx().database;
    const racers = await db.selectFrom('contacts').select('email').where('workspace_id', '=', tenant.workspaceId).where('email', 'like', 'racer%').execute();
    assert.deepEqual(racers.map((c) => c.email), [`racer${winner}@acme.com`], 'losers write no contacts');
  });

  // PostgreSQL only: on SQLite one connection runs one transaction at a time, so no writer can
  // slip in between the planner's read and the insert.

  test('workspace isolation: ids, contacts and timelines belong to one workspace', async () => {
    const owner = await ctx().newTenant();
    const other = await ctx().newTenant();
    const ownerAccount = await createAccount(owner, 'acme.com');
    await push(owner, [activity('shared-id')]);
    assert.deepEqual((await push(other, [activity('shared-id')])).results, [{ externalActivityId: 'shared-id', status: 'created' }]);
    const foreign = await other.request('GET', `/api/v1/accounts/${ownerAccount}/activities`);
    const unknown = await other.request('GET', '/api/v1/accounts/0123456789abcdef01234567/activities');
    assert.equal(foreign.statusCode, 404);
    assert.equal(foreign.body.customMessage, 'Account not found');
    assert.deepEqual({ ...foreign.body, timestamp: 't', path: 'p' }, { ...unknown.body, timestamp: 't', path: 'p' });
    const otherAccount = await createAccount(other, 'acme.com');
    assert.equal((await timeline(other, otherAccount)).data.length, 1, "the other workspace sees only its own activity");
    assert.equal((await timeline(owner, ownerAccount)).data.length, 1);
  });

  test('scoring inputs: counts since a time, latest activity, and accounts changed after a watermark', async () => {
    const tenant = await ctx().newTenant();
    const acme = await createAccount(tenant, 'acme.com');
    const globex = await createAccount(tenant, 'globex.com');
    const quiet = await createAccount(tenant, 'quiet.com');
    const { db } = ctx().database;
    const start = await repo.accountsWithActivitiesAfter(db, tenant.workspaceId, 0);
    assert.deepEqual(start, { accountIds: [], lastSeq: 0 });
    await push(tenant, [
      activity('a1', { occurredAt: '2026-03-01T00:00:00Z' }),
      activity('a2', { occurredAt: '2026-04-20T00:00:00Z' }),
      activity('a3', { activityType: 'email', occurredAt: '2026-04-25T00:00:00Z' }),
      activity('g1', { domain: 'globex.com', occurredAt: '2026-02-01T00:00:00Z' }),
      activity('n1', { domain: 'nobody.com', occurredAt: '2026-04-25T00:00:00Z' }),
    ]);
    const since = Date.parse('2026-04-01T00:00:00Z');
    const stats = await repo.activityStatsByAccount(db, tenant.workspaceId, [acme, globex, quiet], since);
    assert.deepEqual(stats.get(acme), { countSince: 2, lastOccurredAt: Date.parse('2026-04-25T00:00:00Z') });
    assert.deepEqual(stats.get(globex), { countSince: 0, lastOccurredAt: Date.parse('2026-02-01T00:00:00Z') });
    assert.equal(stats.has(quiet), false);

    const first = await repo.accountsWithActivitiesAfter(db, tenant.workspaceId, 0);
    assert.deepEqual(first.accountIds, [acme, globex].sort());
    assert.ok(first.lastSeq > 0);
    assert.deepEqual(await repo.accountsWithActivitiesAfter(db, tenant.workspaceId, first.lastSeq), { accountIds: [], lastSeq: first.lastSeq });
    await push(tenant, [activity('g2', { domain: 'globex.com' }), activity('a1', { domain: 'quiet.com' })]);
    const next = await repo.accountsWithActivitiesAfter(db, tenant.workspaceId, first.lastSeq);
    assert.deepEqual(next.accountIds, [globex]);
    assert.ok(next.lastSeq > first.lastSeq);

    const other = await ctx().newTenant();
    assert.deepEqual(await repo.activityStatsByAccount(db, other.workspaceId, [acme], since), new Map(), 'stats are per workspace');
  });
});
