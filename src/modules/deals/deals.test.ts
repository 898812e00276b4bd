import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.js';
import { useTestApp, type Tenant } from '../../../test/support/test-app.js';
import { dealStagesOfAccounts } from './deal-facts.js';

interface Result { externalDealId: string; status: string; error?: string }

async function pushDeals(tenant: Tenant, deals: unknown[]) {
  const reply = await tenant.request('POST', '/api/v1/deals', { deals });
  assert.equal(reply.statusCode, 200, reply.raw);
  assert.equal(reply.body.path, '/api/v1/deals');
  return reply.body.data as { results: Result[]; summary: Record<string, number> };
}

async function getDeal(tenant: Tenant, externalDealId: string) {
  const reply = await tenant.request('GET', `/api/v1/deals/${encodeURIComponent(externalDealId)}`);
  assert.equal(reply.statusCode, 200, reply.raw);
  return reply.body.data;
}

async function pushAccounts(tenant: Tenant, accounts: unknown[]) {
  const reply = await tenant.request('POST', '/api/v1/accounts', { accounts });
  assert.equal(reply.statusCode, 200, reply.raw);
  return reply.body.data.results as Array<{ rtp_aid: string; domain: string; status: string }>;
}

async function listAll(tenant: Tenant, query = '') {
  const reply = await tenant.request('GET', `/api/v1/deals?limit=1000${query}`);
  assert.equal(reply.statusCode, 200, reply.raw);
  return reply.body.data as { data: any[]; nextCursor: string | null; hasNextPage: boolean; syncTimestamp: string };
}

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describeEachEngine('deals', (engine) => {
  const ctx = useTestApp(engine);

  test('a push creates deals; the deal reads back as pushed with its id, links and stage history', async () => {
    const tenant = await ctx().newTenant();
    const [acme] = await pushAccounts(tenant, [{ domain: 'acme.com', name: 'Acme', externalId: 'crm-acme' }]);
    const before = Date.now();
    const data = await pushDeals(tenant, [
      {
        externalDealId: 'D-1',
        name: 'Acme renewal',
        amount: 75000.5,
        stageId: 'qualified',
        stageLabel: 'Qualified',
        pipelineId: 'sales',
        pipelineLabel: 'Sales',
        startDate: '2026-01-15',
        closedDate: '2026-06-30T17:00:00+02:00',
        ownerName: 'Ann Owner',
        ownerEmail: 'ann@example.com',
        ownerId: 'u-1',
        dealCurrencyCode: 'usd',
        associatedAccounts: [{ domain: 'https://www.ACME.com/pricing', name: 'Acme' }, { externalId: 'crm-globex', name: 'Globex' }],
      },
    ]);
    assert.deepEqual(data, { results: [{ externalDealId: 'D-1', status: 'created' }], summary: { total: 1, created: 1, updated: 0, failed: 0 } });

    const deal = await getDeal(tenant, 'D-1');
    assert.match(deal.rtp_dealId, /^[0-9a-f]{24}$/);
    assert.match(deal.createdAt, ISO_MS);
    assert.equal(deal.updatedAt, deal.createdAt);
    const enteredAt = Date.parse(deal.stageHistory[0].enteredAt);
    assert.ok(enteredAt >= before - 5 && enteredAt <= Date.now() + 5, 'enteredAt is the push time');
    assert.deepEqual({ ...deal, rtp_dealId: 'x', createdAt: 't', updatedAt: 't', stageHistory: deal.stageHistory.map((e: any) => ({ ...e, enteredAt: 't' })) }, {
      rtp_dealId: 'x',
      externalDealId: 'D-1',
      name: 'Acme renewal',
      amount: 75000.5,
      stageId: 'qualified',
      stageLabel: 'Qualified',
      pipelineId: 'sales',
      pipelineLabel: 'Sales',
      startDate: '2026-01-15',
      closedDate: '2026-06-30T15:00:00.000Z',
      ownerName: 'Ann Owner',
      ownerEmail: 'ann@example.com',
      ownerId: 'u-1',
      dealCurrencyCode: 'USD',
      associatedAccounts: [
        { externalId: null, domain: 'https://www.ACME.com/pricing', name: 'Acme' },
        { externalId: 'crm-globex', domain: null, name: 'Globex' },
      ],
      linkedAccounts: [{ rtp_aid: acme.rtp_aid, domain: 'acme.com' }],
      unlinkedAssociations: [{ externalId: 'crm-globex', domain: null, name: 'Globex' }],
      stageHistory: [{ stageId: 'qualified', stageLabel: 'Qualified', pipelineId: 'sales', enteredAt: 't' }],
      createdAt: 't',
      updatedAt: 't',
    });
  });

  test('schema violations reject the whole request with the exact messages and write nothing', async () => {
    const tenant = await ctx().newTenant();
    const cases: Array<[unknown, string]> = [
      [{}, 'deals must be an array; deals must contain at least 1 elements'],
      [{ deals: [] }, 'deals must contain at least 1 elements'],
      [{ deals: Array.from({ length: 101 }, (_, i) => ({ externalDealId: `D${i}`, name: 'x' })) }, 'deals must contain no more than 100 elements'],
      [{ deals: [{ name: 'x' }] }, 'externalDealId should not be empty'],
      [{ deals: [{ externalDealId: '', name: 'x' }] }, 'externalDealId should not be empty'],
      [{ deals: [{ externalDealId: 'D', name: 'x', amount: '10' }] }, 'amount must be a number conforming to the specified constraints'],
      [{ deals: [{ externalDealId: 'D', name: 'x', ownerEmail: 'not-an-email' }] }, 'ownerEmail must be an email'],
      [{ deals: [{ externalDealId: 'D', name: 'x', startDate: '15/01/2026' }] }, 'startDate must be a valid ISO 8601 date string'],
      [{ deals: [{ externalDealId: 'D', name: 'x', closedDate: '2026-01-15T10:00:00' }] }, 'closedDate must be a valid ISO 8601 date string'],
      [{ deals: [{ externalDealId: 'D', name: 'x', dealCurrencyCode: 'US' }] }, 'dealCurrencyCode must match ^[A-Za-z]{3}$ regular expression'],
      [{ deals: [{ externalDealId: 'D', name: 'x', associatedAccounts: 'acme.com' }] }, 'associatedAccounts must be an array'],
      [{ deals: [{ externalDealId: 'D', name: 'x', associatedAccounts: [{ domain: 5 }] }] }, 'domain must be a string'],
    ];
    for (const [body, message] of cases) {
      const reply = await tenant.request('POST', '/api/v1/deals', body);
      assert.equal(reply.statusCode, 400, reply.raw);
      assert.equal(reply.body.message, 'Bad Request');
      assert.equal(reply.body.customMessage, message, JSON.stringify(body).slice(0, 200));
      assert.ok(Array.isArray(reply.body.data) && reply.body.data.length > 0);
    }
    const valid = { externalDealId: 'OK', name: 'fine' };
    const mixed = await tenant.request('POST', '/api/v1/deals', { deals: [valid, { externalDealId: 'D', name: 'x', ownerEmail: 'nope' }] });
    assert.deepEqual(mixed.body.data, [{ property: 'ownerEmail', path: 'deals[1].ownerEmail', constraints: { isEmail: 'ownerEmail must be an email' } }]);
    assert.deepEqual((await listAll(tenant)).data, [], 'a rejected request writes nothing');
  });

  test('a batch mixing new, repeated and invalid items reports each in input order', async () => {
    const tenant = await ctx().newTenant();
    await pushDeals(tenant, [{ externalDealId: 'OLD', name: 'Old' }]);
    const data = await pushDeals(tenant, [
      { externalDealId: 'NEW', name: 'New', stageLabel: 'Open' },
      { externalDealId: 'OLD', name: 'Old 2' },
      { externalDealId: 'BAD', name: 'Bad', associatedAccounts: [{ domain: 'acme.com' }, { domain: 'not a domain' }] },
      { externalDealId: 'NEW', name: 'New 2', stageLabel: 'Closed Won' },
      { externalDealId: 'OLD', name: 'Old 3', associatedAccounts: [{ domain: 'localhost' }] },
    ]);
    assert.deepEqual(data.results, [
      { externalDealId: 'NEW', status: 'created' },
      { externalDealId: 'OLD', status: 'updated' },
      { externalDealId: 'BAD', status: 'failed', error: "Invalid domain 'not a domain'" },
      { externalDealId: 'NEW', status: 'updated' },
      { externalDealId: 'OLD', status: 'failed', error: "Invalid domain 'localhost'" },
    ]);
    assert.deepEqual(data.summary, { total: 5, created: 1, updated: 2, failed: 2 });
    const deals = (await listAll(tenant)).data;
    assert.deepEqual(deals.map((d) => [d.externalDealId, d.name]).sort(), [['NEW', 'New 2'], ['OLD', 'Old 2']], 'failed items leave no state');
    const created = deals.find((d) => d.externalDealId === 'NEW');
    assert.deepEqual(created.stageHistory.map((e: any) => e.stageLabel), ['Open', 'Closed Won'], 'a later item sees the earlier one');
    assert.equal((await tenant.request('GET', '/api/v1/deals/BAD')).statusCode, 404);
  });

  test('upsert: provided fields overwrite, omitted stay, null clears; an identical push changes nothing', async () => {
    const tenant = await ctx().newTenant();
    await pushDeals(tenant, [
      { externalDealId: 'U', name: 'U', amount: 10, ownerName: 'Ann', ownerEmail: 'ann@example.com', startDate: '2026-01-01', associatedAccounts: [{ domain: 'a.com' }] },
    ]);
    const first = await getDeal(tenant, 'U');
    const again = await pushDeals(tenant, [{ externalDealId: 'U', name: 'U' }]);
    assert.deepEqual(again.results, [{ externalDealId: 'U', status: 'updated' }]);
    assert.deepEqual(await getDeal(tenant, 'U'), first, 'an identical push is reported updated and changes nothing');

    await pushDeals(tenant, [{ externalDealId: 'U', name: 'U2', amount: 20, ownerName: null }]);
    const second = await getDeal(tenant, 'U');
    assert.equal(second.rtp_dealId, first.rtp_dealId);
    assert.equal(second.createdAt, first.createdAt);
    assert.deepEqual([second.name, second.amount, second.ownerName, second.ownerEmail, second.startDate], ['U2', 20, null, 'ann@example.com', '2026-01-01']);
    assert.deepEqual(second.associatedAccounts, [{ externalId: null, domain: 'a.com', name: null }], 'omitted associations stay');
    assert.ok(second.updatedAt >= first.updatedAt);

    await pushDeals(tenant, [{ externalDealId: 'U', name: 'U2', associatedAccounts: [] }]);
    assert.deepEqual((await getDeal(tenant, 'U')).associatedAccounts, [], 'a provided list replaces the stored one');
  });

  test('stage history appends only when the stage changes, oldest first, with the push time', async () => {
    const tenant = await ctx().newTenant();
    await tenant.request('POST', '/api/v1/deal-stages', {
      pipelines: [{ pipelineId: 'p1', pipelineLabel: 'Sales', stages: [{ stageId: 'a', stageLabel: 'Discovery' }, { stageId: 'w', stageLabel: 'Closed Won' }] }],
    });
    await pushDeals(tenant, [{ externalDealId: 'H', name: 'H' }]);
    assert.deepEqual((await getDeal(tenant, 'H')).stageHistory, [], 'no stage, no history');
    await pushDeals(tenant, [{ externalDealId: 'H', name: 'H', pipelineId: 'p1', stageId: 'a' }]);
    await pushDeals(tenant, [{ externalDealId: 'H', name: 'H', stageId: 'a', amount: 5 }]);
    await pushDeals(tenant, [{ externalDealId: 'H', name: 'H', stageId: 'a', stageLabel: 'Discovery (renamed)' }]);
    const beforeMove = Date.now();
    await pushDeals(tenant, [{ externalDealId: 'H', name: 'H', stageId: 'w' }]);
    const deal = await getDeal(tenant, 'H');
    assert.deepEqual(
      deal.stageHistory.map((e: any) => ({ ...e, enteredAt: 't' })),
      [
        { stageId: 'a', stageLabel: 'Discovery', pipelineId: 'p1', enteredAt: 't' },
        { stageId: 'w', stageLabel: 'Closed Won', pipelineId: 'p1', enteredAt: 't' },
      ],
    );
    assert.ok(Date.parse(deal.stageHistory[1].enteredAt) >= beforeMove - 5);
    assert.ok(deal.stageHistory[0].enteredAt <= deal.stageHistory[1].enteredAt);
    assert.deepEqual([deal.stageLabel, deal.pipelineLabel], ['Closed Won', 'Sales'], 'labels come from the pipeline definition when not pushed');

    // Without ids the label is the stage.
    await pushDeals(tenant, [{ externalDealId: 'L', name: 'L', stageLabel: 'Open' }]);
    await pushDeals(tenant, [{ externalDealId: 'L', name: 'L', stageLabel: 'Open' }]);
    await pushDeals(tenant, [{ externalDealId: 'L', name: 'L', stageLabel: 'Closed Lost' }]);
    assert.deepEqual((await getDeal(tenant, 'L')).stageHistory.map((e: any) => [e.stageId, e.stageLabel]), [[null, 'Open'], [null, 'Closed Lost']]);
  });

  test('associations match by normalised domain first, then by externalId', async () => {
    const tenant = await ctx().newTenant();
    const [acme, globex] = await pushAccounts(tenant, [
      { domain: 'acme.com', name: 'Acme', externalId: 'crm-shared' },
      { domain: 'globex.com', name: 'Globex', externalId: 'crm-globex' },
    ]);
    await pushDeals(tenant, [
      {
        externalDealId: 'M',
        name: 'M',
        associatedAccounts: [
          { domain: 'WWW.Globex.com', externalId: 'crm-shared' },
          { domain: 'unknown.io', externalId: 'crm-shared' },
          { externalId: 'crm-globex' },
          { domain: 'nobody.org' },
          { name: 'Just a name' },
        ],
      },
    ]);
    const deal = await getDeal(tenant, 'M');
    assert.deepEqual(deal.linkedAccounts, [
      { rtp_aid: globex.rtp_aid, domain: 'globex.com' },
      { rtp_aid: acme.rtp_aid, domain: 'acme.com' },
    ], 'the domain wins over the externalId; each account once');
    assert.deepEqual(deal.unlinkedAssociations, [
      { externalId: null, domain: 'nobody.org', name: null },
      { externalId: null, domain: null, name: 'Just a name' },
    ]);
  });

  test('an association pushed before its account links once the account is created, and the deal is sent again', async () => {
    const tenant = await ctx().newTenant();
    await pushDeals(tenant, [
      { externalDealId: 'LATE', name: 'Late', associatedAccounts: [{ domain: 'https://www.Later.com/', name: 'Later' }, { externalId: 'crm-77' }] },
      { externalDealId: 'OTHER', name: 'Other', associatedAccounts: [{ domain: 'elsewhere.com' }] },
    ]);
    const pending = await getDeal(tenant, 'LATE');
    assert.deepEqual(pending.linkedAccounts, []);
    assert.equal(pending.unlinkedAssociations.length, 2);
    const sync = (await listAll(tenant)).syncTimestamp;
    assert.deepEqual((await listAll(tenant, `&lastSync=${sync}`)).data, []);

    const [later] = await pushAccounts(tenant, [{ domain: 'later.com', name: 'Later Inc' }]);
    const linked = await getDeal(tenant, 'LATE');
    assert.deepEqual(linked.linkedAccounts, [{ rtp_aid: later.rtp_aid, domain: 'later.com' }]);
    assert.deepEqual(linked.unlinkedAssociations, [{ externalId: 'crm-77', domain: null, name: null }]);
    const changed = await listAll(tenant, `&lastSync=${sync}`);
    assert.deepEqual(changed.data.map((d) => d.externalDealId), ['LATE'], 'delta sync sends the deal whose links changed, and only it');

    // Linking by external id: an account re-keyed through PATCH /accounts/external-ids.
    const [other] = await pushAccounts(tenant, [{ domain: 'other.com', name: 'Other' }]);
    const sync2 = changed.syncTimestamp;
    const mapped = await tenant.request('PATCH', '/api/v1/accounts/external-ids', { mappings: [{ domain: 'other.com', externalId: 'crm-77' }] });
    assert.equal(mapped.statusCode, 200, mapped.raw);
    const both = await getDeal(tenant, 'LATE');
    assert.deepEqual(both.linkedAccounts, [
      { rtp_aid: later.rtp_aid, domain: 'later.com' },
      { rtp_aid: other.rtp_aid, domain: 'other.com' },
    ]);
    assert.deepEqual(both.unlinkedAssociations, []);
    assert.deepEqual((await listAll(tenant, `&lastSync=${sync2}`)).data.map((d) => d.externalDealId), ['LATE']);
  });

  test('concurrent pushes of one externalDealId create exactly one deal', async () => {
    const tenant = await ctx().newTenant();
    const replies = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        tenant.request('POST', '/api/v1/deals', { deals: [{ externalDealId: 'RACE', name: `R${i}`, stageLabel: `Stage ${i % 2}` }, { externalDealId: `SOLO-${i}`, name: 'S' }] }),
      ),
    );
    for (const reply of replies) assert.equal(reply.statusCode, 200, reply.raw);
    const statuses = replies.map((r) => r.body.data.results[0].status).sort();
    assert.deepEqual(statuses, ['created', ...Array(7).fill('updated')]);
    const deals = (await listAll(tenant)).data;
    assert.equal(deals.filter((d) => d.externalDealId === 'RACE').length, 1);
    assert.equal(deals.length, 9);
    const race = await getDeal(tenant, 'RACE');
    const labels = race.stageHistory.map((e: any) => e.stageLabel);
    assert.ok(labels.length >= 1 && labels.every((l: string, i: number) => i === 0 || l !== labels[i - 1]), 'history entries only on change');
  });

  test('GET /deals pages in change order with cursors and lastSync', async () => {
    const tenant = await ctx().newTenant();
    await pushDeals(tenant, ['A', 'B', 'C', 'D', 'E'].map((id) => ({ externalDealId: id, name: id })));
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const reply = await tenant.request('GET', `/api/v1/deals?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(reply.statusCode, 200, reply.raw);
      const page = reply.body.data;
      assert.match(page.syncTimestamp, ISO_MS);
      assert.equal(page.nextCursor === null, !page.hasNextPage);
      seen.push(...page.data.map((d: any) => d.externalDealId));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    assert.deepEqual(seen, ['A', 'B', 'C', 'D', 'E']);
    assert.equal(pages, 3);

    const sync = (await listAll(tenant)).syncTimestamp;
    await pushDeals(tenant, [{ externalDealId: 'B', name: 'B2' }, { externalDealId: 'F', name: 'F' }]);
    const delta = await listAll(tenant, `&lastSync=${encodeURIComponent(sync)}`);
    assert.deepEqual(delta.data.map((d) => d.externalDealId), ['B', 'F']);
    assert.deepEqual((await listAll(tenant)).data.map((d) => d.externalDealId), ['A', 'C', 'D', 'E', 'B', 'F'], 'a changed deal moves to the end');

    const badCursor = await tenant.request('GET', '/api/v1/deals?cursor=nope');
    assert.deepEqual([badCursor.statusCode, badCursor.body.customMessage], [400, 'Invalid cursor']);
    const accountsCursor = (await tenant.request('GET', '/api/v1/accounts?limit=1')).body.data.nextCursor;
    if (accountsCursor) assert.equal((await tenant.request('GET', `/api/v1/deals?cursor=${accountsCursor}`)).statusCode, 400);
    const badSync = await tenant.request('GET', '/api/v1/deals?lastSync=yesterday');
    assert.deepEqual([badSync.statusCode, badSync.body.customMessage], [400, 'lastSync must be a valid ISO 8601 date string']);
    const badLimit = await tenant.request('GET', '/api/v1/deals?limit=0');
    assert.deepEqual([badLimit.statusCode, badLimit.body.customMessage], [400, 'limit must not be less than 1']);
  });

  test('an unknown externalDealId is 404, and another workspace\'s deals behave exactly as missing', async () => {
    const owner = await ctx().newTenant();
    const other = await ctx().newTenant();
    await pushDeals(owner, [{ externalDealId: 'SECRET', name: 'Owner deal', amount: 1 }]);
    const missing = await other.request('GET', '/api/v1/deals/NOPE');
    const foreign = await other.request('GET', '/api/v1/deals/SECRET');
    for (const [reply, path] of [[missing, '/api/v1/deals/NOPE'], [foreign, '/api/v1/deals/SECRET']] as const) {
      assert.equal(reply.statusCode, 404);
      assert.deepEqual({ ...reply.body, timestamp: 't' }, { statusCode: 404, timestamp: 't', path, message: 'Not Found', customMessage: 'Deal not found', data: null });
    }
    assert.deepEqual((await listAll(other)).data, []);
    const nul = await other.request('GET', '/api/v1/deals/a%00b');
    assert.deepEqual([nul.statusCode, nul.body.customMessage], [404, 'Deal not found'], 'an id no deal can have is simply missing');
    const pushed = await pushDeals(other, [{ externalDealId: 'SECRET', name: 'Other deal' }]);
    assert.deepEqual(pushed.results, [{ externalDealId: 'SECRET', status: 'created' }], 'the same externalDealId in another workspace is a new deal');
    const own = await getDeal(owner, 'SECRET');
    assert.deepEqual([own.name, own.amount], ['Owner deal', 1]);
    assert.notEqual((await getDeal(other, 'SECRET')).rtp_dealId, own.rtp_dealId);
    // Another workspace's accounts never link.
    await pushAccounts(other, [{ domain: 'shared.com', name: 'Other account' }]);
    await pushDeals(owner, [{ externalDealId: 'SECRET', name: 'Owner deal', associatedAccounts: [{ domain: 'shared.com' }] }]);
    assert.deepEqual((await getDeal(owner, 'SECRET')).linkedAccounts, []);
    // Ids with reserved URL characters round-trip through the path.
    await pushDeals(owner, [{ externalDealId: 'a/b c?d#é', name: 'Odd id' }]);
    assert.equal((await getDeal(owner, 'a/b c?d#é')).name, 'Odd id');
  });

  test('deal facts for the journey rules: each account\'s deals as won, lost or open', async () => {
    const tenant = await ctx().newTenant();
    const [a, b, c] = await pushAccounts(tenant, [
      { domain: 'a.com', name: 'A', externalId: 'crm-a' },
      { domain: 'b.com', name: 'B' },
      { domain: 'c.com', name: 'C' },
    ]);
    await tenant.request('POST', '/api/v1/deal-stages', {
      pipelines: [{ pipelineId: 'p', pipelineLabel: 'P', stages: [{ stageId: 'cw', stageLabel: 'Closed Won' }] }],
    });
    await pushDeals(tenant, [
      { externalDealId: 'won', name: 'W', pipelineId: 'p', stageId: 'cw', associatedAccounts: [{ externalId: 'crm-a' }] },
      { externalDealId: 'lost', name: 'L', stageLabel: 'Closed Lost', associatedAccounts: [{ domain: 'a.com' }, { domain: 'b.com' }] },
      { externalDealId: 'open', name: 'O', stageLabel: 'Negotiation', associatedAccounts: [{ domain: 'b.com' }] },
      { externalDealId: 'nolabel', name: 'N', associatedAccounts: [{ domain: 'b.com' }, { domain: 'www.b.com' }] },
      { externalDealId: 'later', name: 'Later', stageLabel: 'Won', associatedAccounts: [{ domain: 'd.com' }] },
    ]);
    const facts = await dealStagesOfAccounts(ctx().database.db, ctx().database.dialect, tenant.workspaceId, [a.rtp_aid, b.rtp_aid, c.rtp_aid]);
    const summary = (id: string) => (facts.get(id) ?? []).map((f) => [f.externalDealId, f.stageLabel, f.status]).sort();
    assert.deepEqual(summary(a.rtp_aid), [['lost', 'Closed Lost', 'lost'], ['won', 'Closed Won', 'won']]);
    assert.deepEqual(summary(b.rtp_aid), [['lost', 'Closed Lost', 'lost'], ['nolabel', null, 'open'], ['open', 'Negotiation', 'open']]);
    assert.equal(facts.has(c.rtp_aid), false);
    const [d] = await pushAccounts(tenant, [{ domain: 'd.com', name: 'D' }]);
    const late = await dealStagesOfAccounts(ctx().database.db, ctx().database.dialect, tenant.workspaceId, [d.rtp_aid]);
    assert.deepEqual(late.get(d.rtp_aid)!.map((f) => [f.externalDealId, f.status]), [['later', 'won']]);
    const foreign = await ctx().newTenant();
    assert.equal((await dealStagesOfAccounts(ctx().database.db, ctx().database.dialect, foreign.workspaceId, [a.rtp_aid])).size, 0);
  });
});
