import { ApiError } from '../http/errors.js';
import type { PipelineItem } from '../modules/deal-stages/deal-stages.schema.js';
import type { DealStagesService } from '../modules/deal-stages/deal-stages.service.js';
import type { ServiceApi } from '../lib/service-api.js';

export interface EnsuredPipelines {
  /** Pipelines this call created. */
  created: string[];
  /** Pipelines that already existed with every stage asked for. */
  existing: string[];
  /** Pipelines that exist but lack some of the stages asked for: left as they are (someone may have edited them). */
  incomplete: Array<{ pipelineId: string; missingStageIds: string[] }>;
}

/**
 * Creates the pipelines that do not exist yet, through the service behind `POST /deal-stages`;
 * idempotent. An existing pipeline is never replaced: its stages are whoever last defined them.
 */
export async function ensurePipelines(dealStages: ServiceApi<DealStagesService>, workspaceId: string, pipelines: readonly PipelineItem[]): Promise<EnsuredPipelines> {
  const result: EnsuredPipelines = { created: [], existing: [], incomplete: [] };
  const classify = async () => {
    const stored = new Map((await dealStages.list(workspaceId)).map((p) => [p.pipelineId, p]));
    const missing: PipelineItem[] = [];
    for (const pipeline of pipelines) {
      const have = stored.get(pipeline.pipelineId);
      if (!have) {
        missing.push(pipeline);
        continue;
      }
      const ids = new Set(have.stages.map((s) => s.stageId));
      const missingStageIds = pipeline.stages.map((s) => s.stageId).filter((id) => !ids.has(id));
      if (missingStageIds.length === 0) result.existing.push(pipeline.pipelineId);
      else result.incomplete.push({ pipelineId: pipeline.pipelineId, missingStageIds });
    }
    return missing;
  };
  const missing = await classify();
  if (missing.length === 0) return result;
  try {
    await dealStages.create(workspaceId, { pipelines: missing });
    result.created.push(...missing.map((p) => p.pipelineId));
  } catch (error) {
    // Another writer created one meanwhile (create is all-or-nothing): look again, create the rest.
    if (!(error instanceof ApiError && error.code === 'CONFLICT')) throw error;
    result.existing = [];
    result.incomplete = [];
    const rest = await classify();
    if (rest.length > 0) {
      await dealStages.create(workspaceId, { pipelines: rest });
      result.created.push(...rest.map((p) => p.pipelineId));
    }
  }
  return result;
}
