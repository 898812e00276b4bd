import { Type, type Static } from 'typebox';
import { NonEmptyString } from '../../http/schema-helpers.js';

/** Client-chosen ids appear in paths (`/deal-stages/:pipelineId`), so they stay within the path-parameter limit. */
export const CLIENT_ID_MAX_LENGTH = 200;

const StageItem = Type.Object({
  stageId: NonEmptyString({ maxLength: CLIENT_ID_MAX_LENGTH }),
  stageLabel: NonEmptyString(),
});

const Stages = Type.Array(StageItem, { minItems: 1, maxItems: 200 });

export const PipelineItem = Type.Object({
  pipelineId: NonEmptyString({ maxLength: CLIENT_ID_MAX_LENGTH }),
  pipelineLabel: NonEmptyString(),
  stages: Stages,
});
export type PipelineItem = Static<typeof PipelineItem>;

export const CreatePipelinesBody = Type.Object({
  pipelines: Type.Array(PipelineItem, { minItems: 1, maxItems: 20 }),
});
export type CreatePipelinesBody = Static<typeof CreatePipelinesBody>;

export const UpdatePipelineBody = Type.Object({
  pipelineLabel: NonEmptyString(),
  stages: Stages,
});
export type UpdatePipelineBody = Static<typeof UpdatePipelineBody>;

export const PipelineIdParams = Type.Object({ pipelineId: Type.String() });
