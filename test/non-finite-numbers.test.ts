/**
 * Issue 10, class 8: JSON.parse reads `1e400` as Infinity, and `amount` / `durationMinutes` of
 * 1e400 were stored as infinity (and read back as null). Every non-finite number in every body is
 * now a validation error with the usual `isNumber` message — typed fields through Ajv
 * (`strictNumbers`), the rest (custom-field values, rules, unknown fields) through the body walk of
 * src/http/validation.ts — and a query number coerced to Infinity is refused too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from './support/engines.js';
import { assertEnvelope } from './support/route-contract.js';
import { workspaceRowCounts } from './support/row-counts.js';
import { useTestApp, type Tenant } from './support/test-app.js';

const NOT_A_NUMBER = (property: string) => `${property} must be a number conforming to the specified constraints`;
const WHEN = '2026-04-29T15:30:00Z';

describeEachEngine('non-finite numbers (issue 10, class 8)', (engine) => {
  const ctx = useTestApp(engine);

  /** Sends raw JSON text; expects one isNumber issue at `path` (an array element's reads `each value in …`), and nothing written. */
  async function expectRefused(tenant: Tenant, method: 'POST' | 'PUT', url: string, payload: string, property: string, path: string, subject = property) {
    const before = await workspaceRowCounts(ctx().database.db, tenant.workspaceId);
    const reply = await tenant.request(method, url, payload);
    assert.equal(reply.statusCode, 400, `${url} ${payload}: ${reply.raw}`);
    assertEnvelope(reply, url, url);
    assert.equal(reply.body.customMessage, NOT_A_NUMBER(subject));
    assert.deepEqual(reply.body.data, [{ property, path, constraints: { isNumber: NOT_A_NUMBER(subject) } }]);
    assert.deepEqual(await workspaceRowCounts(ctx().database.db, tenant.workspaceId), before, `${url}: something was written`);
  }

  for (const base of ['/api/v1', '/api/v1/crm']) {
    test(`${base}: deal amounts and call durations of ±1e400 are refused; the largest finite number is kept`, async () => {
      const tenant = await ctx().newTenant();
      for (const huge of ['1e400', '-1e400', '1E999']) {
        await expectRefused(tenant, 'POST', `${base}/deals`, `{"deals":[{"externalDealId":"d-1","name":"Deal","amount":${huge}}]}`, 'amount', 'deals[0].amount');
        const activity = `{"externalActivityId":"a-1","activityType":"call","occurredAt":"${WHEN}","domain":"acme.com","ownerEmail":"rep@acme.com","contacts":[{"email":"pat@acme.com"}],"durationMinutes":${huge}}`;
        await expectRefused(tenant, 'POST', `${base}/sales-activities`, `{"activities":[${activity}]}`, 'durationMinutes', 'activities[0].durationMinutes');
      }
      const kept = await tenant.request('POST', `${base}/deals`, '{"deals":[{"externalDealId":"d-max","name":"Deal","amount":1.7976931348623157e308}]}');
      assert.equal(kept.body.data.results[0].status, 'created', kept.raw);
      const deal = await tenant.request('GET', `${base}/deals/d-max`);
      assert.equal(deal.body.data.amount, Number.MAX_VALUE);
    });

    test(`${base}: a custom-field number of 1e400 is refused on every write of values`, async () => {
      const tenant = await ctx().newTenant();
      assert.equal((await tenant.request('POST', `${base}/accounts/custom-field`, { label: 'Value', labelType: 'number' })).statusCode, 200);
      const crm = base.endsWith('/crm');
      const created = await tenant.request('POST', `${base}/accounts`, { accounts: [{ domain: 'acme.com', name: 'Acme', externalId: 'crm-1' }] });
      assert.equal(created.body.data.results[0].status, 'created', created.raw);
      await expectRefused(
        tenant,
        'POST',
        `${base}/accounts`,
        '{"accounts":[{"domain":"globex.com","name":"Globex","externalId":"crm-2","customFields":{"VALUE_C":1e400}}]}',
        'VALUE_C',
        'accounts[0].customFields.VALUE_C',
      );
      const id = crm ? 'crm-1' : (await tenant.request('GET', '/api/v1/accounts')).body.data.data[0].rtp_aid;
      await expectRefused(tenant, 'PUT', `${base}/accounts/${id}`, '{"customFields":{"VALUE_C":-1e400}}', 'VALUE_C', 'customFields.VALUE_C');
      const account = (await tenant.request('GET', '/api/v1/accounts')).body.data.data[0];
      assert.deepEqual(account.customFields, { VALUE_C: null });
    });
  }

  test('anywhere else in a body — segment rules, a field the endpoint ignores — a non-finite number is refused too', async () => {
    const tenant = await ctx().newTenant();
    await expectRefused(
      tenant,
      'POST',
      '/api/v1/segments',
      '{"name":"Hot","type":"dynamic","rules":{"all":[{"field":"rtp_account_score","op":"gte","value":1e400}]}}',
      'value',
      'rules.all[0].value',
    );
    await expectRefused(tenant, 'POST', '/api/v1/accounts', '{"accounts":[{"domain":"acme.com","name":"Acme","weight":[1,2e400]}]}', 'weight', 'accounts[0].weight[1]', 'each value in weight');
    const reply = await tenant.request('POST', '/api/v1/accounts', '{"accounts":[{"domain":"acme.com","name":"Acme","weight":[1,2e300]}]}');
    assert.equal(reply.body.data.results[0].status, 'created', reply.raw);
  });

  test('a query number that would be coerced to Infinity is a validation error, never a 500', async () => {
    const tenant = await ctx().newTenant();
    for (const url of ['/api/v1/accounts', '/api/v1/deals', '/api/v1/segments', '/api/v1/scoring/runs', '/api/v1/accounts/missing-external-ids']) {
      for (const limit of ['1e400', 'Infinity', '-1e400']) {
        const reply = await tenant.request('GET', `${url}?limit=${limit}`);
        assert.equal(reply.statusCode, 400, `${url}?limit=${limit}: ${reply.raw}`);
        assertEnvelope(reply, url, url);
        assert.deepEqual(reply.body.data, [{ property: 'limit', path: 'limit', constraints: { isInt: 'limit must be an integer number' } }]);
      }
      assert.equal((await tenant.request('GET', `${url}?limit=1e3`)).statusCode, 200, url);
    }
  });
});
