import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.js';
import { useTestApp, type Tenant } from '../../../test/support/test-app.js';

const LIST = '/api/v1/accounts/custom-fields';
const CREATE = '/api/v1/accounts/custom-field';
const IS_IN = 'labelType must be one of the following values: singleLineText, multiLineText, singleSelection, multiSelection, number, date';

function create(tenant: Tenant, body: unknown) {
  return tenant.request('POST', CREATE, body);
}

async function assertValidation(tenant: Tenant, body: unknown, customMessage: string, data: unknown[]): Promise<void> {
  const reply = await create(tenant, body);
  assert.equal(reply.statusCode, 400);
  assert.equal(reply.body.statusCode, 400);
  assert.equal(reply.body.message, 'Bad Request');
  assert.equal(reply.body.customMessage, customMessage);
  assert.deepEqual(reply.body.data, data);
}

describeEachEngine('custom fields (SPEC §3.6)', (engine) => {
  const ctx = useTestApp(engine);

  test('a new workspace lists no fields', async () => {
    const tenant = await ctx().newTenant();
    const reply = await tenant.request('GET', LIST);
    assert.equal(reply.statusCode, 200);
    assert.equal(reply.body.path, LIST);
    assert.deepEqual(reply.body.data, []);
  });

  test('create answers 200 with an array holding the created field', async () => {
    const tenant = await ctx().newTenant();
    const reply = await create(tenant, { label: 'Contract Value', labelType: 'number', description: 'ACV in USD' });
    assert.equal(reply.statusCode, 200);
    assert.equal(reply.body.statusCode, 200);
    assert.equal(reply.body.path, CREATE);
    assert.deepEqual(reply.body.data, [
      { key: 'CONTRACT_VALUE_C', label: 'Contract Value', labelType: 'number', description: 'ACV in USD', options: [], objectType: 'accounts', status: 'active' },
    ]);
  });

  test('the list holds every created field, oldest first, in the §3.6 shape', async () => {
    const tenant = await ctx().newTenant();
    await create(tenant, { label: 'Renewal Date', labelType: 'date' });
    await create(tenant, { label: 'Tier', labelType: 'singleSelection', options: ['Gold', 'Silver'], description: null });
    await create(tenant, { label: 'Products', labelType: 'multiSelection', options: ['A', 'B'] });
    await create(tenant, { label: 'Notes', labelType: 'multiLineText' });
    const reply = await tenant.request('GET', LIST);
    assert.equal(reply.statusCode, 200);
    assert.deepEqual(reply.body.data, [
      { key: 'RENEWAL_DATE_C', label: 'Renewal Date', labelType: 'date', description: null, options: [], objectType: 'accounts', status: 'active' },
      { key: 'TIER_C', label: 'Tier', labelType: 'singleSelection', description: null, options: ['Gold', 'Silver'], objectType: 'accounts', status: 'active' },
      { key: 'PRODUCTS_C', label: 'Products', labelType: 'multiSelection', description: null, options: ['A', 'B'], objectType: 'accounts', status: 'active' },
      { key: 'NOTES_C', label: 'Notes', labelType: 'multiLineText', description: null, options: [], objectType: 'accounts', status: 'active' },
    ]);
  });

  test('the key is derived from the label: trim, spaces to _, uppercase, _C, nothing else', async () => {
    const tenant = await ctx().newTenant();
    const cases: Array<[string, string]> = [
      ['Contract Value', 'CONTRACT_VALUE_C'],
      ['Revenue (USD)', 'REVENUE_(USD)_C'],
      ['  padded  label ', 'PADDED__LABEL_C'],
      ['déjà-vu.v2', 'DÉJÀ-VU.V2_C'],
    ];
    for (const [label, key] of cases) {
      const reply = await create(tenant, { label, labelType: 'singleLineText' });
      assert.equal(reply.statusCode, 200, label);
      assert.equal(reply.body.data[0].key, key);
    }
  });

  test('options are ignored (stored as []) for non-selection types', async () => {
    const tenant = await ctx().newTenant();
    const reply = await create(tenant, { label: 'Seats', labelType: 'number', options: 'not even an array' });
    assert.equal(reply.statusCode, 200);
    assert.deepEqual(reply.body.data[0].options, []);
  });

  test('an active field with the same key answers 409', async () => {
    const tenant = await ctx().newTenant();
    assert.equal((await create(tenant, { label: 'Revenue (USD)', labelType: 'number' })).statusCode, 200);
    // A different label that derives the same key conflicts too.
    const reply = await create(tenant, { label: ' revenue (usd) ', labelType: 'singleLineText' });
    assert.equal(reply.statusCode, 409);
    assert.equal(reply.body.statusCode, 409);
    assert.equal(reply.body.message, 'Conflict');
    assert.equal(reply.body.customMessage, "Custom field with key 'REVENUE_(USD)_C' already exists");
    assert.equal(reply.body.data, null);
    assert.equal((await tenant.request('GET', LIST)).body.data.length, 1);
  });

  test('concurrent creates of one key: exactly one succeeds', async () => {
    const tenant = await ctx().newTenant();
    const replies = await Promise.all(Array.from({ length: 8 }, () => create(tenant, { label: 'Race', labelType: 'number' })));
    assert.deepEqual(replies.map((r) => r.statusCode).sort(), [200, 409, 409, 409, 409, 409, 409, 409]);
    assert.equal((await tenant.request('GET', LIST)).body.data.length, 1);
  });

  test('fields are scoped to their workspace', async () => {
    const first = await ctx().newTenant();
    const second = await ctx().newTenant();
    assert.equal((await create(first, { label: 'Region', labelType: 'singleLineText' })).statusCode, 200);
    assert.deepEqual((await second.request('GET', LIST)).body.data, []);
    const reply = await create(second, { label: 'Region', labelType: 'date' });
    assert.equal(reply.statusCode, 200);
    assert.equal(reply.body.data[0].labelType, 'date');
    assert.equal((await first.request('GET', LIST)).body.data[0].labelType, 'singleLineText');
  });

  test('both routes require an API key', async () => {
    for (const [method, url] of [['GET', LIST], ['POST', CREATE]] as const) {
      const reply = await ctx().inject({ method, url, payload: method === 'POST' ? {} : undefined });
      assert.equal(reply.statusCode, 401);
      assert.equal(reply.body.customMessage, 'X-Api-Key header is required');
    }
  });

  test('missing label and labelType', async () => {
    await assertValidation(await ctx().newTenant(), {}, 'label should not be empty; labelType should not be empty', [
      { property: 'label', path: 'label', constraints: { isNotEmpty: 'label should not be empty' } },
      { property: 'labelType', path: 'labelType', constraints: { isNotEmpty: 'labelType should not be empty' } },
    ]);
  });

  test('empty or whitespace-only label is isNotEmpty', async () => {
    const tenant = await ctx().newTenant();
    for (const label of ['', '   ']) {
      await assertValidation(tenant, { label, labelType: 'number' }, 'label should not be empty', [
        { property: 'label', path: 'label', constraints: { isNotEmpty: 'label should not be empty' } },
      ]);
    }
  });

  test('wrong types: label isString, labelType isIn only, description isString', async () => {
    await assertValidation(await ctx().newTenant(), { label: 5, labelType: 'text', description: 7 }, `label must be a string; ${IS_IN}; description must be a string`, [
      { property: 'label', path: 'label', constraints: { isString: 'label must be a string' } },
      { property: 'labelType', path: 'labelType', constraints: { isIn: IS_IN } },
      { property: 'description', path: 'description', constraints: { isString: 'description must be a string' } },
    ]);
  });

  test('selection types require options with at least one element', async () => {
    const tenant = await ctx().newTenant();
    const missing = [{ property: 'options', path: 'options', constraints: { isArray: 'options must be an array', arrayMinSize: 'options must contain at least 1 elements' } }];
    await assertValidation(tenant, { label: 'Tier', labelType: 'singleSelection' }, 'options must be an array; options must contain at least 1 elements', missing);
    await assertValidation(tenant, { label: 'Tier', labelType: 'multiSelection', options: 'Gold' }, 'options must be an array; options must contain at least 1 elements', missing);
    await assertValidation(tenant, { label: 'Tier', labelType: 'multiSelection', options: [] }, 'options must contain at least 1 elements', [
      { property: 'options', path: 'options', constraints: { arrayMinSize: 'options must contain at least 1 elements' } },
    ]);
  });

  test('selection options must be distinct non-empty strings', async () => {
    const tenant = await ctx().newTenant();
    await assertValidation(
      tenant,
      { label: 'Tier', labelType: 'singleSelection', options: ['Gold', 'Gold', '', 3] },
      "each value in options should not be empty; each value in options must be a string; All options's elements must be unique",
      [
        { property: 'options', path: 'options[2]', constraints: { isNotEmpty: 'each value in options should not be empty' } },
        { property: 'options', path: 'options[3]', constraints: { isString: 'each value in options must be a string' } },
        { property: 'options', path: 'options', constraints: { arrayUnique: "All options's elements must be unique" } },
      ],
    );
    await assertValidation(tenant, { label: 'Tier', labelType: 'singleSelection', options: ['Gold', '  '] }, 'each value in options should not be empty', [
      { property: 'options', path: 'options[1]', constraints: { isNotEmpty: 'each value in options should not be empty' } },
    ]);
    assert.deepEqual((await tenant.request('GET', LIST)).body.data, []);
  });
});

describeEachEngine('custom fields service', (engine) => {
  const ctx = useTestApp(engine);

  test('listActiveFields returns domain objects for other modules', async () => {
    const tenant = await ctx().newTenant();
    const service = ctx().services.customFields;
    await service.createField(tenant.workspaceId, { label: 'Tier', labelType: 'singleSelection', options: ['Gold'] });
    const [field] = await service.listActiveFields(tenant.workspaceId);
    assert.equal(field.key, 'TIER_C');
    assert.deepEqual(field.options, ['Gold']);
  });

  test('createField applies the same rules to callers other than HTTP', async () => {
    const tenant = await ctx().newTenant();
    await assert.rejects(ctx().services.customFields.createField(tenant.workspaceId, { label: 'Tier', labelType: 'multiSelection' }), {
      name: 'ApiError',
      customMessage: 'options must be an array; options must contain at least 1 elements',
    });
  });
});
