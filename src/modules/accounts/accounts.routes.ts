import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { apiResponses, Envelope, Page } from '../../http/response-schemas.js';
import type { AccountsService } from './accounts.service.js';
import type { ServiceApi } from '../../lib/service-api.js';
import {
  Account,
  ACCOUNT_EXAMPLE,
  AccountIdParams,
  AccountUpdated,
  CreateAccountsBody,
  CreateAccountsResult,
  ExternalIdMappingResult,
  ExternalIdMappingsBody,
  ListAccountsQuery,
  MissingExternalId,
  MissingExternalIdsQuery,
  UpdateCustomFieldsBody,
} from './accounts.schema.js';

const tags = ['Accounts'];
const accountNotFound = { description: 'No account with this id in the key’s workspace', example: 'Account not found' };
const badAccountId = { description: 'Invalid rtp_aid format, or a custom-field key or value the workspace does not accept', example: 'Invalid rtp_aid format' };

/** PUT /accounts/:rtp_aid and PUT /crm/accounts/:externalId answer alike. */
export const accountUpdatedResponses = (description: string) =>
  apiResponses(
    Envelope(AccountUpdated, {
      description: 'The custom fields were merged',
      example: { message: 'Account updated successfully' },
      path: '/api/v1/accounts/663abc0e5f1c2a0012345678',
    }),
    { body: true, 404: accountNotFound, 400: { description } },
  );

/**
 * The account routes keyed by domain and rtp_aid (External API); the CRM generation keys the same
 * ones by externalId (src/api/crm.ts, SPEC §5).
 */
export function registerExternalAccountRoutes(app: FastifyInstance, accounts: ServiceApi<AccountsService>): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.post(
    '/accounts',
    {
      schema: {
        operationId: 'createAccounts',
        summary: 'Create accounts (or upsert)',
        description:
          'Batch of 1–100 accounts keyed by normalised domain (docs/api.md#accounts). Answers 200 whatever each item’s outcome: ' +
          '`data.results` has one entry per item in input order. With `upsert: true` an existing domain is updated. ' +
          'A `segmentId` is checked before any item and every created or updated account joins it.',
        tags,
        body: CreateAccountsBody,
        response: apiResponses(
          Envelope(CreateAccountsResult, {
            description: 'One result per input item, in input order',
            path: '/api/v1/accounts',
            example: {
              results: [
                { rtp_aid: '663abc0e5f1c2a0012345678', domain: 'acme.com', status: 'created' },
                {
                  rtp_aid: '663abc0e5f1c2a0012345679',
                  domain: 'globex.com',
                  status: 'failed',
                  error: "Account with domain 'globex.com' already exists. Set upsert: true to update this account via this endpoint.",
                },
              ],
              summary: { total: 2, created: 1, updated: 0, failed: 1 },
            },
          }),
          { body: true, 400: { description: 'Schema violation, or the `segmentId` is unknown, not static, or not active/draft' } },
        ),
      },
    },
    (request) => accounts.createAccounts(request.workspaceId, request.body, request.idempotentCall),
  );

  api.put(
    '/accounts/:rtp_aid',
    {
      schema: {
        operationId: 'updateAccountCustomFields',
        summary: 'Update an account’s custom fields',
        description: '`customFields` is the only accepted field; keys merge, a `null` value clears one (docs/api.md#accounts).',
        tags,
        params: AccountIdParams,
        body: UpdateCustomFieldsBody,
        response: accountUpdatedResponses('Invalid rtp_aid format, another body field, an unknown custom-field key, or a value of the wrong type'),
      },
    },
    (request) => accounts.updateCustomFields(request.workspaceId, request.params.rtp_aid, request.body.customFields, request.idempotentCall),
  );

  api.get(
    '/accounts/:rtp_aid',
    {
      schema: {
        operationId: 'getAccount',
        summary: 'One account',
        description: 'The account in the shape of GET /accounts (extension); the CRM generation addresses it by externalId.',
        tags,
        params: AccountIdParams,
        response: apiResponses(
          Envelope(Account, { description: 'The account', path: '/api/v1/accounts/663abc0e5f1c2a0012345678', example: ACCOUNT_EXAMPLE }),
          { 404: accountNotFound, 400: badAccountId },
        ),
      },
    },
    (request) => accounts.getAccount(request.workspaceId, request.params.rtp_aid),
  );
}

/** Account routes both generations serve unchanged. */
export function registerAccountRoutes(app: FastifyInstance, accounts: ServiceApi<AccountsService>): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    '/accounts',
    {
      schema: {
        operationId: 'listAccounts',
        summary: 'List accounts with scores',
        description:
          'Keyset-paginated, oldest change first; `lastSync` returns only accounts changed strictly after it (docs/api.md#pagination-and-delta-sync). ' +
          '`domains` is a JSON array of at most 100 domains in a string, e.g. `["acme.com","www.globex.com"]`.',
        tags,
        querystring: ListAccountsQuery,
        response: apiResponses(
          Envelope(Page(Account), {
            description: 'A page of accounts',
            path: '/api/v1/accounts',
            example: { data: [ACCOUNT_EXAMPLE], nextCursor: null, hasNextPage: false, syncTimestamp: '2026-04-30T10:00:00.000Z' },
          }),
          { 400: { description: 'Invalid limit, cursor, lastSync or domains', example: 'domains must be a JSON array of strings' } },
        ),
      },
    },
    (request) => accounts.listAccounts(request.workspaceId, request.query),
  );

  api.get(
    '/accounts/missing-external-ids',
    {
      schema: {
        operationId: 'listAccountsMissingExternalIds',
        summary: 'Accounts without an externalId',
        description: 'Oldest first; `limit` only — no cursor, no lastSync.',
        tags,
        querystring: MissingExternalIdsQuery,
        response: apiResponses(
          Envelope(Type.Array(MissingExternalId), {
            description: 'A plain array',
            path: '/api/v1/accounts/missing-external-ids',
            example: [{ rtp_aid: '663abc0e5f1c2a0012345678', name: 'Acme Corp', domain: 'acme.com' }],
          }),
        ),
      },
    },
    (request) => accounts.listMissingExternalIds(request.workspaceId, request.query.limit),
  );

  api.patch(
    '/accounts/external-ids',
    {
      schema: {
        operationId: 'mapAccountExternalIds',
        summary: 'Map external ids by domain',
        description: 'Domains are normalised; when a domain appears twice the last mapping wins.',
        tags,
        body: ExternalIdMappingsBody,
        response: apiResponses(
          Envelope(ExternalIdMappingResult, {
            description: 'What the mappings matched and changed',
            path: '/api/v1/accounts/external-ids',
            example: { matched: 1, updated: 1, notFound: ['unknown.example'] },
          }),
          { body: true },
        ),
      },
    },
    (request) => accounts.mapExternalIds(request.workspaceId, request.body, request.idempotentCall),
  );
}
