import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { apiResponses, Envelope, Page } from '../../http/response-schemas.js';
import type { DealsService } from './deals.service.js';
import type { ServiceApi } from '../../lib/service-api.js';
import { DEAL_EXAMPLE, DealIdParams, DealView, ListDealsQuery, PushDealsBody, PushDealsResult } from './deals.schema.js';

const tags = ['Deals'];

export function registerDealRoutes(app: FastifyInstance, deals: ServiceApi<DealsService>): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.post(
    '/deals',
    {
      schema: {
        operationId: 'pushDeals',
        summary: 'Upsert deals',
        description:
          'Batch of 1–100 deals keyed by `externalDealId`: new → created, existing → updated (provided fields overwrite). ' +
          'Associated accounts are matched by normalised domain, then externalId; a stage change appends to the stage history (docs/api.md#deals).',
        tags,
        body: PushDealsBody,
        response: apiResponses(
          Envelope(PushDealsResult, {
            description: 'One result per input item, in input order',
            path: '/api/v1/deals',
            example: {
              results: [
                { externalDealId: 'deal-42', status: 'created' },
                { externalDealId: 'deal-43', status: 'failed', error: "Invalid domain 'not a domain'" },
              ],
              summary: { total: 2, created: 1, updated: 0, failed: 1 },
            },
          }),
          { body: true },
        ),
      },
    },
    (request) => deals.pushDeals(request.workspaceId, request.body, request.idempotentCall),
  );

  api.get(
    '/deals',
    {
      schema: {
        operationId: 'listDeals',
        summary: 'List deals',
        description: 'Keyset-paginated, oldest change first, with `lastSync` (extension).',
        tags,
        querystring: ListDealsQuery,
        response: apiResponses(
          Envelope(Page(DealView), {
            description: 'A page of deals',
            path: '/api/v1/deals',
            example: { data: [DEAL_EXAMPLE], nextCursor: null, hasNextPage: false, syncTimestamp: '2026-04-30T10:00:00.000Z' },
          }),
        ),
      },
    },
    (request) => deals.listDeals(request.workspaceId, request.query),
  );

  api.get(
    '/deals/:externalDealId',
    {
      schema: {
        operationId: 'getDeal',
        summary: 'One deal with its stage history',
        description: 'The deal as pushed, its linked accounts, unlinked associations and stage history (extension).',
        tags,
        params: DealIdParams,
        response: apiResponses(Envelope(DealView, { description: 'The deal', path: '/api/v1/deals/deal-42', example: DEAL_EXAMPLE }), {
          404: { description: 'No deal with this externalDealId in the key’s workspace', example: 'Deal not found' },
        }),
      },
    },
    (request) => deals.getDeal(request.workspaceId, request.params.externalDealId),
  );
}
