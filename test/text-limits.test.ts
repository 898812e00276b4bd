/**
 * Issue 10, class 4: text had no length limit (1 MB names and tags were stored, and a page of them
 * was hundreds of megabytes). Every string of every request body and query now has a documented
 * maximum (src/http/limits.ts, docs/operations.md "Limits") in the route schemas — so in the OpenAPI
 * document — and custom-field text values have one per type in the §3.7 checker. At the limit a
 * value is accepted and stored whole; one character more is refused with the SPEC §2.4 template
 * and nothing is written.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/index.js';
import { MAX_ITEMS, MAX_JSON_DEPTH, MAX_LENGTH, MAX_REPORTED_ERRORS } from '../src/http/limits.js';
import { OPENAPI_DOCUMENT_URL } from '../src/http/openapi.js';
import { TEXT_VALUE_MAX_LENGTH } from '../src/modules/custom-fields/custom-field-values.js';
import { RULE_LIMITS, WORKSPACE_RULE_LIMITS } from '../src/modules/segments/segment-rules.js';
import { describeEachEngine } from './support/engines.js';
import { assertEnvelope } from './support/route-contract.js';
import { workspaceRowCounts } from './support/row-counts.js';
import { useTestApp, type Reply, type Tenant } from './support/test-app.js';

type Base = '/api/v1' | '/api/v1/crm';
/** A tenant whose test can also count its rows. */
type LimitTenant = Tenant & { db: Kysely<Database> };
const WHEN = '2026-04-29T15:30:00Z';

/** Values of exactly `n` characters, valid for the kind of field they go into. */
const text = (n: number) => 'x'.repeat(n);
/** Emoji are one character each (two UTF-16 units): limits count characters, not bytes or units. */
const emoji = (n: number) => '\u{1F600}'.repeat(n);
const url = (n: number) => `https://acme.com/${'p'.repeat(n - 'https://acme.com/'.length)}`;
const email = (n: number) => `a@${'b'.repeat(n - 'a@.com'.length)}.com`;

/** One string field: its limit, how to build a body around a value, and where the value shows afterwards. */
interface FieldCase {
  name: string;
  max: number;
  make: (n: number) => string;
  method?: 'POST' | 'PUT' | 'PATCH';
  path: (base: Base) => string;
  body: (value: string, base: Base) => unknown;
  /** The issue: its leaf property, its location, and the subject of the message when not the property. */
  issue: { property: string; path: string; subject?: string };
  /** Creates what the request needs first (a segment to rename…); returns the path to use. */
  setup?: (tenant: Tenant, base: Base) => Promise<string>;
  /** Reads the value back after an accepted request. */
  stored: (tenant: LimitTenant, base: Base) => Promise<unknown>;
  /** The value passes validation but the endpoint fails or skips the item for another reason (an unknown type). */
  itemOutcomeAside?: boolean;
  /** The value `stored` returns for an accepted `value` (default: the value itself). */
  expected?: (value: string) => unknown;
}

const account = (fields: Record<string, unknown>) => ({ accounts: [{ domain: 'acme.com', name: 'Acme', externalId: 'crm-1', ...fields }] });
const deal = (fields: Record<string, unknown>) => ({ deals: [{ externalDealId: 'deal-1', name: 'Deal', ...fields }] });
const activity = (fields: Record<string, unknown>, contact: Record<string, unknown> = {}) => ({
  activities: [
    {
      externalActivityId: 'act-1',
      activityType: 'call',
      occurredAt: WHEN,
      domain: 'acme.com',
      ownerEmail: 'rep@acme.com',
      contacts: [{ email: 'pat@acme.com', ...contact }],
      ...fields,
    },
  ],
});

async function data(tenant: Tenant, url: string): Promise<any> {
  const reply = await tenant.request('GET', url);
  assert.equal(reply.statusCode, 200, `${url}: ${reply.raw.slice(0, 300)}`);
  return reply.body.data;
}
const firstAccount = async (tenant: Tenant) => (await data(tenant, '/api/v1/accounts')).data[0];
const theDeal = (tenant: Tenant) => data(tenant, '/api/v1/deals/deal-1');
async function theActivity(tenant: Tenant) {
  const [account] = (await data(tenant, '/api/v1/accounts')).data;
  return (await data(tenant, `/api/v1/accounts/${account.rtp_aid}/activities`)).data[0];
}
const accountThenActivity = async (tenant: Tenant, base: Base) => {
  await tenant.request('POST', `${base}/accounts`, account({}));
  return `${base}/sales-activities`;
};

const FIELDS: FieldCase[] = [
  // Accounts (SPEC §3.2, §5): both generations share the item schema.
  { name: 'account name', max: MAX_LENGTH.name, make: emoji, path: (b) => `${b}/accounts`, body: (v) => account({ name: v }), issue: { property: 'name', path: 'accounts[0].name' }, stored: async (t) => (await firstAccount(t)).name },
  { name: 'account domain typed as a URL', max: MAX_LENGTH.url, make: url, path: (b) => `${b}/accounts`, body: (v) => account({ domain: v }), issue: { property: 'domain', path: 'accounts[0].domain' }, stored: async (t) => (await firstAccount(t)).domain, expected: () => 'acme.com' },
  { name: 'account externalId', max: MAX_LENGTH.id, make: text, path: (b) => `${b}/accounts`, body: (v) => account({ externalId: v }), issue: { property: 'externalId', path: 'accounts[0].externalId' }, stored: async (t) => (await firstAccount(t)).externalId },
  { name: 'account shortName', max: MAX_LENGTH.name, make: text, path: (b) => `${b}/accounts`, body: (v) => account({ shortName: v }), issue: { property: 'shortName', path: 'accounts[0].shortName' }, stored: async (t) => (await firstAccount(t)).shortName },
  { name: 'account linkedinUrl', max: MAX_LENGTH.url, make: url, path: (b) => `${b}/accounts`, body: (v) => account({ linkedinUrl: v }), issue: { property: 'linkedinUrl', path: 'accounts[0].linkedinUrl' }, stored: async (t) => (await firstAccount(t)).linkedinUrl },
  { name: 'account tag', max: MAX_LENGTH.name, make: text, path: (b) => `${b}/accounts`, body: (v) => account({ tags: ['ok', v] }), issue: { property: 'tags', path: 'accounts[0].tags[1]', subject: 'each value in tags' }, stored: async (t) => (await firstAccount(t)).tags, expected: (v) => ['ok', v] },
  // External ids by domain (SPEC §3.5).
  { name: 'mapping externalId', max: MAX_LENGTH.id, make: text, method: 'PATCH', path: (b) => `${b}/accounts/external-ids`, body: (v) => ({ mappings: [{ domain: 'acme.com', externalId: v }] }), issue: { property: 'externalId', path: 'mappings[0].externalId' }, setup: async (t, b) => { await t.request('POST', `${b}/accounts`, account({})); return `${b}/accounts/external-ids`; }, stored: async (t) => (await firstAccount(t)).externalId },
  { name: 'mapping domain', max: MAX_LENGTH.url, make: url, method: 'PATCH', path: (b) => `${b}/accounts/external-ids`, body: (v) => ({ mappings: [{ domain: v, externalId: 'crm-2' }] }), issue: { property: 'domain', path: 'mappings[0].domain' }, setup: async (t, b) => { await t.request('POST', `${b}/accounts`, account({})); return `${b}/accounts/external-ids`; }, stored: async (t) => (await firstAccount(t)).externalId, expected: () => 'crm-2' },
  // Deals (SPEC §3.8).
  { name: 'deal name', max: MAX_LENGTH.name, make: emoji, path: (b) => `${b}/deals`, body: (v) => deal({ name: v }), issue: { property: 'name', path: 'deals[0].name' }, stored: async (t) => (await theDeal(t)).name },
  { name: 'deal stageId', max: MAX_LENGTH.id, make: text, path: (b) => `${b}/deals`, body: (v) => deal({ stageId: v }), issue: { property: 'stageId', path: 'deals[0].stageId' }, stored: async (t) => (await theDeal(t)).stageId },
  { name: 'deal stageLabel', max: MAX_LENGTH.name, make: text, path: (b) => `${b}/deals`, body: (v) => deal({ stageLabel: v }), issue: { property: 'stageLabel', path: 'deals[0].stageLabel' }, stored: async (t) => (await theDeal(t)).stageLabel },
  { name: 'deal pipelineId', max: MAX_LENGTH.id, make: text, path: (b) => `${b}/deals`, body: (v) => deal({ pipelineId: v }), issue: { property: 'pipelineId', path: 'deals[0].pipelineId' }, stored: async (t) => (await theDeal(t)).pipelineId },
  { name: 'deal pipelineLabel', max: MAX_LENGTH.name, make: text, path: (b) => `${b}/deals`, body: (v) => deal({ pipelineLabel: v }), issue: { property: 'pipelineLabel', path: 'deals[0].pipelineLabel' }, stored: async (t) => (await theDeal(t)).pipelineLabel },
  { name: 'deal ownerName', max: MAX_LENGTH.name, make: text, path: (b) => `${b}/deals`, body: (v) => deal({ ownerName: v }), issue: { property: 'ownerName', path: 'deals[0].ownerName' }, stored: async (t) => (await theDeal(t)).ownerName },
  { name: 'deal ownerEmail', max: MAX_LENGTH.email, make: email, path: (b) => `${b}/deals`, body: (v) => deal({ ownerEmail: v }), issue: { property: 'ownerEmail', path: 'deals[0].ownerEmail' }, stored: async (t) => (await theDeal(t)).ownerEmail },
  { name: 'deal ownerId', max: MAX_LENGTH.id, make: text, path: (b) => `${b}/deals`, body: (v) => deal({ ownerId: v }), issue: { property: 'ownerId', path: 'deals[0].ownerId' }, stored: async (t) => (await theDeal(t)).ownerId },
  { name: 'deal association externalId', max: MAX_LENGTH.id, make: text, path: (b) => `${b}/deals`, body: (v) => deal({ associatedAccounts: [{ externalId: v }] }), issue: { property: 'externalId', path: 'deals[0].associatedAccounts[0].externalId' }, stored: async (t) => (await theDeal(t)).associatedAccounts[0].externalId },
  { name: 'deal association domain', max: MAX_LENGTH.url, make: url, path: (b) => `${b}/deals`, body: (v) => deal({ associatedAccounts: [{ domain: v }] }), issue: { property: 'domain', path: 'deals[0].associatedAccounts[0].domain' }, stored: async (t) => (await theDeal(t)).associatedAccounts[0].domain },
  { name: 'deal association name', max: MAX_LENGTH.name, make: text, path: (b) => `${b}/deals`, body: (v) => deal({ associatedAccounts: [{ domain: 'acme.com', name: v }] }), issue: { property: 'name', path: 'deals[0].associatedAccounts[0].name' }, stored: async (t) => (await theDeal(t)).associatedAccounts[0].name },
  // Sales activities (SPEC §3.10).
  ...(
    [
      ['externalActivityId', MAX_LENGTH.id, text],
      ['accountName', MAX_LENGTH.name, text],
      ['subject', MAX_LENGTH.text, emoji],
      ['ownerName', MAX_LENGTH.name, text],
      ['ownerId', MAX_LENGTH.id, text],
      ['ownerEmail', MAX_LENGTH.email, email],
      ['callTitle', MAX_LENGTH.text, text],
      ['outcome', MAX_LENGTH.text, text],
    ] as const
  ).map(([field, max, make]): FieldCase => ({
    name: `activity ${field}`,
    max,
    make,
    path: (b) => `${b}/sales-activities`,
    setup: accountThenActivity,
    body: (v) => activity({ [field]: v }),
    issue: { property: field, path: `activities[0].${field}` },
    stored: async (t) => (await theActivity(t))[field],
  })),
  { name: 'activity domain', max: MAX_LENGTH.url, make: url, path: (b) => `${b}/sales-activities`, setup: accountThenActivity, body: (v) => activity({ domain: v }), issue: { property: 'domain', path: 'activities[0].domain' }, stored: async (t) => (await theActivity(t)).domain, expected: () => 'acme.com' },
  { name: 'activity type', max: MAX_LENGTH.name, make: text, path: (b) => `${b}/sales-activities`, body: (v) => activity({ activityType: v }), issue: { property: 'activityType', path: 'activities[0].activityType' }, itemOutcomeAside: true, stored: async (t) => (await workspaceRowCounts(t.db, t.workspaceId)).sales_activities, expected: () => 0 },
  { name: 'activity from.email', max: MAX_LENGTH.email, make: text, path: (b) => `${b}/sales-activities`, setup: accountThenActivity, body: (v) => activity({ from: { email: v } }), issue: { property: 'email', path: 'activities[0].from.email' }, stored: async (t) => (await theActivity(t)).from.email },
  ...(
    [
      ['email', MAX_LENGTH.email, email],
      ['externalContactId', MAX_LENGTH.id, text],
      ['name', MAX_LENGTH.name, text],
      ['title', MAX_LENGTH.name, text],
      ['department', MAX_LENGTH.name, text],
      ['seniority', MAX_LENGTH.name, text],
      ['phone', MAX_LENGTH.name, text],
      ['linkedinUrl', MAX_LENGTH.url, url],
    ] as const
  ).map(([field, max, make]): FieldCase => ({
    name: `contact ${field}`,
    max,
    make,
    path: (b) => `${b}/sales-activities`,
    setup: accountThenActivity,
    body: (v) => activity({}, { [field]: v }),
    issue: { property: field, path: `activities[0].contacts[0].${field}` },
    stored: async (t) => (await theActivity(t)).contacts[0][field],
  })),
  // Signals (SPEC §4.1).
  ...(
    [
      ['domain', MAX_LENGTH.url, url],
      ['externalSignalId', MAX_LENGTH.id, text],
      ['url', MAX_LENGTH.url, url],
      ['topic', MAX_LENGTH.name, text],
      ['type', MAX_LENGTH.name, text],
    ] as const
  ).map(([field, max, make]): FieldCase => ({
    name: `signal ${field}`,
    max,
    make,
    path: (b) => `${b}/signals`,
    body: (v) => ({ signals: [{ source: 'website', domain: 'acme.com', type: 'page_view', occurredAt: WHEN, [field]: v }] }),
    issue: { property: field, path: `signals[0].${field}` },
    itemOutcomeAside: field === 'type',
    // A signal's text is not read back by the API; it is stored (or, for an unknown type, failed) once.
    stored: async (t) => (await workspaceRowCounts(t.db, t.workspaceId)).signals,
    expected: () => (field === 'type' ? 0 : 1),
  })),
  // Custom-field definitions (SPEC §3.6).
  { name: 'custom-field label', max: MAX_LENGTH.name, make: text, path: (b) => `${b}/accounts/custom-field`, body: (v) => ({ label: v, labelType: 'number' }), issue: { property: 'label', path: 'label' }, stored: async (t) => (await data(t, '/api/v1/accounts/custom-fields'))[0].label },
  { name: 'custom-field description', max: MAX_LENGTH.longText, make: text, path: (b) => `${b}/accounts/custom-field`, body: (v) => ({ label: 'Notes', labelType: 'multiLineText', description: v }), issue: { property: 'description', path: 'description' }, stored: async (t) => (await data(t, '/api/v1/accounts/custom-fields'))[0].description },
  { name: 'custom-field option', max: MAX_LENGTH.name, make: text, path: (b) => `${b}/accounts/custom-field`, body: (v) => ({ label: 'Tier', labelType: 'singleSelection', options: ['gold', v] }), issue: { property: 'options', path: 'options[1]', subject: 'each value in options' }, stored: async (t) => (await data(t, '/api/v1/accounts/custom-fields'))[0].options, expected: (v) => ['gold', v] },
  // Segments (SPEC §3.11).
  { name: 'segment name', max: MAX_LENGTH.name, make: emoji, path: (b) => `${b}/segments`, body: (v) => ({ name: v, type: 'static' }), issue: { property: 'name', path: 'name' }, stored: async (t) => (await data(t, '/api/v1/segments')).data[0].name },
  {
    name: 'segment rename',
    max: MAX_LENGTH.name,
    make: text,
    method: 'PATCH',
    path: (b) => `${b}/segments/:id`,
    setup: async (t, b) => `${b}/segments/${(await t.request('POST', `${b}/segments`, { name: 'Before', type: 'static' })).body.data.segmentId}`,
    body: (v) => ({ name: v }),
    issue: { property: 'name', path: 'name' },
    stored: async (t) => (await data(t, '/api/v1/segments')).data[0].name,
  },
  {
    name: 'segment member domain',
    max: MAX_LENGTH.url,
    make: url,
    path: (b) => `${b}/segments/:id/accounts`,
    setup: async (t, b) => {
      await t.request('POST', `${b}/accounts`, account({}));
      return `${b}/segments/${(await t.request('POST', `${b}/segments`, { name: 'S', type: 'static' })).body.data.segmentId}/accounts`;
    },
    body: (v) => ({ accounts: [{ domain: v }] }),
    issue: { property: 'domain', path: 'accounts[0].domain' },
    stored: async (t) => (await firstAccount(t)).rtp_segments.length,
    expected: () => 1,
  },
  // Deal pipelines (SPEC §3.9).
  { name: 'pipeline label', max: MAX_LENGTH.name, make: text, path: (b) => `${b}/deal-stages`, body: (v) => ({ pipelines: [{ pipelineId: 'p', pipelineLabel: v, stages: [{ stageId: 's', stageLabel: 'S' }] }] }), issue: { property: 'pipelineLabel', path: 'pipelines[0].pipelineLabel' }, stored: async (t) => (await data(t, '/api/v1/deal-stages'))[0].pipelineLabel },
  { name: 'stage label', max: MAX_LENGTH.name, make: text, path: (b) => `${b}/deal-stages`, body: (v) => ({ pipelines: [{ pipelineId: 'p', pipelineLabel: 'P', stages: [{ stageId: 's', stageLabel: v }] }] }), issue: { property: 'stageLabel', path: 'pipelines[0].stages[0].stageLabel' }, stored: async (t) => (await data(t, '/api/v1/deal-stages'))[0].stages[0].stageLabel },
  {
    name: 'pipeline relabel',
    max: MAX_LENGTH.name,
    make: text,
    method: 'PUT',
    path: (b) => `${b}/deal-stages/p`,
    setup: async (t, b) => {
      await t.request('POST', `${b}/deal-stages`, { pipelines: [{ pipelineId: 'p', pipelineLabel: 'P', stages: [{ stageId: 's', stageLabel: 'S' }] }] });
      return `${b}/deal-stages/p`;
    },
    body: (v) => ({ pipelineLabel: v, stages: [{ stageId: 's', stageLabel: 'S' }] }),
    issue: { property: 'pipelineLabel', path: 'pipelineLabel' },
    stored: async (t) => (await data(t, '/api/v1/deal-stages'))[0].pipelineLabel,
  },
];

describeEachEngine('text and array limits (issue 10, class 4)', (engine) => {
  const ctx = useTestApp(engine);

  async function tenant(): Promise<LimitTenant> {
    return Object.assign(await ctx().newTenant(), { db: ctx().database.db });
  }

  /** What a refused request must leave as it was: every row count, and the value a rename would have changed. */
  async function snapshot(t: LimitTenant, field: FieldCase, base: Base) {
    return { rows: await workspaceRowCounts(ctx().database.db, t.workspaceId), stored: await field.stored(t, base).catch(() => 'unreadable') };
  }

  function assertAccepted(reply: Reply, what: string, itemOutcomeAside = false) {
    assert.equal(reply.statusCode, 200, `${what}: ${reply.raw.slice(0, 400)}`);
    if (itemOutcomeAside) return;
    for (const result of reply.body.data?.results ?? []) assert.notEqual(result.status, 'failed', `${what}: ${JSON.stringify(result)}`);
  }

  function assertTooLong(reply: Reply, path: string, issue: FieldCase['issue'], max: number, what: string) {
    const message = `${issue.subject ?? issue.property} must be shorter than or equal to ${max} characters`;
    assert.equal(reply.statusCode, 400, `${what}: ${reply.raw.slice(0, 400)}`);
    assertEnvelope(reply, path, what);
    assert.equal(reply.body.customMessage, message, what);
    assert.deepEqual(reply.body.data, [{ property: issue.property, path: issue.path, constraints: { maxLength: message } }], what);
  }

  for (const base of ['/api/v1', '/api/v1/crm'] as const) {
    test(`${base}: every string field is accepted at its limit and refused one character over, writing nothing`, async (t) => {
      for (const field of FIELDS) {
        await t.test(`${field.name} (${field.max})`, async () => {
          const method = field.method ?? 'POST';
          const refused = await tenant();
          const refusedPath = (await field.setup?.(refused, base)) ?? field.path(base);
          const before = await snapshot(refused, field, base);
          const over = await refused.request(method, refusedPath, field.body(field.make(field.max + 1), base));
          assertTooLong(over, refusedPath, field.issue, field.max, `${field.name} over`);
          assert.deepEqual(await snapshot(refused, field, base), before, `${field.name}: the refused request changed something`);

          const accepted = await tenant();
          const acceptedPath = (await field.setup?.(accepted, base)) ?? field.path(base);
          const value = field.make(field.max);
          // eslint-disable-next-line @typescript-eslint/no-misused-spread -- counts code points, as the limits do
          assert.equal([...value].length, field.max);
          assertAccepted(await accepted.request(method, acceptedPath, field.body(value, base)), `${field.name} at the limit`, field.itemOutcomeAside);
          assert.deepEqual(await field.stored(accepted, base), field.expected ? field.expected(value) : value, `${field.name} stored`);
        });
      }
    });

    test(`${base}: custom-field text values have a limit per type, in the §3.7 message`, async () => {
      const t = await tenant();
      for (const [label, labelType] of [['Note', 'singleLineText'], ['Story', 'multiLineText']] as const) {
        assert.equal((await t.request('POST', `${base}/accounts/custom-field`, { label, labelType })).statusCode, 200);
      }
      const crm = base.endsWith('/crm');
      for (const [key, max] of [['NOTE_C', TEXT_VALUE_MAX_LENGTH.singleLineText], ['STORY_C', TEXT_VALUE_MAX_LENGTH.multiLineText]] as const) {
        const expects = `Custom field '${key}' expects a string of at most ${max} characters`;
        const before = await workspaceRowCounts(ctx().database.db, t.workspaceId);
        const created = await t.request('POST', `${base}/accounts`, account({ domain: `${key.toLowerCase().replace('_', '-')}.example`, externalId: key, customFields: { [key]: emoji(max + 1) } }));
        assert.equal(created.statusCode, 200, created.raw.slice(0, 300));
        assert.equal(created.body.data.results[0].status, 'failed');
        assert.equal(created.body.data.results[0].error, `${expects}. Unable to add this account.`);
        assert.deepEqual(await workspaceRowCounts(ctx().database.db, t.workspaceId), before);

        const atLimit = await t.request('POST', `${base}/accounts`, account({ domain: `${key.toLowerCase().replace('_', '-')}.example`, externalId: key, customFields: { [key]: emoji(max) } }));
        assert.equal(atLimit.body.data.results[0].status, 'created', atLimit.raw.slice(0, 300));
        const id = crm ? key : atLimit.body.data.results[0].rtp_aid;
        const put = await t.request('PUT', `${base}/accounts/${id}`, { customFields: { [key]: text(max + 1) } });
        assert.equal(put.statusCode, 400, put.raw.slice(0, 300));
        assertEnvelope(put, `${base}/accounts/${id}`);
        assert.equal(put.body.customMessage, expects);
        const stored = (await data(t, '/api/v1/accounts')).data.find((a: { externalId: string }) => a.externalId === key);
        assert.equal(stored.customFields[key], emoji(max), 'the refused PUT changed the value');
        // A value of the wrong type still reads as SPEC §3.7 has it.
        const wrongType = await t.request('PUT', `${base}/accounts/${id}`, { customFields: { [key]: 5 } });
        assert.equal(wrongType.body.customMessage, `Custom field '${key}' expects a string`);
      }
    });
  }

  test('arrays: tags per account, contacts per activity and options per field are bounded', async () => {
    const cases: Array<{ path: string; max: number; body: (n: number) => unknown; property: string; at: string }> = [
      { path: '/api/v1/accounts', max: MAX_ITEMS.tags, body: (n) => account({ tags: Array.from({ length: n }, (_, i) => `t${i}`) }), property: 'tags', at: 'accounts[0].tags' },
      {
        path: '/api/v1/sales-activities',
        max: MAX_ITEMS.contacts,
        body: (n) => ({ activities: [{ ...activity({}).activities[0], contacts: Array.from({ length: n }, (_, i) => ({ email: `c${i}@acme.com` })) }] }),
        property: 'contacts',
        at: 'activities[0].contacts',
      },
      {
        path: '/api/v1/accounts/custom-field',
        max: MAX_ITEMS.options,
        body: (n) => ({ label: 'Choice', labelType: 'multiSelection', options: Array.from({ length: n }, (_, i) => `o${i}`) }),
        property: 'options',
        at: 'options',
      },
    ];
    for (const { path, max, body, property, at } of cases) {
      const t = await tenant();
      const before = await workspaceRowCounts(ctx().database.db, t.workspaceId);
      const over = await t.request('POST', path, body(max + 1));
      const message = `${property} must contain no more than ${max} elements`;
      assert.equal(over.statusCode, 400, over.raw.slice(0, 300));
      assertEnvelope(over, path);
      assert.deepEqual(over.body.data, [{ property, path: at, constraints: { arrayMaxSize: message } }]);
      assert.deepEqual(await workspaceRowCounts(ctx().database.db, t.workspaceId), before);
      assertAccepted(await t.request('POST', path, body(max)), `${path} with ${max} ${property}`);
    }
  });

  test('an array over its limit is refused before its elements are checked; no answer lists more than 1,000 violations', async () => {
    const t = await tenant();
    // A million bad tags in one item: one issue (the array's size), not a million.
    const tags = `[${Array.from({ length: 1_000_000 }, () => '1').join(',')}]`;
    const huge = await t.request('POST', '/api/v1/accounts', `{"accounts":[{"domain":"acme.com","name":"Acme","tags":${tags}}]}`);
    assert.equal(huge.statusCode, 400);
    assert.deepEqual(huge.body.data, [
      { property: 'tags', path: 'accounts[0].tags', constraints: { arrayMaxSize: `tags must contain no more than ${MAX_ITEMS.tags} elements` } },
    ]);
    // Selection options too, but only where SPEC checks them (a selection type); elsewhere they are ignored.
    const options = Array.from({ length: MAX_ITEMS.options * 10 }, () => '');
    const selection = await t.request('POST', '/api/v1/accounts/custom-field', { label: 'Pick', labelType: 'multiSelection', options });
    assert.deepEqual(selection.body.data, [
      { property: 'options', path: 'options', constraints: { arrayMaxSize: `options must contain no more than ${MAX_ITEMS.options} elements` } },
    ]);
    assert.equal((await t.request('POST', '/api/v1/accounts/custom-field', { label: 'Amount', labelType: 'number', options })).statusCode, 200);
    // Within every limit a body can still break 40,000 constraints; the answer reports the first 1,000.
    const contact = { email: 1, externalContactId: 1, name: 1, title: 1, department: 1, seniority: 1, phone: 1, linkedinUrl: 1 };
    const bad = { ...activity({}).activities[0], contacts: Array.from({ length: MAX_ITEMS.contacts }, () => contact) };
    const many = await t.request('POST', '/api/v1/sales-activities', { activities: Array.from({ length: 50 }, () => bad) });
    assert.equal(many.statusCode, 400);
    assertEnvelope(many, '/api/v1/sales-activities');
    assert.equal(many.body.data.length, 1000);
    assert.deepEqual(many.body.data[0], { property: 'email', path: 'activities[0].contacts[0].email', constraints: { isString: 'email must be a string' } });
  });

  test('query strings: `domains` and `cursor` are bounded', async () => {
    const t = await tenant();
    await t.request('POST', '/api/v1/accounts', account({}));
    const domainsOf = (n: number) => JSON.stringify([url(n - 4)]);
    assert.equal(domainsOf(MAX_LENGTH.domainsQuery).length, MAX_LENGTH.domainsQuery);
    const atLimit = await t.request('GET', `/api/v1/accounts?domains=${encodeURIComponent(domainsOf(MAX_LENGTH.domainsQuery))}`);
    assert.equal(atLimit.statusCode, 200, atLimit.raw.slice(0, 300));
    assert.deepEqual(atLimit.body.data.data.map((a: { domain: string }) => a.domain), ['acme.com']);
    const over = await t.request('GET', `/api/v1/accounts?domains=${encodeURIComponent(domainsOf(MAX_LENGTH.domainsQuery + 1))}`);
    const message = `domains must be shorter than or equal to ${MAX_LENGTH.domainsQuery} characters`;
    assert.equal(over.statusCode, 400);
    assert.deepEqual(over.body.data, [{ property: 'domains', path: 'domains', constraints: { maxLength: message } }]);
    // SPEC §2.7: a cursor that cannot be decoded, a long one too, is `Invalid cursor`.
    const cursor = await t.request('GET', `/api/v1/accounts?cursor=${'A'.repeat(MAX_LENGTH.cursor + 1)}`);
    assert.deepEqual([cursor.statusCode, cursor.body.customMessage], [400, 'Invalid cursor']);
  });

  test('the OpenAPI document gives every request string a bound: maxLength, a pattern, a date format or a list of values', async () => {
    const reply = await ctx().inject({ method: 'GET', url: OPENAPI_DOCUMENT_URL });
    const document = reply.body;
    const unbounded: string[] = [];
    const resolve = (schema: any) => (schema?.$ref ? document.components.schemas[schema.$ref.split('/').pop()] : schema);
    const walk = (raw: any, at: string): void => {
      const schema = resolve(raw);
      if (typeof schema !== 'object' || schema === null) return;
      const types = [schema.type].flat();
      const bounded = schema.maxLength !== undefined || schema.pattern || schema.enum || schema.const || ['date-time', 'date'].includes(schema.format);
      if (types.includes('string') && !bounded) unbounded.push(at);
      for (const [name, child] of Object.entries(schema.properties ?? {})) walk(child, `${at}.${name}`);
      if (schema.items) walk(schema.items, `${at}[]`);
      for (const key of ['allOf', 'anyOf', 'oneOf']) for (const child of schema[key] ?? []) walk(child, at);
      if (schema.then) walk(schema.then, at);
    };
    let operations = 0;
    for (const [path, item] of Object.entries<any>(document.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        if (typeof operation !== 'object' || !operation.responses) continue;
        operations += 1;
        walk(operation.requestBody?.content?.['application/json']?.schema, `${method.toUpperCase()} ${path} body`);
        for (const parameter of operation.parameters ?? []) {
          // Path parameters are bounded by the router (`maxParamLength`); cursors answer `Invalid cursor` past their length.
          if (parameter.in === 'path' || parameter.name === 'cursor') continue;
          walk(parameter.schema, `${method.toUpperCase()} ${path} ?${parameter.name}`);
        }
      }
    }
    assert.ok(operations > 40, `only ${operations} operations in the document`);
    assert.deepEqual(unbounded, []);
  });
});

test('docs/operations.md §7 states every limit src/http/limits.ts and the segment rules set', () => {
  const doc = readFileSync(new URL('../docs/operations.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf('## 7. Limits'));
  assert.ok(section.startsWith('## 7. Limits'), 'docs/operations.md has no "## 7. Limits" section');
  const values = [
    ...Object.values(MAX_LENGTH),
    ...Object.values(MAX_ITEMS),
    ...Object.values(TEXT_VALUE_MAX_LENGTH),
    MAX_REPORTED_ERRORS,
    ...Object.values(RULE_LIMITS),
    ...Object.values(WORKSPACE_RULE_LIMITS),
  ];
  for (const value of values) assert.ok(section.includes(value.toLocaleString('en-US')), `the Limits table does not mention ${value.toLocaleString('en-US')}`);
  assert.ok(section.includes(`${MAX_JSON_DEPTH} levels`));
});
