import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { MISSING_AS_TYPE_ERROR } from '../http/validation.js';
import { NonEmptyString } from '../http/schema-helpers.js';
import { AccountItem, UpdateCustomFieldsBody } from '../modules/accounts/accounts.schema.js';
import { registerDealStageRoutes } from '../modules/deal-stages/deal-stages.routes.js';
import { CRM_PIPELINE_CONFLICT_TAIL } from '../modules/deal-stages/deal-stages.service.js';
import type { Services } from '../services.js';
import { registerSharedRoutes } from './shared-routes.js';

// The CRM API generation (SPEC §5): the External API's routes, except for what is below.

/** `externalId` is required and is the key; a missing one reads `externalId must be a string`. */
const CrmAccountItem = Type.Object({
  ...AccountItem.properties,
  externalId: NonEmptyString({ [MISSING_AS_TYPE_ERROR]: true }),
});

/** No `upsert` flag: an existing externalId always updates. */
const CrmCreateAccountsBody = Type.Object({
  accounts: Type.Array(CrmAccountItem, { minItems: 1, maxItems: 100 }),
  segmentId: Type.Optional(Type.String()),
});

const ExternalIdParams = Type.Object({ externalId: Type.String() });

export async function registerCrmApi(app: FastifyInstance, services: Services): Promise<void> {
  registerSharedRoutes(app, services);
  registerDealStageRoutes(app, services.dealStages, { conflictTail: CRM_PIPELINE_CONFLICT_TAIL });

  const crm = app.withTypeProvider<TypeBoxTypeProvider>();
  crm.post('/accounts', { schema: { body: CrmCreateAccountsBody } }, (request) =>
    services.crmAccounts.createAccounts(request.workspaceId, request.body),
  );
  crm.put('/accounts/:externalId', { schema: { params: ExternalIdParams, body: UpdateCustomFieldsBody } }, (request) =>
    services.crmAccounts.updateCustomFields(request.workspaceId, request.params.externalId, request.body.customFields),
  );
}
