import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { DealsService } from './deals.service.js';
import { DealIdParams, ListDealsQuery, PushDealsBody } from './deals.schema.js';

export function registerDealRoutes(app: FastifyInstance, deals: DealsService): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.post('/deals', { schema: { body: PushDealsBody } }, (request) => deals.pushDeals(request.workspaceId, request.body));

  api.get('/deals', { schema: { querystring: ListDealsQuery } }, (request) => deals.listDeals(request.workspaceId, request.query));

  api.get('/deals/:externalDealId', { schema: { params: DealIdParams } }, (request) =>
    deals.getDeal(request.workspaceId, request.params.externalDealId),
  );
}
