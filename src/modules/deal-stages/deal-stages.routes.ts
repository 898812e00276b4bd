import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { CreatePipelinesOptions, DealStagesService } from './deal-stages.service.js';
import { CreatePipelinesBody, PipelineIdParams, UpdatePipelineBody } from './deal-stages.schema.js';

/**
 * `/deal-stages` (SPEC §3.9). Both generations register these routes; the CRM generation passes
 * `{ conflictTail: CRM_PIPELINE_CONFLICT_TAIL }` for its longer 409 message (SPEC §5).
 */
export function registerDealStageRoutes(app: FastifyInstance, dealStages: DealStagesService, options: CreatePipelinesOptions = {}): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get('/deal-stages', (request) => dealStages.list(request.workspaceId));

  api.post('/deal-stages', { schema: { body: CreatePipelinesBody } }, (request) =>
    dealStages.create(request.workspaceId, request.body, options),
  );

  api.put('/deal-stages/:pipelineId', { schema: { params: PipelineIdParams, body: UpdatePipelineBody } }, (request) =>
    dealStages.update(request.workspaceId, request.params.pipelineId, request.body),
  );
}
