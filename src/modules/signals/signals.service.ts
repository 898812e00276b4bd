import { summarise } from '../../lib/batch-summary.js';
import type { Kysely, Transaction } from 'kysely';
import type { Database, Dialect } from '../../db/index.js';
import { reserveChangeStamps } from '../../db/change-stamps.js';
import { recordedTransaction, type IdempotentCall } from '../../db/idempotent-calls.js';
import { ApiError, type ValidationIssue } from '../../http/errors.js';
import { newId } from '../../lib/ids.js';
import { parseIsoDateTime } from '../../lib/iso-date.js';
import * as repo from './signals.repository.js';
import type { CreateSignalsBody, SignalItem } from './signals.schema.js';
import { DUPLICATE_SIGNAL_REASON, planSignalBatch, type PlannedSignal, type SignalResult } from './signal-batch.js';

export interface CreateSignalsResult {
  results: SignalResult[];
  summary: { total: number; created: number; skipped: number; failed: number };
}

/**
 * Each signal's occurrence time in epoch ms. One without an instant is a schema violation: the
 * request is rejected before anything is written. The request schema reads it with the same parser,
 * so over HTTP this never fails; it guards the callers that skip the schema (importer, seed).
 */
function occurredAtTimes(signals: readonly SignalItem[]): number[] {
  const issues: ValidationIssue[] = [];
  const times = signals.map((item, i) => {
    const time = parseIsoDateTime(item.occurredAt);
    if (time === undefined) {
      issues.push({
        property: 'occurredAt',
        path: `signals[${i}].occurredAt`,
        constraints: { isISO8601: 'occurredAt must be a valid ISO 8601 date string' },
      });
    }
    return time ?? 0;
  });
  if (issues.length > 0) throw ApiError.validation(issues);
  return times;
}

function toRow(create: PlannedSignal, id: string, ingestedSeq: number, createdAt: number): repo.NewSignal {
  const { item } = create;
  return {
    id,
    source: item.source,
    type: item.type,
    domain: create.domain,
    occurred_at: create.occurredAt,
    count: item.count ?? 1,
    external_signal_id: item.externalSignalId ?? null,
    url: item.url ?? null,
    topic: item.topic ?? null,
    score: item.score ?? null,
    ingested_seq: ingestedSeq,
    created_at: createdAt,
  };
}

/** Intent signals (SPEC §4.1): batch ingest with per-source dedup; the importer and seed write through it too. */
export class SignalsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  async createSignals(workspaceId: string, body: CreateSignalsBody, call?: IdempotentCall): Promise<CreateSignalsResult> {
    const times = occurredAtTimes(body.signals);
    // The answer is made in the transaction: the idempotent request `call` records it with the writes.
    return recordedTransaction(this.db, call, async (trx) => {
      const results = await this.writeBatch(trx, workspaceId, body.signals, times);
      return { results, summary: summarise(results, ['created', 'skipped', 'failed']) };
    });
  }

  /**
   * Plans the batch in memory, then writes it with multi-row inserts in this one transaction.
   * Reserving the change stamps first takes the workspace row lock, so concurrent pushes to a
   * workspace run one after another and `ingested_seq` follows commit order (scoring's watermark
   * relies on it).
   *
   * Stored duplicates are found by the insert itself, not by a lookup first: the planner sees only
   * the batch (so an id repeated within it is skipped), and `ON CONFLICT DO NOTHING` on the partial
   * unique key (workspace_id, source, external_signal_id) leaves out a signal whose id is already
   * stored — by an earlier request or a concurrent writer — which is then reported as a duplicate.
   * Duplicates are the last check, so the outcome is the same as looking them up first; and the
   * probe happens inside the index insert, where it is always an index seek (a separate
   * `IN (…)` lookup was planned as a scan of the whole source on PostgreSQL while a bulk import
   * outgrew the table statistics, and cost two thirds of each batch).
   */
  private async writeBatch(
    trx: Transaction<Database>,
    workspaceId: string,
    items: readonly SignalItem[],
    times: readonly number[],
  ): Promise<SignalResult[]> {
    const stamps = await reserveChangeStamps(trx, workspaceId, items.length);
    const plan = planSignalBatch(items, new Set(), times);
    if (plan.creates.length === 0) return plan.results;

    const ids = plan.creates.map(() => newId(stamps.changedAt));
    const inserted = await repo.insertSignals(
      trx,
      workspaceId,
      plan.creates.map((create, i) => toRow(create, ids[i], stamps.firstSeq + i, stamps.changedAt)),
    );
    if (inserted.size === plan.creates.length) return plan.results;
    const results = [...plan.results];
    plan.creates.forEach((create, i) => {
      if (!inserted.has(ids[i])) results[create.index] = { index: create.index, status: 'skipped', reason: DUPLICATE_SIGNAL_REASON };
    });
    return results;
  }
}
