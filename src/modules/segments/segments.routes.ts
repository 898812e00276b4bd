import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { SegmentsService } from './segments.service.js';
import {
  CreateSegmentBody,
  ListSegmentsQuery,
  MembersBody,
  MembersQuery,
  SegmentIdParams,
  UpdateSegmentBody,
} from './segments.schema.js';

export function registerSegmentRoutes(app: FastifyInstance, segments: SegmentsService): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get('/segments', { schema: { querystring: ListSegmentsQuery } }, (request) =>
    segments.list(request.workspaceId, request.query),
  );

  api.post('/segments', { schema: { body: CreateSegmentBody } }, (request) => segments.create(request.workspaceId, request.body));

  api.get('/segments/:segmentId', { schema: { params: SegmentIdParams } }, (request) =>
    segments.get(request.workspaceId, request.params.segmentId),
  );

  api.patch('/segments/:segmentId', { schema: { params: SegmentIdParams, body: UpdateSegmentBody } }, (request) =>
    segments.update(request.workspaceId, request.params.segmentId, request.body),
  );

  api.get('/segments/:segmentId/accounts', { schema: { params: SegmentIdParams, querystring: MembersQuery } }, (request) =>
    segments.listMembers(request.workspaceId, request.params.segmentId, request.query),
  );

  api.post('/segments/:segmentId/accounts', { schema: { params: SegmentIdParams, body: MembersBody } }, (request) =>
    segments.addMembers(request.workspaceId, request.params.segmentId, request.body.accounts),
  );

  api.delete('/segments/:segmentId/accounts', { schema: { params: SegmentIdParams, body: MembersBody } }, (request) =>
    segments.removeMembers(request.workspaceId, request.params.segmentId, request.body.accounts),
  );
}
