/**
 * Real requests to every /api/v1 route, for test/openapi.test.ts: successes and several errors
 * each, in an order where later requests use what earlier ones created (custom field, accounts,
 * segments, pipeline, deals, activities, signals). The responses are checked against the OpenAPI
 * document and assigned to a generated client's types.
 *
 * A new route needs a success case here (the test fails naming it otherwise): add a `call` with its
 * route pattern and the status it must answer.
 */
import { newId } from '../../src/lib/ids.js';
import type { Reply } from './test-app.js';

export type Base = '/api/v1' | '/api/v1/crm';

export interface ApiCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as registered, e.g. `/api/v1/accounts/:rtp_aid`. */
  route: string;
  /** The concrete URL, with any query string. */
  url: string;
  /** A JSON value to send, or a raw string payload. */
  body?: unknown;
  headers?: Record<string, string>;
  /** The status the request must answer. */
  status: number;
}

/** Sends one case with the scenario's key, checks its status, records it; returns the reply. */
export type Send = (c: ApiCase) => Promise<Reply>;

const WHEN = '2026-04-29T15:30:00Z';

/**
 * Exercises every route of one generation once or more. `crm` selects the CRM generation's account
 * writes (externalId-keyed); everything else is the same routes under the other prefix.
 */
export async function exerciseGeneration(base: Base, send: Send, bodyLimit: number, has: (route: string) => boolean): Promise<void> {
  const crm = base === '/api/v1/crm';
  const call = (method: ApiCase['method'], pattern: string, url: string, status: number, body?: unknown, headers?: Record<string, string>) =>
    send({ method, route: `${base}${pattern}`, url: `${base}${url}`, status, body, headers });

  // Custom fields (SPEC §3.6).
  await call('POST', '/accounts/custom-field', '/accounts/custom-field', 200, { label: 'Contract Value', labelType: 'number' });
  await call('POST', '/accounts/custom-field', '/accounts/custom-field', 200, {
    label: 'Tier',
    labelType: 'singleSelection',
    options: ['gold', 'silver'],
    description: 'Support tier',
  });
  await call('POST', '/accounts/custom-field', '/accounts/custom-field', 409, { label: 'Contract Value', labelType: 'number' });
  await call('POST', '/accounts/custom-field', '/accounts/custom-field', 400, { label: 'Region', labelType: 'multiSelection' });
  await call('GET', '/accounts/custom-fields', '/accounts/custom-fields', 200);

  // Accounts (SPEC §3.1–§3.5, §5).
  const acme = { domain: 'https://www.Acme.com/x', name: 'Acme Corp', shortName: 'Acme', tags: ['enterprise'], customFields: { CONTRACT_VALUE_C: 75000 } };
  const globex = { domain: 'globex.com', name: 'Globex', linkedinUrl: 'https://www.linkedin.com/company/globex' };
  if (crm) {
    await call('POST', '/accounts', '/accounts', 200, {
      accounts: [
        { ...acme, externalId: 'crm-acme' },
        { ...globex, externalId: 'crm-globex' },
        { externalId: 'crm-bad', domain: 'not a domain', name: 'Bad' },
        { externalId: 'crm-unknown-key', domain: 'initech.com', name: 'Initech', customFields: { NOPE_C: 1 } },
      ],
    });
    await call('POST', '/accounts', '/accounts', 200, { accounts: [{ externalId: 'crm-acme', domain: 'acme.com', name: 'Acme Corporation' }] });
    await call('POST', '/accounts', '/accounts', 200, { accounts: [{ domain: 'hooli.com', name: 'Hooli', externalId: 'crm-hooli' }] });
    await call('POST', '/accounts', '/accounts', 400, { accounts: [{ domain: 'x.com', name: 'No external id' }] });
  } else {
    await call('POST', '/accounts', '/accounts', 200, {
      accounts: [acme, { ...globex, externalId: 'crm-globex' }, { domain: 'not a domain', name: 'Bad' }, { domain: 'hooli.com', name: 'Hooli' }],
    });
    await call('POST', '/accounts', '/accounts', 200, { accounts: [{ domain: 'acme.com', name: 'Acme again' }] });
    await call('POST', '/accounts', '/accounts', 200, { upsert: true, accounts: [{ domain: 'acme.com', name: 'Acme Corporation', customFields: { TIER_C: 'gold' } }] });
    await call('POST', '/accounts', '/accounts', 200, { accounts: [{ domain: 'initech.com', name: 'Initech', customFields: { NOPE_C: 1 } }] });
  }
  await call('POST', '/accounts', '/accounts', 400, { accounts: [{ domain: '', name: 'Empty' }], upsert: 'yes' });
  await call('POST', '/accounts', '/accounts', 400, {});
  await call('POST', '/accounts', '/accounts', 400, { segmentId: newId(), accounts: [{ domain: 'a.com', name: 'A', externalId: 'a' }] });
  await call('POST', '/accounts', '/accounts', 400, '{"accounts": [', { 'content-type': 'application/json' });
  await call('POST', '/accounts', '/accounts', 415, 'domain=acme.com', { 'content-type': 'application/x-www-form-urlencoded' });
  await call('POST', '/accounts', '/accounts', 413, `{"accounts":["${'x'.repeat(bodyLimit)}"]}`, { 'content-type': 'application/json' });

  const page = await call('GET', '/accounts', '/accounts', 200);
  const accounts = (page.body.data.data as Array<{ rtp_aid: string; domain: string }>) ?? [];
  const acmeId = accounts.find((a) => a.domain === 'acme.com')!.rtp_aid;
  const firstPage = await call('GET', '/accounts', '/accounts?limit=1', 200);
  await call('GET', '/accounts', `/accounts?limit=1&cursor=${firstPage.body.data.nextCursor}`, 200);
  await call('GET', '/accounts', `/accounts?lastSync=2020-01-01T00:00:00Z&domains=${encodeURIComponent('["acme.com","www.globex.com"]')}`, 200);
  await call('GET', '/accounts', '/accounts?limit=0&lastSync=yesterday', 400);
  await call('GET', '/accounts', '/accounts?cursor=not-a-cursor', 400);
  await call('GET', '/accounts', '/accounts?domains=acme.com', 400);
  await call('GET', '/accounts', '/accounts?sort=-rtp_g2_intent_score&stage=Unaware&q=ac&tag=enterprise&limit=1', 200);
  await call('GET', '/accounts', '/accounts?sort=-rtp_account_score&lastSync=2020-01-01T00:00:00Z', 400);

  await call('GET', '/accounts/missing-external-ids', '/accounts/missing-external-ids', 200);
  await call('GET', '/accounts/missing-external-ids', '/accounts/missing-external-ids?limit=5000', 400);

  if (crm) {
    await call('GET', '/accounts/:externalId', '/accounts/crm-acme', 200);
    await call('GET', '/accounts/:externalId', '/accounts/crm-nobody', 404);
  } else {
    await call('GET', '/accounts/:rtp_aid', `/accounts/${acmeId}`, 200);
    await call('GET', '/accounts/:rtp_aid', `/accounts/${newId()}`, 404);
    await call('GET', '/accounts/:rtp_aid', '/accounts/not-an-id', 400);
  }

  if (crm) {
    await call('PUT', '/accounts/:externalId', '/accounts/crm-acme', 200, { customFields: { CONTRACT_VALUE_C: 80000, TIER_C: null } });
    await call('PUT', '/accounts/:externalId', '/accounts/crm-nobody', 404, { customFields: {} });
    await call('PUT', '/accounts/:externalId', '/accounts/crm-acme', 400, { customFields: { CONTRACT_VALUE_C: 'lots' } });
    await call('PUT', '/accounts/:externalId', '/accounts/crm-acme', 400, { customFields: {}, domain: 'x.com' });
  } else {
    await call('PUT', '/accounts/:rtp_aid', `/accounts/${acmeId}`, 200, { customFields: { CONTRACT_VALUE_C: 80000, TIER_C: null } });
    await call('PUT', '/accounts/:rtp_aid', `/accounts/${newId()}`, 404, { customFields: {} });
    await call('PUT', '/accounts/:rtp_aid', '/accounts/not-an-id', 400, { customFields: {} });
    await call('PUT', '/accounts/:rtp_aid', `/accounts/${acmeId}`, 400, { customFields: { NOPE_C: 1 } });
    await call('PUT', '/accounts/:rtp_aid', `/accounts/${acmeId}`, 400, { customFields: {}, domain: 'x.com' });
  }

  await call('PATCH', '/accounts/external-ids', '/accounts/external-ids', 200, {
    mappings: [
      { domain: 'www.hooli.com', externalId: 'ext-hooli' },
      { domain: 'unknown.example', externalId: 'ext-unknown' },
    ],
  });
  await call('PATCH', '/accounts/external-ids', '/accounts/external-ids', 400, { mappings: [{ domain: 'acme.com' }] });

  // Segments (SPEC §3.11).
  const segment = await call('POST', '/segments', '/segments', 200, { name: 'Q2 Target Accounts', type: 'static' });
  const segmentId: string = segment.body.data.segmentId;
  const dynamic = await call('POST', '/segments', '/segments', 200, {
    name: 'Hot accounts',
    type: 'dynamic',
    status: 'draft',
    rules: { any: [{ field: 'rtp_account_score', op: 'gte', value: 0 }, { all: [{ field: 'tags', op: 'contains', value: 'enterprise' }] }] },
  });
  const dynamicId: string = dynamic.body.data.segmentId;
  await call('POST', '/segments', '/segments', 400, { name: '', type: 'smart' });
  await call('POST', '/segments', '/segments', 400, { name: 'Rules on static', type: 'static', rules: { all: [] } });
  await call('GET', '/segments', '/segments', 200);
  await call('GET', '/segments', '/segments?type=all&status=draft', 200);
  await call('GET', '/segments', '/segments?type=bogus', 400);
  await call('GET', '/segments/:segmentId', `/segments/${dynamicId}`, 200);
  await call('GET', '/segments/:segmentId', `/segments/${newId()}`, 404);
  await call('GET', '/segments/:segmentId', '/segments/nope', 400);
  await call('PATCH', '/segments/:segmentId', `/segments/${segmentId}`, 200, { name: 'Q2 Targets', status: 'active' });
  await call('PATCH', '/segments/:segmentId', `/segments/${segmentId}`, 400, { type: 'dynamic' });
  await call('PATCH', '/segments/:segmentId', `/segments/${newId()}`, 404, { name: 'Ghost' });
  await call('POST', '/segments/:segmentId/accounts', `/segments/${segmentId}/accounts`, 200, {
    accounts: [{ rtp_aid: acmeId }, { domain: 'globex.com' }, { domain: 'nobody.example' }, { rtp_aid: 'bad' }, {}],
  });
  await call('POST', '/segments/:segmentId/accounts', `/segments/${dynamicId}/accounts`, 400, { accounts: [{ rtp_aid: acmeId }] });
  await call('POST', '/segments/:segmentId/accounts', `/segments/${newId()}/accounts`, 404, { accounts: [{ rtp_aid: acmeId }] });
  await call('GET', '/segments/:segmentId/accounts', `/segments/${segmentId}/accounts`, 200);
  await call('GET', '/segments/:segmentId/accounts', `/segments/${segmentId}/accounts?limit=1`, 200);
  await call('GET', '/segments/:segmentId/accounts', `/segments/${newId()}/accounts`, 404);
  await call('POST', '/segments/preview', '/segments/preview', 200, { rules: { all: [{ field: 'domain', op: 'contains', value: 'acme' }] } });
  await call('POST', '/segments/preview', '/segments/preview', 400, { rules: { all: [{ field: 'nope', op: 'eq', value: 1 }] } });
  await call('DELETE', '/segments/:segmentId/accounts', `/segments/${segmentId}/accounts`, 200, { accounts: [{ domain: 'globex.com' }, { domain: 'hooli.com' }] });
  await call('DELETE', '/segments/:segmentId/accounts', `/segments/${newId()}/accounts`, 404, { accounts: [{ domain: 'globex.com' }] });
  await call('DELETE', '/segments/:segmentId/accounts', `/segments/${segmentId}/accounts`, 400, { accounts: [] });
  // An account push into the segment answers with the membership applied (and its `rtp_segments`).
  await call('GET', '/accounts', '/accounts', 200);

  // Deal stages (SPEC §3.9).
  const stages = [
    { stageId: 'qualified', stageLabel: 'Qualified' },
    { stageId: 'won', stageLabel: 'Closed Won' },
  ];
  await call('POST', '/deal-stages', '/deal-stages', 200, { pipelines: [{ pipelineId: 'sales', pipelineLabel: 'Sales', stages }] });
  await call('POST', '/deal-stages', '/deal-stages', 409, { pipelines: [{ pipelineId: 'sales', pipelineLabel: 'Sales', stages }] });
  await call('POST', '/deal-stages', '/deal-stages', 400, { pipelines: [{ pipelineId: 'p', pipelineLabel: 'P', stages: [stages[0], stages[0]] }] });
  await call('GET', '/deal-stages', '/deal-stages', 200);
  await call('PUT', '/deal-stages/:pipelineId', '/deal-stages/sales', 200, { pipelineLabel: 'Sales (EMEA)', stages: [...stages, { stageId: 'lost', stageLabel: 'Closed Lost' }] });
  await call('PUT', '/deal-stages/:pipelineId', '/deal-stages/nope', 404, { pipelineLabel: 'Nope', stages });
  await call('PUT', '/deal-stages/:pipelineId', '/deal-stages/sales', 400, { stages: [] });

  // Deals (SPEC §3.8).
  await call('POST', '/deals', '/deals', 200, {
    deals: [
      {
        externalDealId: 'deal-42',
        name: 'Acme renewal',
        amount: 75000.5,
        stageId: 'qualified',
        stageLabel: 'Qualified',
        pipelineId: 'sales',
        pipelineLabel: 'Sales',
        startDate: '2026-01-15',
        closedDate: '2026-06-30T00:00:00Z',
        ownerName: 'Dana Rep',
        ownerEmail: 'dana@example.com',
        ownerId: 'u-7',
        dealCurrencyCode: 'USD',
        associatedAccounts: [{ domain: 'acme.com' }, { externalId: 'crm-globex', name: 'Globex' }, { domain: 'future.example', name: 'Future' }],
      },
      { externalDealId: 'deal-43', name: 'Broken', associatedAccounts: [{ domain: 'not a domain' }] },
    ],
  });
  await call('POST', '/deals', '/deals', 200, { deals: [{ externalDealId: 'deal-42', name: 'Acme renewal', stageId: 'won', stageLabel: 'Closed Won' }] });
  await call('POST', '/deals', '/deals', 400, { deals: [{ externalDealId: '', ownerEmail: 'not-an-email', startDate: 'soon' }] });
  await call('GET', '/deals', '/deals', 200);
  await call('GET', '/deals', `/deals?rtp_aid=${newId()}`, 200);
  await call('GET', '/deals', '/deals?rtp_aid=nope', 400);
  await call('GET', '/deals', '/deals?limit=1&lastSync=2020-01-01T00:00:00.000Z', 200);
  await call('GET', '/deals', '/deals?lastSync=later', 400);
  await call('GET', '/deals/:externalDealId', '/deals/deal-42', 200);
  await call('GET', '/deals/:externalDealId', '/deals/deal-404', 404);

  // Sales activities (SPEC §3.10) and the timeline.
  const contact = { email: 'pat@acme.com', name: 'Pat Buyer', title: 'VP Operations', externalContactId: 'c-19' };
  await call('POST', '/sales-activities', '/sales-activities', 200, {
    activities: [
      {
        externalActivityId: 'call-1',
        activityType: 'call',
        occurredAt: WHEN,
        domain: 'acme.com',
        ownerEmail: 'dana@example.com',
        contacts: [contact],
        callTitle: 'Renewal check-in',
        durationMinutes: 25,
        outcome: 'connected',
        direction: 'outbound',
        from: { name: 'Dana Rep', email: 'dana@example.com' },
      },
      {
        externalActivityId: 'email-1',
        activityType: 'email',
        occurredAt: '2026-04-28T09:00:00+02:00',
        domain: 'www.acme.com',
        ownerEmail: 'dana@example.com',
        subject: 'Proposal',
        contacts: [contact, { email: 'sam@acme.com' }],
        openCount: 3,
        clickCount: 1,
      },
      { externalActivityId: 'meeting-1', activityType: 'meeting', occurredAt: WHEN, domain: 'acme.com', ownerEmail: 'dana@example.com', contacts: [contact] },
      { externalActivityId: 'call-1', activityType: 'call', occurredAt: WHEN, domain: 'acme.com', ownerEmail: 'dana@example.com', contacts: [contact] },
    ],
  });
  await call('POST', '/sales-activities', '/sales-activities', 400, { activities: [{ activityType: 'call', direction: 'sideways', contacts: [] }] });
  const timeline = await call('GET', '/accounts/:rtp_aid/activities', `/accounts/${acmeId}/activities?limit=1`, 200);
  await call('GET', '/accounts/:rtp_aid/activities', `/accounts/${acmeId}/activities?cursor=${timeline.body.data.nextCursor}`, 200);
  await call('GET', '/accounts/:rtp_aid/activities', `/accounts/${newId()}/activities`, 404);
  await call('GET', '/accounts/:rtp_aid/activities', '/accounts/nope/activities', 400);
  await call('GET', '/accounts/:rtp_aid/activities', `/accounts/${acmeId}/activities?cursor=zzz`, 400);

  // Journey stages (SPEC §3.12).
  await call('GET', '/journey-stages', '/journey-stages', 200);
  await call('GET', '/journey/funnel', '/journey/funnel', 200);
  await call('GET', '/journey/movements', '/journey/movements', 200);
  await call('GET', '/journey/movements', '/journey/movements?weeks=53', 400);

  // Signals (SPEC §4.1).
  await call('POST', '/signals', '/signals', 200, {
    signals: [
      { source: 'website', domain: 'acme.com', type: 'page_view', occurredAt: WHEN, url: 'https://example.com/pricing', externalSignalId: 'w-1' },
      { source: 'bombora', domain: 'acme.com', type: 'surge', occurredAt: WHEN, topic: 'CRM Software', score: 72 },
      { source: 'g2', domain: 'acme.com', type: 'bogus_view', occurredAt: WHEN },
      { source: 'website', domain: 'acme.com', type: 'page_view', occurredAt: WHEN, externalSignalId: 'w-1' },
      { source: 'linkedin', domain: 'future.example', type: 'click', occurredAt: WHEN, count: 3 },
    ],
  });
  await call('POST', '/signals', '/signals', 400, { signals: [{ source: 'fax', domain: '', occurredAt: 'now', count: 0 }] });
  // The console's CSV upload (issue 12): External API only.
  if (has(`POST ${base}/signals/import`)) {
    const csv = { 'content-type': 'text/csv' };
    await call('POST', '/signals/import', '/signals/import?source=website', 200, 'Domain,URL,Timestamp\nacme.com,https://acme.com/pricing,2026-04-29\nbad,,x\n', csv);
    await call('POST', '/signals/import', '/signals/import?source=g2', 400, 'Nothing,Here\n', csv);
    await call('POST', '/signals/import', '/signals/import?source=fax', 400, 'Domain\n', csv);
  }

  // Scoring (SPEC §4.5, §4.6): External API only, and only once its routes are registered.
  if (has(`POST ${base}/scoring/runs`)) {
    await call('GET', '/scoring/config', '/scoring/config', 200);
    await call('PUT', '/scoring/config', '/scoring/config', 200, { sources: { website: { weight: 0.4 } }, journey: { windowDays: 45 } });
    await call('PUT', '/scoring/config', '/scoring/config', 400, { sources: { fax: {} } });
    await call('POST', '/scoring/runs', '/scoring/runs', 200, { full: true });
    await call('POST', '/scoring/runs', '/scoring/runs', 400, { full: 'yes' });
    // Let the background run finish before the scores are read and the app closes.
    for (let i = 0; i < 100; i += 1) {
      const runs = await call('GET', '/scoring/runs', '/scoring/runs?limit=5', 200);
      if (!(runs.body.data.data as Array<{ status: string }>).some((run) => run.status === 'running')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await call('GET', '/scoring/runs', '/scoring/runs?limit=0', 400);
    await call('PUT', '/scoring/config', '/scoring/config', 200, {});
    await call('GET', '/scoring/backtest', '/scoring/backtest?horizonDays=30', 200);
    await call('GET', '/scoring/backtest', '/scoring/backtest?asOf=2999-01-01', 400);
    await call('GET', '/scoring/backtest', '/scoring/backtest?horizonDays=0', 400);
    await call('GET', '/accounts/:rtp_aid/score', `/accounts/${acmeId}/score`, 200);
    await call('GET', '/accounts/:rtp_aid/score', `/accounts/${newId()}/score`, 404);
    await call('GET', '/accounts/:rtp_aid/score', '/accounts/nope/score', 400);
    await call('GET', '/accounts/:rtp_aid/signals/daily', `/accounts/${acmeId}/signals/daily?days=30`, 200);
    await call('GET', '/accounts/:rtp_aid/signals/daily', `/accounts/${newId()}/signals/daily`, 404);
    await call('GET', '/accounts/:rtp_aid/signals/daily', `/accounts/${acmeId}/signals/daily?days=0`, 400);
  }

  // Deletion and tombstones (docs/api.md, "Deletion"): last, so everything above had its accounts.
  await call('POST', '/accounts', '/accounts', 200, crm ? { accounts: [1, 2, 3].map((i) => ({ domain: `gone-${i}.com`, name: `Gone ${i}`, externalId: `crm-gone-${i}` })) } : { accounts: [1, 2, 3].map((i) => ({ domain: `gone-${i}.com`, name: `Gone ${i}` })) });
  await call('POST', '/accounts/delete', '/accounts/delete', 200, { domains: ['gone-1.com', 'nobody.com'] });
  await call('POST', '/accounts/delete', '/accounts/delete', 400, { domains: ['gone-2.com'], rtp_aids: [newId()] });
  if (crm) {
    await call('DELETE', '/accounts/:externalId', '/accounts/crm-gone-2?purge=true', 200);
    await call('DELETE', '/accounts/:externalId', '/accounts/crm-gone-2', 404);
  } else {
    const gone = (await call('GET', '/accounts', `/accounts?domains=${encodeURIComponent('["gone-2.com"]')}`, 200)).body.data.data[0].rtp_aid as string;
    await call('DELETE', '/accounts/:rtp_aid', `/accounts/${gone}?purge=true`, 200);
    await call('DELETE', '/accounts/:rtp_aid', `/accounts/${gone}`, 404);
    await call('DELETE', '/accounts/:rtp_aid', '/accounts/not-an-id', 400);
  }
  await call('GET', '/accounts/deleted', '/accounts/deleted?limit=1', 200);
  await call('GET', '/accounts/deleted', '/accounts/deleted?lastSync=2000-01-01T00:00:00Z', 410);
  await call('DELETE', '/deals/:externalDealId', '/deals/deal-42', 200);
  await call('DELETE', '/deals/:externalDealId', '/deals/deal-42', 404);
  await call('GET', '/deals/deleted', '/deals/deleted', 200);
  await call('GET', '/deals/deleted', '/deals/deleted?cursor=zzz', 400);
  await call('DELETE', '/contacts/:email', '/contacts/jane%40acme.com', 200);
  await call('DELETE', '/contacts/:email', '/contacts/not-an-address', 400);

  // The audit trail (docs/api.md, "Audit trail"): External API only.
  if (has(`GET ${base}/audit-events`)) {
    await call('GET', '/audit-events', '/audit-events?limit=2', 200);
    await call('GET', '/audit-events', '/audit-events?lastSync=nope', 400);
  }

  // Webhooks (docs/api.md, "Webhooks"): External API only; nothing is delivered here (no dispatcher runs).
  if (has(`POST ${base}/webhooks`)) {
    const created = await call('POST', '/webhooks', '/webhooks', 200, { url: 'https://hooks.example.com/intentbase', events: ['account.created', 'deal.stage_changed'], description: 'CRM sync' });
    await call('POST', '/webhooks', '/webhooks', 400, { url: 'http://hooks.example.com/intentbase', events: ['account.created'] });
    await call('POST', '/webhooks', '/webhooks', 400, { url: 'https://hooks.example.com/x', events: ['account.exploded'] });
    const webhookId = (created.body as { data: { id: string } }).data.id;
    await call('GET', '/webhooks', '/webhooks', 200);
    await call('GET', '/webhooks/:webhookId', `/webhooks/${webhookId}`, 200);
    await call('GET', '/webhooks/:webhookId', `/webhooks/${newId()}`, 404);
    await call('PUT', '/webhooks/:webhookId', `/webhooks/${webhookId}`, 200, { events: ['account.created', 'account.updated'], description: null });
    await call('PUT', '/webhooks/:webhookId', `/webhooks/${webhookId}`, 400, { url: 'https://10.0.0.1/x' });
    await call('POST', '/webhooks/:webhookId/roll-secret', `/webhooks/${webhookId}/roll-secret`, 200);
    const queued = await call('POST', '/webhooks/:webhookId/test', `/webhooks/${webhookId}/test`, 200);
    const deliveryId = (queued.body as { data: { id: string } }).data.id;
    await call('GET', '/webhooks/:webhookId/deliveries', `/webhooks/${webhookId}/deliveries?limit=1`, 200);
    await call('GET', '/webhooks/:webhookId/deliveries', `/webhooks/${webhookId}/deliveries?cursor=zzz`, 400);
    await call('POST', '/webhooks/:webhookId/deliveries/:deliveryId/retry', `/webhooks/${webhookId}/deliveries/${deliveryId}/retry`, 200);
    await call('POST', '/webhooks/:webhookId/deliveries/:deliveryId/retry', `/webhooks/${webhookId}/deliveries/${newId()}/retry`, 404);
    await call('DELETE', '/webhooks/:webhookId', `/webhooks/${webhookId}`, 200);
    await call('DELETE', '/webhooks/:webhookId', `/webhooks/${webhookId}`, 404);
  }
}

export const CONSOLE_PASSWORD = 'a console passphrase';
const SESSION = '/api/v1/console/session';

/**
 * The console's session routes, with no key (send it without one): failed sign-ins up to the
 * throttle's 429, a sign-in, the session by its cookie, sign-out without and with the CSRF token.
 */
export async function exerciseConsole(send: Send, user: { email: string; password: string }): Promise<void> {
  const call = (method: ApiCase['method'], status: number, body?: unknown, headers?: Record<string, string>) =>
    send({ method, route: SESSION, url: SESSION, status, body, headers });
  await call('POST', 400, { email: user.email });
  await call('POST', 401, { email: user.email, password: 'not the password' });
  for (let attempt = 0; attempt < 5; attempt += 1) await call('POST', 401, { email: 'throttled@example.com', password: 'not the password' });
  await call('POST', 429, { email: 'throttled@example.com', password: 'not the password' });
  const signedIn = await call('POST', 200, user);
  const cookie = String(signedIn.headers['set-cookie']).split(';')[0];
  const csrfToken = (signedIn.body as { data: { csrfToken: string } }).data.csrfToken;
  await call('GET', 200, undefined, { cookie });
  await call('DELETE', 403, undefined, { cookie });
  await call('DELETE', 200, undefined, { cookie, 'x-csrf-token': csrfToken });
  await call('GET', 401, undefined, { cookie });
  await exerciseConsoleAdmin(send, user);
}

/** The key and admin routes of the console (issue 12), with a fresh session. */
async function exerciseConsoleAdmin(send: Send, user: { email: string; password: string }): Promise<void> {
  const signedIn = await send({ method: 'POST', route: SESSION, url: SESSION, status: 200, body: user });
  const session = { cookie: String(signedIn.headers['set-cookie']).split(';')[0], 'x-csrf-token': (signedIn.body as { data: { csrfToken: string } }).data.csrfToken };
  const call = (method: ApiCase['method'], route: string, url: string, status: number, body?: unknown) =>
    send({ method, route: `/api/v1${route}`, url: `/api/v1${url}`, status, body, headers: session });
  await call('GET', '/console/api-key', '/console/api-key', 200);
  await call('POST', '/console/api-key', '/console/api-key', 200);
  await call('GET', '/console/users', '/console/users', 200);
  const added = await call('POST', '/console/users', '/console/users', 200, { email: 'new.member@example.com', role: 'member' });
  await call('POST', '/console/users', '/console/users', 409, { email: 'new.member@example.com', role: 'member' });
  await call('POST', '/console/users', '/console/users', 400, { email: 'not an email', role: 'owner' });
  const userId = (added.body as { data: { user: { userId: string } } }).data.user.userId;
  await call('POST', '/console/users/:userId/password', `/console/users/${userId}/password`, 200, {});
  await call('POST', '/console/users/:userId/password', `/console/users/${userId}/password`, 200, { password: 'a given passphrase' });
  await call('POST', '/console/users/:userId/password', `/console/users/${newId()}/password`, 404, {});
  await call('DELETE', '/console/users/:userId', `/console/users/${userId}`, 200);
  await call('DELETE', '/console/users/:userId', '/console/users/nope', 400);
  await call('GET', '/console/workspace', '/console/workspace', 200);
  await call('PATCH', '/console/workspace', '/console/workspace', 200, { apiAccess: true });
  await call('PATCH', '/console/workspace', '/console/workspace', 400, { apiAccess: 'yes' });
}
