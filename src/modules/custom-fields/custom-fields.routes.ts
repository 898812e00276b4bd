import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.js';
import type { CustomField } from './custom-fields.service.js';
import { CreateCustomFieldBody, type CustomFieldView } from './custom-fields.schema.js';

export function presentCustomField(field: CustomField): CustomFieldView {
  return {
    key: field.key,
    label: field.label,
    labelType: field.labelType,
    description: field.description,
    options: field.options,
    objectType: field.objectType,
    status: field.status,
  };
}

/** `GET /accounts/custom-fields` and `POST /accounts/custom-field` (SPEC §3.6). */
export function registerCustomFieldRoutes(api: FastifyInstance, services: Pick<Services, 'customFields'>): void {
  const routes = api.withTypeProvider<TypeBoxTypeProvider>();

  routes.get('/accounts/custom-fields', async (request) => {
    const fields = await services.customFields.listActiveFields(request.workspaceId);
    return fields.map(presentCustomField);
  });

  routes.post('/accounts/custom-field', { schema: { body: CreateCustomFieldBody } }, async (request) => {
    const field = await services.customFields.createField(request.workspaceId, request.body);
    return [presentCustomField(field)];
  });
}
