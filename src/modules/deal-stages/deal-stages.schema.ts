import { Type, type Static } from 'typebox';
import { NonEmptyString } from '../../http/schema-helpers.js';
import { MAX_LENGTH } from '../../http/limits.js';

const StageItem = Type.Object({
  stageId: NonEmptyString({ maxLength: MAX_LENGTH.id }),
  stageLabel: NonEmptyString({ maxLength: MAX_LENGTH.name }),
});

const Stages = Type.Array(StageItem, { minItems: 1, maxItems: 200 });

export const PipelineItem = Type.Object({
  pipelineId: NonEmptyString({ maxLength: MAX_LENGTH.id }),
  pipelineLabel: NonEmptyString({ maxLength: MAX_LENGTH.name }),
  stages: Stages,
});
export type PipelineItem = Static<typeof PipelineItem>;

export const CreatePipelinesBody = Type.Object(
  { pipelines: Type.Array(PipelineItem, { minItems: 1, maxItems: 20 }) },
  {
    examples: [
      {
        pipelines: [
          {
            pipelineId: 'sales',
            pipelineLabel: 'Sales',
            stages: [
              { stageId: 'qualified', stageLabel: 'Qualified' },
              { stageId: 'won', stageLabel: 'Closed Won' },
            ],
          },
        ],
      },
    ],
  },
);
export type CreatePipelinesBody = Static<typeof CreatePipelinesBody>;

export const UpdatePipelineBody = Type.Object({
  pipelineLabel: NonEmptyString({ maxLength: MAX_LENGTH.name }),
  stages: Stages,
});
export type UpdatePipelineBody = Static<typeof UpdatePipelineBody>;

export const PipelineIdParams = Type.Object({ pipelineId: Type.String() });

// Responses (SPEC §3.9). The envelope around each is added in deal-stages.routes.ts.

/** A pipeline with its stages in the pushed order. */
export const PipelineView = Type.Object(
  {
    pipelineId: Type.String(),
    pipelineLabel: Type.String(),
    stages: Type.Array(Type.Object({ stageId: Type.String(), stageLabel: Type.String() })),
  },
  { title: 'Pipeline', description: 'A deal pipeline with its stages in the pushed order (docs/api.md#deal-stages)' },
);

export const PIPELINE_EXAMPLE: Static<typeof PipelineView> = {
  pipelineId: 'sales',
  pipelineLabel: 'Sales',
  stages: [
    { stageId: 'qualified', stageLabel: 'Qualified' },
    { stageId: 'proposal', stageLabel: 'Proposal' },
    { stageId: 'won', stageLabel: 'Closed Won' },
    { stageId: 'lost', stageLabel: 'Closed Lost' },
  ],
};

export const CreatePipelinesResult = Type.Object({
  results: Type.Array(Type.Object({ pipelineId: Type.String(), status: Type.Literal('created') })),
  summary: Type.Object({ total: Type.Integer(), created: Type.Integer() }),
});
