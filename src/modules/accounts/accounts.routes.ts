import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AccountsService } from './accounts.service.js';
import {
  AccountIdParams,
  CreateAccountsBody,
  ExternalIdMappingsBody,
  ListAccountsQuery,
  MissingExternalIdsQuery,
  UpdateCustomFieldsBody,
} from './accounts.schema.js';

/** The account writes keyed by domain and rtp_aid; the CRM generation has its own (src/api/crm.ts). */
export function registerAccountWriteRoutes(app: FastifyInstance, accounts: AccountsService): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.post('/accounts', { schema: { body: CreateAccountsBody } }, (request) => accounts.createAccounts(request.workspaceId, request.body));

  api.put('/accounts/:rtp_aid', { schema: { params: AccountIdParams, body: UpdateCustomFieldsBody } }, (request) =>
    accounts.updateCustomFields(request.workspaceId, request.params.rtp_aid, request.body.customFields),
  );
}

/** Account routes both generations serve unchanged. */
export function registerAccountRoutes(app: FastifyInstance, accounts: AccountsService): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get('/accounts', { schema: { querystring: ListAccountsQuery } }, (request) => accounts.listAccounts(request.workspaceId, request.query));

  api.get('/accounts/missing-external-ids', { schema: { querystring: MissingExternalIdsQuery } }, (request) =>
    accounts.listMissingExternalIds(request.workspaceId, request.query.limit),
  );

  api.patch('/accounts/external-ids', { schema: { body: ExternalIdMappingsBody } }, (request) =>
    accounts.mapExternalIds(request.workspaceId, request.body),
  );

  api.get('/accounts/:rtp_aid', { schema: { params: AccountIdParams } }, (request) =>
    accounts.getAccount(request.workspaceId, request.params.rtp_aid),
  );
}
