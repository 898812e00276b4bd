import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../../db/index.js';
import { recordedTransaction, type IdempotentCall } from '../../db/idempotent-calls.js';
import { ApiError, type ValidationIssue } from '../../http/errors.js';
import * as repo from './deal-stages.repository.js';
import type { Pipeline, Stage } from './deal-stages.repository.js';
import type { CreatePipelinesBody, UpdatePipelineBody } from './deal-stages.schema.js';

export type { Pipeline, Stage } from './deal-stages.repository.js';

/** What the CRM generation appends to the 409 of `POST /crm/deal-stages` (SPEC §5). */
export const CRM_PIPELINE_CONFLICT_TAIL = '. Use the update endpoint to modify existing pipelines.';

export interface CreatePipelinesOptions {
  /** Appended to the 409 customMessage; the External API has none, the CRM API passes `CRM_PIPELINE_CONFLICT_TAIL`. */
  conflictTail?: string;
}

export interface CreatePipelinesResult {
  results: Array<{ pipelineId: string; status: 'created' }>;
  summary: { total: number; created: number };
}

/** `Pipeline(s) already exist: a, b` (SPEC §3.9), with the generation's tail. */
export function pipelineConflictMessage(ids: readonly string[], tail = ''): string {
  return `Pipeline(s) already exist: ${ids.join(', ')}${tail}`;
}

/**
 * The pipeline ids of a create request that conflict — they exist already or repeat within the
 * request — each once, in the order they first appear in the request.
 */
export function conflictingPipelineIds(requested: readonly string[], existing: ReadonlySet<string>): string[] {
  const counts = new Map<string, number>();
  for (const id of requested) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].filter(([id, n]) => n > 1 || existing.has(id)).map(([id]) => id);
}

/** A stageId repeated within one pipeline is a validation error (400), reported at each repeat. */
export function duplicateStageIssues(stages: readonly Stage[], pipelineId: string, pathPrefix = ''): ValidationIssue[] {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  stages.forEach((stage, i) => {
    if (!seen.has(stage.stageId)) {
      seen.add(stage.stageId);
      return;
    }
    issues.push({
      property: 'stageId',
      path: `${pathPrefix}stages[${i}].stageId`,
      constraints: { isUnique: `stageId '${stage.stageId}' appears more than once in pipeline '${pipelineId}'` },
    });
  });
  return issues;
}

/** Deal pipelines and their stages (SPEC §3.9). */
export class DealStagesService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  list(workspaceId: string): Promise<Pipeline[]> {
    return repo.listPipelines(this.db, this.dialect, workspaceId);
  }

  /**
   * Create-only and all-or-nothing: validation first (a repeated stageId), then the conflict check
   * against existing pipelines and repeats within the request, then one insert. The check and the
   * insert run under a per-workspace lock, so two concurrent requests cannot both create one id.
   */
  async create(
    workspaceId: string,
    body: CreatePipelinesBody,
    options: CreatePipelinesOptions = {},
    call?: IdempotentCall,
  ): Promise<CreatePipelinesResult> {
    const issues = body.pipelines.flatMap((p, i) => duplicateStageIssues(p.stages, p.pipelineId, `pipelines[${i}].`));
    if (issues.length > 0) throw ApiError.validation(issues);
    const pipelines: Pipeline[] = body.pipelines.map((p) => ({
      pipelineId: p.pipelineId,
      pipelineLabel: p.pipelineLabel,
      stages: p.stages.map((s) => ({ stageId: s.stageId, stageLabel: s.stageLabel })),
    }));
    const ids = pipelines.map((p) => p.pipelineId);
    const conflict = async (executor: Kysely<Database>) => {
      const existing = await repo.findPipelines(executor, this.dialect, workspaceId, ids);
      const conflicts = conflictingPipelineIds(ids, new Set(existing.keys()));
      return conflicts.length === 0 ? undefined : ApiError.conflict(pipelineConflictMessage(conflicts, options.conflictTail));
    };
    try {
      return await recordedTransaction(this.db, call, async (trx) => {
        await this.dialect.lockTransaction(trx, `deal-pipelines:${workspaceId}`);
        const error = await conflict(trx);
        if (error) throw error;
        await repo.insertPipelines(trx, this.dialect, workspaceId, pipelines, Date.now());
        return {
          results: ids.map((pipelineId) => ({ pipelineId, status: 'created' as const })),
          summary: { total: ids.length, created: ids.length },
        };
      });
    } catch (error) {
      // Only reachable by a writer that skipped the lock: answer as if the check had seen it.
      if (this.dialect.isUniqueViolation(error)) throw (await conflict(this.db)) ?? error;
      throw error;
    }
  }

  /** Replaces a pipeline's label and stages (extension); 404 `Pipeline not found`. */
  async update(workspaceId: string, pipelineId: string, body: UpdatePipelineBody, call?: IdempotentCall): Promise<Pipeline> {
    const issues = duplicateStageIssues(body.stages, pipelineId);
    if (issues.length > 0) throw ApiError.validation(issues);
    const pipeline: Pipeline = {
      pipelineId,
      pipelineLabel: body.pipelineLabel,
      stages: body.stages.map((s) => ({ stageId: s.stageId, stageLabel: s.stageLabel })),
    };
    // No stored id holds NUL (request bodies with one are refused), and PostgreSQL cannot even compare one.
    if (pipelineId.includes('\u0000')) throw ApiError.notFound('Pipeline not found');
    return recordedTransaction(this.db, call, async (trx) => {
      if (!(await repo.replacePipeline(trx, this.dialect, workspaceId, pipeline, Date.now()))) throw ApiError.notFound('Pipeline not found');
      return pipeline;
    });
  }
}
