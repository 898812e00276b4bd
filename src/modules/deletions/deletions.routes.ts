import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { apiResponses, Envelope, Page } from '../../http/response-schemas.js';
import type { ServiceApi } from '../../lib/service-api.js';
import type { DeletionsService } from './deletions.service.js';
import { AccountDeletion, ContactErasure, DeleteAccountsBody, DeleteAccountsResult, DeletedAccount, DeletedDeal, ListDeletedQuery, PurgeQuery } from './deletions.schema.js';

export interface DeletionRouteOptions {
  /** TOMBSTONE_RETENTION_DAYS: how long tombstones are kept and how old a `lastSync` may be. */
  retentionDays: number;
}

// The DELETE routes declare `body: true` (413, 415): Fastify reads a body sent with any method, so
// a DELETE carrying one that is not JSON answers 415 like every other route.

const DELETED_AT = '2026-04-30T10:00:00.000Z';
const ACCOUNT_DELETION_EXAMPLE = { rtp_aid: '663abc0e5f1c2a0012345678', domain: 'acme.com', externalId: 'crm-001', deletedAt: DELETED_AT };
const accountNotFound = { description: 'No such account in the key’s workspace', example: 'Account not found' };

/** `DELETE /accounts/:rtp_aid`: the External API generation's. */
export function registerAccountDeletionRoute(app: FastifyInstance, deletions: ServiceApi<DeletionsService>, options: DeletionRouteOptions): void {
  app.withTypeProvider<TypeBoxTypeProvider>().delete(
    '/accounts/:rtp_aid',
    {
      schema: {
        operationId: 'deleteAccount',
        summary: 'Delete an account',
        description: accountDeletionDescription,
        tags: ['Accounts'],
        params: Type.Object({ rtp_aid: Type.String() }),
        querystring: PurgeQuery,
        response: apiResponses(Envelope(AccountDeletion, { description: 'The deleted account', path: '/api/v1/accounts/663abc0e5f1c2a0012345678', example: ACCOUNT_DELETION_EXAMPLE }), {
          body: true,
          400: { description: 'Invalid rtp_aid format', example: 'Invalid rtp_aid format' },
          404: accountNotFound,
        }),
      },
    },
    (request) => deletions.deleteAccount(request.workspaceId, { rtpAid: request.params.rtp_aid }, { purge: request.query.purge ?? false, retentionDays: options.retentionDays }, request.auditActor),
  );
}

/** `DELETE /crm/accounts/:externalId`: the CRM generation keys accounts by externalId. */
export function registerCrmAccountDeletionRoute(app: FastifyInstance, deletions: ServiceApi<DeletionsService>, options: DeletionRouteOptions): void {
  app.withTypeProvider<TypeBoxTypeProvider>().delete(
    '/accounts/:externalId',
    {
      schema: {
        operationId: 'deleteAccount',
        summary: 'Delete an account by externalId',
        description: accountDeletionDescription,
        tags: ['Accounts'],
        params: Type.Object({ externalId: Type.String() }),
        querystring: PurgeQuery,
        response: apiResponses(Envelope(AccountDeletion, { description: 'The deleted account', path: '/api/v1/crm/accounts/crm-001', example: ACCOUNT_DELETION_EXAMPLE }), {
          body: true,
          404: accountNotFound,
          409: { description: 'Several accounts hold this externalId', example: "externalId 'crm-001' is held by 2 accounts (rtp_aid …); the CRM API needs it to name exactly one account" },
        }),
      },
    },
    (request) => deletions.deleteAccount(request.workspaceId, { externalId: request.params.externalId }, { purge: request.query.purge ?? false, retentionDays: options.retentionDays }, request.auditActor),
  );
}

const accountDeletionDescription =
  'The account goes with its custom-field values, segment memberships, scores and stage history; its deals lose the association; ' +
  'its signals and sales activities stay (they are keyed by domain) unless `purge=true`. It appears in `GET /accounts/deleted`.';

const gone = (retentionDays: number) => ({
  description: `\`lastSync\` is older than the ${retentionDays} days tombstones are kept: run a full sync`,
  example: `lastSync is older than the deletion history (${retentionDays} days): run a full sync`,
});

/** The routes both generations serve: batch deletion, deal deletion and the tombstone lists. */
export function registerDeletionRoutes(app: FastifyInstance, deletions: ServiceApi<DeletionsService>, options: DeletionRouteOptions): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const deletionOptions = (purge: boolean | undefined) => ({ purge: purge ?? false, retentionDays: options.retentionDays });

  api.post(
    '/accounts/delete',
    {
      schema: {
        operationId: 'deleteAccounts',
        summary: 'Delete accounts in a batch',
        description: `By \`domains\` or by \`rtp_aids\` (exactly one, 1–100); one result per item, in input order. ${accountDeletionDescription}`,
        tags: ['Accounts'],
        querystring: PurgeQuery,
        body: DeleteAccountsBody,
        response: apiResponses(
          Envelope(DeleteAccountsResult, {
            description: 'One result per input item, in input order',
            path: '/api/v1/accounts/delete',
            example: {
              results: [
                { rtp_aid: '663abc0e5f1c2a0012345678', domain: 'acme.com', status: 'deleted' },
                { rtp_aid: null, domain: 'globex.com', status: 'failed', error: 'Account not found' },
              ],
              summary: { total: 2, deleted: 1, failed: 1 },
            },
          }),
          { body: true, 400: { description: 'Schema violation, or both or neither of `domains` and `rtp_aids`', example: 'Send either domains or rtp_aids, not both' } },
        ),
      },
    },
    (request) => deletions.deleteAccounts(request.workspaceId, request.body, deletionOptions(request.query.purge), request.auditActor, request.idempotentCall),
  );

  api.get(
    '/accounts/deleted',
    {
      schema: {
        operationId: 'listDeletedAccounts',
        summary: 'Deleted accounts (tombstones) for delta sync',
        description:
          'Like `GET /accounts`: keyset-paginated, oldest deletion first, `lastSync` returns deletions strictly after it. ' +
          `Pass the same \`syncTimestamp\` to both lists and a replica misses neither a change nor a deletion. Kept ${options.retentionDays} days.`,
        tags: ['Accounts'],
        querystring: ListDeletedQuery,
        response: apiResponses(
          Envelope(Page(DeletedAccount), {
            description: 'A page of deleted accounts',
            path: '/api/v1/accounts/deleted',
            example: { data: [ACCOUNT_DELETION_EXAMPLE], nextCursor: null, hasNextPage: false, syncTimestamp: DELETED_AT },
          }),
          { 410: gone(options.retentionDays) },
        ),
      },
    },
    (request) => deletions.listDeletedAccounts(request.workspaceId, request.query, options.retentionDays),
  );

  api.delete(
    '/deals/:externalDealId',
    {
      schema: {
        operationId: 'deleteDeal',
        summary: 'Delete a deal',
        description: 'The deal goes with its associations and stage history; the accounts it counted for are rescored at the next run. It appears in `GET /deals/deleted`.',
        tags: ['Deals'],
        params: Type.Object({ externalDealId: Type.String() }),
        response: apiResponses(Envelope(DeletedDeal, { description: 'The deleted deal', path: '/api/v1/deals/deal-42', example: { externalDealId: 'deal-42', deletedAt: DELETED_AT } }), {
          body: true,
          404: { description: 'No deal with this externalDealId in the key’s workspace', example: 'Deal not found' },
        }),
      },
    },
    (request) => deletions.deleteDeal(request.workspaceId, request.params.externalDealId, deletionOptions(false), request.auditActor),
  );

  api.delete(
    '/contacts/:email',
    {
      schema: {
        operationId: 'eraseContact',
        summary: 'Erase a person',
        description:
          'Removes every stored trace of the address (case-insensitive): the contact and its links to activities; activities it sent or owns and deals it owns ' +
          'keep their facts without the person. Answers how many records changed (zeros when nothing held it).',
        tags: ['Sales activities'],
        params: Type.Object({ email: Type.String() }),
        response: apiResponses(
          Envelope(ContactErasure, {
            description: 'What changed',
            path: '/api/v1/contacts/jane@acme.com',
            example: { email: 'jane@acme.com', recordsChanged: { contacts: 1, activityContacts: 3, activities: 0, deals: 0 }, total: 4 },
          }),
          { body: true, 400: { description: 'Not an email address', example: "Invalid email 'jane'" } },
        ),
      },
    },
    (request) => deletions.eraseContact(request.workspaceId, request.params.email, request.auditActor),
  );

  api.get(
    '/deals/deleted',
    {
      schema: {
        operationId: 'listDeletedDeals',
        summary: 'Deleted deals (tombstones) for delta sync',
        description: `Like \`GET /deals\`, for deletions. Kept ${options.retentionDays} days.`,
        tags: ['Deals'],
        querystring: ListDeletedQuery,
        response: apiResponses(
          Envelope(Page(DeletedDeal), {
            description: 'A page of deleted deals',
            path: '/api/v1/deals/deleted',
            example: { data: [{ externalDealId: 'deal-42', deletedAt: DELETED_AT }], nextCursor: null, hasNextPage: false, syncTimestamp: DELETED_AT },
          }),
          { 410: gone(options.retentionDays) },
        ),
      },
    },
    (request) => deletions.listDeletedDeals(request.workspaceId, request.query, options.retentionDays),
  );
}
