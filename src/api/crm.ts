import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { MISSING_AS_TYPE_ERROR } from '../http/validation.js';
import { NonEmptyString } from '../http/schema-helpers.js';
import { MAX_LENGTH } from '../http/limits.js';
import { Account, ACCOUNT_EXAMPLE, AccountItem, CrmCreateAccountsResult, UpdateCustomFieldsBody } from '../modules/accounts/accounts.schema.js';
import { accountUpdatedResponses } from '../modules/accounts/accounts.routes.js';
import { apiResponses, Envelope } from '../http/response-schemas.js';
import { registerDealStageRoutes } from '../modules/deal-stages/deal-stages.routes.js';
import { CRM_PIPELINE_CONFLICT_TAIL } from '../modules/deal-stages/deal-stages.service.js';
import type { ServicesApi } from '../services.js';
import { registerSharedRoutes } from './shared-routes.js';
import { registerCrmAccountDeletionRoute, type DeletionRouteOptions } from '../modules/deletions/deletions.routes.js';

// The CRM API generation (SPEC §5): the External API's routes, except for what is below.

/** `externalId` is required and is the key; a missing one reads `externalId must be a string`. */
const CrmAccountItem = Type.Object({
  ...AccountItem.properties,
  externalId: NonEmptyString({ maxLength: MAX_LENGTH.id, [MISSING_AS_TYPE_ERROR]: true }),
});

/** No `upsert` flag: an existing externalId always updates. */
const CrmCreateAccountsBody = Type.Object(
  {
    accounts: Type.Array(CrmAccountItem, { minItems: 1, maxItems: 100 }),
    segmentId: Type.Optional(Type.String({ maxLength: MAX_LENGTH.id })),
  },
  { examples: [{ accounts: [{ externalId: 'crm-001', domain: 'acme.com', name: 'Acme Corp', tags: ['enterprise'] }] }] },
);

const ExternalIdParams = Type.Object({ externalId: Type.String() });

export async function registerCrmApi(app: FastifyInstance, services: ServicesApi, deletions: DeletionRouteOptions): Promise<void> {
  registerSharedRoutes(app, services, deletions);
  registerCrmAccountDeletionRoute(app, services.deletions, deletions);
  registerDealStageRoutes(app, services.dealStages, { conflictTail: CRM_PIPELINE_CONFLICT_TAIL });

  const crm = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['Accounts'];
  crm.post(
    '/accounts',
    {
      schema: {
        operationId: 'createAccounts',
        summary: 'Create or update accounts by externalId',
        description:
          '`externalId` is required and is the key (docs/api.md#the-crm-api-generation): an existing one updates, an unkeyed account with the domain is adopted, ' +
          'a domain held under another externalId fails. No `upsert` flag. One result per item, in input order.',
        tags,
        body: CrmCreateAccountsBody,
        response: apiResponses(
          Envelope(CrmCreateAccountsResult, {
            description: 'One result per input item, in input order',
            path: '/api/v1/crm/accounts',
            example: { results: [{ externalId: 'crm-001', status: 'created' }], summary: { total: 1, created: 1, updated: 0, failed: 0 } },
          }),
          { body: true, 400: { description: 'Schema violation, or the `segmentId` is unknown, not static, or not active/draft' } },
        ),
      },
    },
    (request) => services.crmAccounts.createAccounts(request.workspaceId, request.body, request.idempotentCall),
  );
  crm.get(
    '/accounts/:externalId',
    {
      schema: {
        operationId: 'getAccount',
        summary: 'One account, by externalId',
        description: 'The account in the shape of GET /accounts, addressed by its externalId (docs/api.md#the-crm-api-generation); 409 when several accounts hold it.',
        tags,
        params: ExternalIdParams,
        response: apiResponses(
          Envelope(Account, { description: 'The account', path: '/api/v1/crm/accounts/crm-001', example: ACCOUNT_EXAMPLE }),
          {
            404: { description: 'No account with this externalId in the key’s workspace', example: 'Account not found' },
            409: { description: 'Several accounts hold this externalId', example: "externalId 'crm-001' is held by 2 accounts (rtp_aid …); the CRM API needs it to name exactly one account" },
          },
        ),
      },
    },
    (request) => services.crmAccounts.getAccount(request.workspaceId, request.params.externalId),
  );
  crm.put(
    '/accounts/:externalId',
    {
      schema: {
        operationId: 'updateAccountCustomFields',
        summary: 'Update an account’s custom fields by externalId',
        description: '`customFields` is the only accepted field; keys merge, a `null` value clears one (docs/api.md#the-crm-api-generation).',
        tags,
        params: ExternalIdParams,
        body: UpdateCustomFieldsBody,
        response: accountUpdatedResponses('Another body field, an unknown custom-field key, or a value of the wrong type'),
      },
    },
    (request) => services.crmAccounts.updateCustomFields(request.workspaceId, request.params.externalId, request.body.customFields, request.idempotentCall),
  );
}
