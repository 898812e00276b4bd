import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { apiResponses, Envelope } from '../../http/response-schemas.js';
import { pipelineConflictMessage, type CreatePipelinesOptions, type DealStagesService } from './deal-stages.service.js';
import type { ServiceApi } from '../../lib/service-api.js';
import {
  CreatePipelinesBody,
  CreatePipelinesResult,
  PIPELINE_EXAMPLE,
  PipelineIdParams,
  PipelineView,
  UpdatePipelineBody,
} from './deal-stages.schema.js';

const tags = ['Deal stages'];

/**
 * `/deal-stages` (SPEC §3.9). Both generations register these routes; the CRM generation passes
 * `{ conflictTail: CRM_PIPELINE_CONFLICT_TAIL }` for its longer 409 message (SPEC §5).
 */
export function registerDealStageRoutes(app: FastifyInstance, dealStages: ServiceApi<DealStagesService>, options: CreatePipelinesOptions = {}): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    '/deal-stages',
    {
      schema: {
        operationId: 'listDealStages',
        summary: 'List pipelines and their stages',
        description: 'Every pipeline of the workspace with its stages in the pushed order (extension).',
        tags,
        response: apiResponses(
          Envelope(Type.Array(PipelineView), { description: 'A plain array of pipelines', path: '/api/v1/deal-stages', example: [PIPELINE_EXAMPLE] }),
        ),
      },
    },
    (request) => dealStages.list(request.workspaceId),
  );

  api.post(
    '/deal-stages',
    {
      schema: {
        operationId: 'createDealStages',
        summary: 'Create pipelines with their stages',
        description:
          'Create-only and all-or-nothing: if any `pipelineId` exists, or repeats within the request, nothing is created (409). ' +
          'A `stageId` repeated within a pipeline is a validation error.',
        tags,
        body: CreatePipelinesBody,
        response: apiResponses(
          Envelope(CreatePipelinesResult, {
            description: 'Every pipeline was created',
            path: '/api/v1/deal-stages',
            example: { results: [{ pipelineId: 'sales', status: 'created' }], summary: { total: 1, created: 1 } },
          }),
          {
            body: true,
            409: {
              description: 'A pipelineId exists already or repeats within the request; nothing was created',
              example: pipelineConflictMessage(['sales'], options.conflictTail),
            },
          },
        ),
      },
    },
    (request) => dealStages.create(request.workspaceId, request.body, options, request.idempotentCall),
  );

  api.put(
    '/deal-stages/:pipelineId',
    {
      schema: {
        operationId: 'updateDealStages',
        summary: 'Replace a pipeline’s label and stages',
        description: 'Replaces the label and the whole stage list (extension).',
        tags,
        params: PipelineIdParams,
        body: UpdatePipelineBody,
        response: apiResponses(
          Envelope(PipelineView, { description: 'The pipeline as stored', path: '/api/v1/deal-stages/sales', example: PIPELINE_EXAMPLE }),
          { body: true, 404: { description: 'No pipeline with this id in the key’s workspace', example: 'Pipeline not found' } },
        ),
      },
    },
    (request) => dealStages.update(request.workspaceId, request.params.pipelineId, request.body, request.idempotentCall),
  );
}
