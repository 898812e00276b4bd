import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { ServiceApi } from '../../lib/service-api.js';
import { presentCustomField, type CustomFieldsService } from './custom-fields.service.js';
import { Type } from 'typebox';
import { apiResponses, Envelope } from '../../http/response-schemas.js';
import { CreateCustomFieldBody, CUSTOM_FIELD_EXAMPLE, CustomFieldView } from './custom-fields.schema.js';

/** `GET /accounts/custom-fields` and `POST /accounts/custom-field` (SPEC §3.6). */
export function registerCustomFieldRoutes(api: FastifyInstance, customFields: ServiceApi<CustomFieldsService>): void {
  const routes = api.withTypeProvider<TypeBoxTypeProvider>();

  const tags = ['Custom fields'];

  routes.get(
    '/accounts/custom-fields',
    {
      schema: {
        operationId: 'listCustomFields',
        summary: 'List account custom fields',
        description: 'Every active account custom field, oldest first.',
        tags,
        response: apiResponses(
          Envelope(Type.Array(CustomFieldView), {
            description: 'A plain array',
            path: '/api/v1/accounts/custom-fields',
            example: [CUSTOM_FIELD_EXAMPLE],
          }),
        ),
      },
    },
    async (request) => {
      const fields = await customFields.listActiveFields(request.workspaceId);
      return fields.map(presentCustomField);
    },
  );

  routes.post(
    '/accounts/custom-field',
    {
      schema: {
        operationId: 'createCustomField',
        summary: 'Create an account custom field',
        description:
          'The key is derived from the label (`Contract Value` → `CONTRACT_VALUE_C`). `options` (≥ 1) is required for ' +
          '`singleSelection` and `multiSelection` and ignored otherwise (docs/api.md#custom-fields).',
        tags,
        body: CreateCustomFieldBody,
        response: apiResponses(
          Envelope(Type.Array(CustomFieldView), {
            description: 'An array holding the created field',
            path: '/api/v1/accounts/custom-field',
            example: [CUSTOM_FIELD_EXAMPLE],
          }),
          {
            body: true,
            409: { description: 'An active field with the derived key exists', example: "Custom field with key 'CONTRACT_VALUE_C' already exists" },
          },
        ),
      },
    },
    (request) => customFields.createField(request.workspaceId, request.body, request.idempotentCall),
  );
}
