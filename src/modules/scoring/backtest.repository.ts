import type { StoredSignal } from './scoring.repository.js';
import type { Executor } from '../../db/index.js';
import { chunks } from '../../lib/chunks.js';

// What a backtest reads (docs/scoring.md, "Does it predict?"): accounts in domain order and, per
// page of them, the signals and sales activities of that domain range as they stood at `asOf` —
// the same (workspace_id, domain, …) indexes a full run's per-domain stream reads, so the two can
// later share one stream. Deals are read in id pages with what decides when they opened and where
// they stood at `asOf`. Nothing here writes.

const IN_LIST = 500;

export interface BacktestAccountRow {
  id: string;
  domain: string;
}

/** The next `limit` accounts after `afterDomain`, in domain order (the unique (workspace_id, domain) key). */
export async function accountsByDomain(db: Executor, workspaceId: string, afterDomain: string | null, limit: number): Promise<BacktestAccountRow[]> {
  let query = db.selectFrom('accounts').select(['id', 'domain']).where('workspace_id', '=', workspaceId);
  if (afterDomain !== null) query = query.where('domain', '>', afterDomain);
  return query.orderBy('domain').limit(limit).execute();
}

/** A signal row as the model reads it (scoring.repository.ts). */
export type BacktestSignalRow = StoredSignal;

/**
 * The signals of the domains in [first, last] that counted by `asOf`: those whose effective time
 * (the earlier of their date and their ingest, scoring-model.ts `effectiveTime`) is not after it.
 */
export async function signalsInDomainRange(db: Executor, workspaceId: string, first: string, last: string, asOf: number): Promise<BacktestSignalRow[]> {
  return db
    .selectFrom('signals')
    .select(['domain', 'source', 'type', 'occurred_at', 'created_at', 'count', 'topic', 'score'])
    .where('workspace_id', '=', workspaceId)
    .where('domain', '>=', first)
    .where('domain', '<=', last)
    .where((eb) => eb.or([eb('occurred_at', '<=', asOf), eb('created_at', '<=', asOf)]))
    .execute();
}

/** Per domain in [first, last]: sales activities that occurred in [since, asOf], and the earliest of them. */
export async function activitiesInDomainRange(
  db: Executor,
  workspaceId: string,
  first: string,
  last: string,
  since: number,
  asOf: number,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('sales_activities')
    .select((eb) => ['domain', eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('domain', '>=', first)
    .where('domain', '<=', last)
    .where('occurred_at', '>=', since)
    .where('occurred_at', '<=', asOf)
    .groupBy('domain')
    .execute();
  return new Map(rows.map((row) => [row.domain, Number(row.n)]));
}

export interface BacktestDealRow {
  id: string;
  start_date: string | null;
  closed_date: string | null;
  stage_id: string | null;
  stage_label: string | null;
  pipeline_id: string | null;
  created_at: number;
  changed_at: number;
}

/** The next `limit` deals after `afterId`, in id order. */
export async function dealPage(db: Executor, workspaceId: string, afterId: string | null, limit: number): Promise<BacktestDealRow[]> {
  let query = db
    .selectFrom('deals')
    .select(['id', 'start_date', 'closed_date', 'stage_id', 'stage_label', 'pipeline_id', 'created_at', 'changed_at'])
    .where('workspace_id', '=', workspaceId);
  if (afterId !== null) query = query.where('id', '>', afterId);
  return query.orderBy('id').limit(limit).execute();
}

export interface BacktestStageEntry {
  deal_id: string;
  position: number;
  stage_id: string | null;
  stage_label: string | null;
  pipeline_id: string | null;
  entered_at: number;
}

/**
 * Per deal: its first stage-history entry (when it opened, for a deal without a start date) and
 * its latest entry at or before `asOf` (where it stood then).
 */
export async function stageEntriesOfDeals(
  db: Executor,
  workspaceId: string,
  dealIds: readonly string[],
  asOf: number,
): Promise<{ first: Map<string, number>; atAsOf: Map<string, BacktestStageEntry> }> {
  const first = new Map<string, number>();
  const atAsOf = new Map<string, BacktestStageEntry>();
  for (const part of chunks(dealIds, IN_LIST)) {
    const rows = await db
      .selectFrom('deal_stage_history')
      .select(['deal_id', 'position', 'stage_id', 'stage_label', 'pipeline_id', 'entered_at'])
      .where('workspace_id', '=', workspaceId)
      .where('deal_id', 'in', part)
      .orderBy('deal_id')
      .orderBy('position')
      .execute();
    for (const row of rows) {
      const enteredAt = Number(row.entered_at);
      if (!first.has(row.deal_id)) first.set(row.deal_id, enteredAt);
      if (enteredAt <= asOf) atAsOf.set(row.deal_id, { ...row, entered_at: enteredAt, position: Number(row.position) });
    }
  }
  return { first, atAsOf };
}
