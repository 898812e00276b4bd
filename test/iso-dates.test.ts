import assert from 'node:assert/strict';
import { test } from 'node:test';
import { migrations } from '../src/db/migrations/index.js';
import { describeEachEngine } from './support/engines.js';
import { IMPOSSIBLE_DATE_TIMES, ODD_FORMS, renderInstant, renderingOf } from './support/iso-forms.js';
import { useTestApp, type Tenant } from './support/test-app.js';

/**
 * Issue 10, class 3: validation and the services read dates with one parser (src/lib/iso-date.ts),
 * so every odd but legal ISO 8601 form means exactly its instant everywhere, and an impossible one is
 * a 400 in the SPEC §2.4 shape on both engines — never an empty page, a stored NaN or a 500.
 */

const GENERATIONS = ['/api/v1', '/api/v1/crm'] as const;
const INSTANT = Date.parse('2026-01-15T10:00:00.000Z');

function invalidDate(property: string, path = property) {
  const message = `${property} must be a valid ISO 8601 date string`;
  return { message, data: [{ property, path, constraints: { isISO8601: message } }] };
}

async function ok(reply: Promise<{ statusCode: number; raw: string; body: any }>) {
  const answer = await reply;
  assert.equal(answer.statusCode, 200, answer.raw);
  return answer.body.data;
}

/** A list with `lastSync`: how to add its record `name`, and how an item of the list is named. */
interface SyncedList {
  path: string;
  /** The generations serving it (default: both). */
  generations?: ReadonlyArray<(typeof GENERATIONS)[number]>;
  prepare: (tenant: Tenant) => Promise<{ path: string; add: (name: string) => Promise<void> }>;
  nameOf: (item: any) => string;
}

const pushAccount = (tenant: Tenant, name: string) =>
  ok(tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: `${name}.example.com`, name }] }));

const LISTS: SyncedList[] = [
  {
    path: '/accounts',
    prepare: async (tenant) => ({
      path: '/accounts',
      add: async (name) => {
        await pushAccount(tenant, name);
      },
    }),
    nameOf: (account) => account.name,
  },
  {
    path: '/deals',
    prepare: async (tenant) => ({
      path: '/deals',
      add: async (name) => {
        await ok(tenant.request('POST', '/api/v1/deals', { deals: [{ externalDealId: name, name }] }));
      },
    }),
    nameOf: (deal) => deal.externalDealId,
  },
  {
    path: '/segments',
    prepare: async (tenant) => ({
      path: '/segments',
      add: async (name) => {
        await ok(tenant.request('POST', '/api/v1/segments', { name, type: 'static' }));
      },
    }),
    nameOf: (segment) => segment.name,
  },
  {
    path: '/segments/:segmentId/accounts',
    prepare: async (tenant) => {
      const segment = await ok(tenant.request('POST', '/api/v1/segments', { name: 'Members', type: 'static' }));
      for (const name of ['first', 'second']) await pushAccount(tenant, name);
      const add = async (name: string) => {
        await ok(tenant.request('POST', `/api/v1/segments/${segment.segmentId}/accounts`, { accounts: [{ domain: `${name}.example.com` }] }));
      };
      return { path: `/segments/${segment.segmentId}/accounts`, add };
    },
    nameOf: (account) => account.name,
  },
  {
    path: '/accounts/deleted',
    prepare: async (tenant) => ({
      path: '/accounts/deleted',
      add: async (name) => {
        await pushAccount(tenant, name);
        await ok(tenant.request('POST', '/api/v1/accounts/delete', { domains: [`${name}.example.com`] }));
      },
    }),
    nameOf: (tombstone) => tombstone.domain.replace('.example.com', ''),
  },
  {
    path: '/deals/deleted',
    prepare: async (tenant) => ({
      path: '/deals/deleted',
      add: async (name) => {
        await ok(tenant.request('POST', '/api/v1/deals', { deals: [{ externalDealId: name, name }] }));
        await ok(tenant.request('DELETE', `/api/v1/deals/${name}`));
      },
    }),
    nameOf: (tombstone) => tombstone.externalDealId,
  },
  {
    path: '/audit-events',
    generations: ['/api/v1'],
    prepare: async (tenant) => ({
      path: '/audit-events',
      add: async (name) => {
        await ok(tenant.request('POST', '/api/v1/segments', { name, type: 'static' }));
      },
    }),
    nameOf: (event) => event.details.after.name,
  },
];

describeEachEngine('ISO 8601 dates in requests', (engine) => {
  const ctx = useTestApp(engine);

  test('every list with lastSync is the one the test covers', () => {
    const withLastSync = ctx()
      .app.routeCatalog.filter((route) => {
        const properties = (route.schema?.querystring as { properties?: object } | undefined)?.properties;
        return properties !== undefined && Object.hasOwn(properties, 'lastSync');
      })
      .map((route) => `${route.method} ${route.url}`);
    const covered = LISTS.flatMap((list) => (list.generations ?? GENERATIONS).map((base) => `GET ${base}${list.path}`));
    assert.deepEqual(withLastSync.sort(), covered.sort());
  });

  for (const base of GENERATIONS) {
    for (const list of LISTS.filter((l) => (l.generations ?? GENERATIONS).includes(base))) {
      test(`GET ${base}${list.path}: lastSync in any legal form returns exactly what its Z form does; impossible forms are a 400`, async () => {
        const tenant = await ctx().newTenant();
        const { path, add } = await list.prepare(tenant);
        const names = async (lastSync: string) =>
          (await ok(tenant.request('GET', `${base}${path}?lastSync=${encodeURIComponent(lastSync)}`))).data.map(list.nameOf);

        await add('first');
        const { syncTimestamp } = await ok(tenant.request('GET', `${base}${path}`));
        await add('second');
        assert.deepEqual(await names(syncTimestamp), ['second']);
        const instant = Date.parse(syncTimestamp);
        for (const [form, rendering] of ODD_FORMS) {
          const lastSync = renderInstant(instant, renderingOf(rendering));
          assert.deepEqual(await names(lastSync), ['second'], `${form}: ${lastSync}`);
        }
        // One millisecond earlier, in an odd form, takes in the first record too: the filter is read, not ignored.
        assert.deepEqual(await names(renderInstant(instant - 1, renderingOf(ODD_FORMS[0][1]))), ['first', 'second']);

        for (const lastSync of IMPOSSIBLE_DATE_TIMES) {
          const reply = await tenant.request('GET', `${base}${path}?lastSync=${encodeURIComponent(lastSync)}`);
          assert.equal(reply.statusCode, 400, `${lastSync}: ${reply.raw}`);
          const { message, data } = invalidDate('lastSync');
          assert.deepEqual(
            { message: reply.body.message, customMessage: reply.body.customMessage, data: reply.body.data, path: reply.body.path },
            { message: 'Bad Request', customMessage: message, data, path: `${base}${path.replace(/\?.*/, '')}` },
            lastSync,
          );
        }
        // An unencoded `+` arrives as a space: read as the offset it was meant to be.
        const plusOffset = new Date(instant + 2 * 3_600_000).toISOString().replace('Z', '+02:00');
        assert.deepEqual(await names(plusOffset), ['second'], plusOffset);
        const unencoded = await ok(tenant.request('GET', `${base}${path}?lastSync=${plusOffset}`));
        assert.deepEqual(unencoded.data.map(list.nameOf), ['second'], `unencoded ${plusOffset}`);
        // A space that still makes no date says how to encode the value.
        const spaced = await tenant.request('GET', `${base}${path}?lastSync=2020-01-01T00:00:00+5`);
        assert.equal(spaced.statusCode, 400, spaced.raw);
        assert.equal(spaced.body.customMessage, "lastSync must be a valid ISO 8601 date string (send '+' in a query string as %2B, e.g. 2026-04-30T10:00:00%2B02:00)");
      });
    }
  }

  test('an empty list in a workspace that never changed anything answers its creation time as syncTimestamp, and the first write comes after it', async () => {
    const before = Date.now();
    const tenant = await ctx().newTenant();
    for (const base of GENERATIONS) {
      const { syncTimestamp, data } = await ok(tenant.request('GET', `${base}/accounts`));
      assert.deepEqual(data, []);
      const instant = Date.parse(syncTimestamp);
      assert.ok(instant >= before - 1000 && instant <= Date.now(), `${base}: ${syncTimestamp}`);
    }
    const { syncTimestamp } = await ok(tenant.request('GET', '/api/v1/deals'));
    await pushAccount(tenant, 'first');
    const since = await ok(tenant.request('GET', `/api/v1/accounts?lastSync=${encodeURIComponent(syncTimestamp)}`));
    assert.deepEqual(since.data.map((account: { name: string }) => account.name), ['first']);
  });

  test('upgrading: a workspace whose change clock never started gets its creation time; one that has changes keeps its clock', async () => {
    const fresh = await ctx().newTenant();
    const busy = await ctx().newTenant();
    await pushAccount(busy, 'first');
    const busyBefore = (await ok(busy.request('GET', '/api/v1/accounts'))).syncTimestamp;
    const { db } = ctx().database;
    // As before migration 023 moved the clock to change_clocks: on the workspace row, never started.
    await db.deleteFrom('change_clocks').where('workspace_id', '=', fresh.workspaceId).execute();
    await db.updateTable('workspaces').set({ change_clock: 0 }).where('id', '=', fresh.workspaceId).execute();
    await migrations['2026-12-05-012-change-clock-from-creation'].up(db);
    const created = await db.selectFrom('workspaces').select('created_at').where('id', '=', fresh.workspaceId).executeTakeFirstOrThrow();
    assert.equal((await ok(fresh.request('GET', '/api/v1/accounts'))).syncTimestamp, new Date(Number(created.created_at)).toISOString());
    assert.equal((await ok(busy.request('GET', '/api/v1/accounts'))).syncTimestamp, busyBefore);
  });

  test('deal dates: odd forms are stored as their instant (or date), impossible ones are a 400 that writes nothing', async () => {
    const tenant = await ctx().newTenant();
    const forms = ODD_FORMS.map(([form, rendering], i) => ({ id: `D-${i}`, form, text: renderInstant(INSTANT, renderingOf(rendering)) }));
    const pushed = await ok(
      tenant.request('POST', '/api/v1/deals', { deals: forms.map(({ id, text }) => ({ externalDealId: id, name: id, closedDate: text })) }),
    );
    assert.equal(pushed.summary.created, forms.length, JSON.stringify(pushed));
    for (const { id, form, text } of forms) {
      const deal = await ok(tenant.request('GET', `/api/v1/deals/${id}`));
      assert.equal(deal.closedDate, '2026-01-15T10:00:00.000Z', `${form}: ${text}`);
    }
    const dates = ['2026-01-15', '20260115', '2026-015', '2026W034', '2026-W03-4'];
    await ok(tenant.request('POST', '/api/v1/crm/deals', { deals: dates.map((startDate, i) => ({ externalDealId: `B-${i}`, name: 'b', startDate })) }));
    for (let i = 0; i < dates.length; i += 1) {
      assert.equal((await ok(tenant.request('GET', `/api/v1/deals/B-${i}`))).startDate, '2026-01-15', dates[i]);
    }

    for (const [field, bad] of [...IMPOSSIBLE_DATE_TIMES.map((text) => ['closedDate', text]), ['startDate', '2026-02-30'], ['startDate', '2027-W53-1']]) {
      for (const base of GENERATIONS) {
        const reply = await tenant.request('POST', `${base}/deals`, { deals: [{ externalDealId: 'NEW', name: 'n' }, { externalDealId: 'BAD', name: 'b', [field]: bad }] });
        assert.equal(reply.statusCode, 400, `${bad}: ${reply.raw}`);
        const { message, data } = invalidDate(field, `deals[1].${field}`);
        assert.deepEqual([reply.body.customMessage, reply.body.data], [message, data], bad);
      }
    }
    assert.equal((await tenant.request('GET', '/api/v1/deals/NEW')).statusCode, 404, 'a rejected push writes nothing');
  });

  test('signal occurredAt: odd forms are stored as their instant, impossible ones are a 400 that writes nothing', async () => {
    const tenant = await ctx().newTenant();
    const signals = ODD_FORMS.map(([, rendering], i) => ({
      source: 'website',
      type: 'page_view',
      domain: 'acme.com',
      externalSignalId: `s-${i}`,
      occurredAt: renderInstant(INSTANT, renderingOf(rendering)),
    }));
    const pushed = await ok(tenant.request('POST', '/api/v1/signals', { signals }));
    assert.equal(pushed.summary.created, signals.length, JSON.stringify(pushed));
    const stored = await ctx()
      .database.db.selectFrom('signals')
      .select(['external_signal_id', 'occurred_at'])
      .where('workspace_id', '=', tenant.workspaceId)
      .orderBy('external_signal_id')
      .execute();
    assert.deepEqual(new Set(stored.map((row) => Number(row.occurred_at))), new Set([INSTANT]));

    for (const bad of IMPOSSIBLE_DATE_TIMES) {
      const reply = await tenant.request('POST', '/api/v1/signals', {
        signals: [{ ...signals[0], externalSignalId: 'new' }, { ...signals[0], externalSignalId: 'bad', occurredAt: bad }],
      });
      assert.equal(reply.statusCode, 400, `${bad}: ${reply.raw}`);
      const { message, data } = invalidDate('occurredAt', 'signals[1].occurredAt');
      assert.deepEqual([reply.body.customMessage, reply.body.data], [message, data], bad);
    }
    const count = await ctx().database.db.selectFrom('signals').select((eb) => eb.fn.countAll().as('n')).where('workspace_id', '=', tenant.workspaceId).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), signals.length, 'rejected pushes write nothing');
  });

  test('sales-activity occurredAt: odd forms read back as their instant, impossible ones are a 400', async () => {
    const tenant = await ctx().newTenant();
    const [{ rtp_aid: accountId }] = (await pushAccount(tenant, 'acme')).results;
    const activities = ODD_FORMS.map(([, rendering], i) => ({
      externalActivityId: `a-${i}`,
      activityType: 'call',
      occurredAt: renderInstant(INSTANT, renderingOf(rendering)),
      domain: 'acme.example.com',
      ownerEmail: 'rep@vendor.com',
      contacts: [{ email: 'jane@acme.com' }],
    }));
    const pushed = await ok(tenant.request('POST', '/api/v1/crm/sales-activities', { activities }));
    assert.equal(pushed.summary.created, activities.length, JSON.stringify(pushed));
    const timeline = await ok(tenant.request('GET', `/api/v1/accounts/${accountId}/activities?limit=1000`));
    assert.equal(timeline.data.length, activities.length);
    assert.deepEqual(new Set(timeline.data.map((a: { occurredAt: string }) => a.occurredAt)), new Set(['2026-01-15T10:00:00.000Z']));

    for (const bad of IMPOSSIBLE_DATE_TIMES) {
      const reply = await tenant.request('POST', '/api/v1/sales-activities', { activities: [{ ...activities[0], externalActivityId: 'bad', occurredAt: bad }] });
      assert.equal(reply.statusCode, 400, `${bad}: ${reply.raw}`);
      const { message, data } = invalidDate('occurredAt', 'activities[0].occurredAt');
      assert.deepEqual([reply.body.customMessage, reply.body.data], [message, data], bad);
    }
  });

  test('custom-field dates: odd forms are stored as their instant or date; impossible ones are the field’s type error', async () => {
    const tenant = await ctx().newTenant();
    await ok(tenant.request('POST', '/api/v1/accounts/custom-field', { label: 'Renewal Date', labelType: 'date' }));
    const [{ rtp_aid: id }] = (await pushAccount(tenant, 'acme')).results;
    const read = async () => (await ok(tenant.request('GET', `/api/v1/accounts/${id}`))).customFields.RENEWAL_DATE_C;
    for (const [form, rendering] of ODD_FORMS) {
      await ok(tenant.request('PUT', `/api/v1/accounts/${id}`, { customFields: { RENEWAL_DATE_C: null } }));
      const text = renderInstant(INSTANT, renderingOf(rendering));
      await ok(tenant.request('PUT', `/api/v1/accounts/${id}`, { customFields: { RENEWAL_DATE_C: text } }));
      assert.equal(await read(), '2026-01-15T10:00:00.000Z', `${form}: ${text}`);
    }
    await ok(tenant.request('PUT', `/api/v1/accounts/${id}`, { customFields: { RENEWAL_DATE_C: '2026-W03-4' } }));
    assert.equal(await read(), '2026-01-15');

    for (const bad of [...IMPOSSIBLE_DATE_TIMES, '2026-02-30']) {
      const put = await tenant.request('PUT', `/api/v1/accounts/${id}`, { customFields: { RENEWAL_DATE_C: bad } });
      assert.deepEqual([put.statusCode, put.body.customMessage], [400, "Custom field 'RENEWAL_DATE_C' expects a date"], bad);
      const post = await ok(tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'new.example.com', name: 'n', customFields: { RENEWAL_DATE_C: bad } }] }));
      assert.equal(post.results[0].error, "Custom field 'RENEWAL_DATE_C' expects a date. Unable to add this account.", bad);
    }
    assert.equal(await read(), '2026-01-15', 'refused values change nothing');
  });

  test('a dynamic segment rule compares dates written with an offset as the instants they are', async () => {
    const tenant = await ctx().newTenant();
    await ok(tenant.request('POST', '/api/v1/accounts/custom-field', { label: 'Renewal Date', labelType: 'date' }));
    // 2026-01-15T10:00:00+05 is 05:00Z: 06:00Z is after it, 04:00Z before.
    const rules = { all: [{ field: 'RENEWAL_DATE_C', op: 'gt', value: '2026-01-15T10:00:00+05' }] };
    const segment = await ok(tenant.request('POST', '/api/v1/segments', { name: 'Renewing', type: 'dynamic', rules }));
    await ok(
      tenant.request('POST', '/api/v1/accounts', {
        accounts: [
          { domain: 'after.example.com', name: 'after', customFields: { RENEWAL_DATE_C: '2026-01-15T06:00:00Z' } },
          { domain: 'before.example.com', name: 'before', customFields: { RENEWAL_DATE_C: '2026-01-15T04:00:00Z' } },
          { domain: 'later-day.example.com', name: 'later-day', customFields: { RENEWAL_DATE_C: '2026-W03-5' } },
        ],
      }),
    );
    const members = await ok(tenant.request('GET', `/api/v1/segments/${segment.segmentId}/accounts`));
    assert.deepEqual(members.data.map((a: { name: string }) => a.name).sort(), ['after', 'later-day']);
  });
});
