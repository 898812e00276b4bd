import type { Dialect, Executor } from '../../db/index.js';
import type { DealPipelineRow } from '../../db/schema.js';

export interface Stage {
  stageId: string;
  stageLabel: string;
}

/** A pipeline as the API shows it (SPEC §3.9): its stages in the pushed order. */
export interface Pipeline {
  pipelineId: string;
  pipelineLabel: string;
  stages: Stage[];
}

function toPipeline(row: Pick<DealPipelineRow, 'pipeline_id' | 'label' | 'stages'>, dialect: Dialect): Pipeline {
  return { pipelineId: row.pipeline_id, pipelineLabel: row.label, stages: dialect.decodeJson<Stage[] | null>(row.stages) ?? [] };
}

/** Every pipeline of the workspace in creation order (request order within one request). */
export async function listPipelines(db: Executor, dialect: Dialect, workspaceId: string): Promise<Pipeline[]> {
  const rows = await db
    .selectFrom('deal_pipelines')
    .select(['pipeline_id', 'label', 'stages'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at')
    .orderBy('position')
    .execute();
  return rows.map((row) => toPipeline(row, dialect));
}

/** The given pipelines that exist, by id. */
export async function findPipelines(db: Executor, dialect: Dialect, workspaceId: string, ids: readonly string[]): Promise<Map<string, Pipeline>> {
  const found = new Map<string, Pipeline>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return found;
  const rows = await db
    .selectFrom('deal_pipelines')
    .select(['pipeline_id', 'label', 'stages'])
    .where('workspace_id', '=', workspaceId)
    .where('pipeline_id', 'in', unique)
    .execute();
  for (const row of rows) found.set(row.pipeline_id, toPipeline(row, dialect));
  return found;
}

export async function insertPipelines(db: Executor, dialect: Dialect, workspaceId: string, pipelines: readonly Pipeline[], now: number) {
  if (pipelines.length === 0) return;
  await db
    .insertInto('deal_pipelines')
    .values(
      pipelines.map((pipeline, position) => ({
        workspace_id: workspaceId,
        pipeline_id: pipeline.pipelineId,
        label: pipeline.pipelineLabel,
        stages: dialect.encodeJson(pipeline.stages),
        created_at: now,
        position,
        updated_at: now,
      })),
    )
    .execute();
}

/** Replaces a pipeline's label and stages; false when the workspace has no such pipeline. */
export async function replacePipeline(db: Executor, dialect: Dialect, workspaceId: string, pipeline: Pipeline, now: number): Promise<boolean> {
  const result = await db
    .updateTable('deal_pipelines')
    .set({ label: pipeline.pipelineLabel, stages: dialect.encodeJson(pipeline.stages), updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('pipeline_id', '=', pipeline.pipelineId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
