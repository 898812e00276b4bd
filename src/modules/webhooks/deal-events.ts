import type { DealState, StageEntry } from '../deals/deal-batch.js';
import type { ChangeEvent } from './webhook-events.js';

type Stage = Pick<StageEntry, 'stageId' | 'stageLabel' | 'pipelineId'>;

const stageOf = (stage: Stage): Stage => ({ stageId: stage.stageId, stageLabel: stage.stageLabel, pipelineId: stage.pipelineId });

/**
 * `deal.stage_changed` for each stage-history entry a push appends, with the stage before it (null
 * for a new deal's first stage), in the order the entries were made — a deal pushed twice in one
 * batch moves twice. `sequence` is the deal's change sequence (its `GET /deals` order).
 */
export function dealStageEvents(entries: readonly StageEntry[], before: ReadonlyMap<string, DealState>, written: readonly DealState[], seqOf: ReadonlyMap<string, number>): ChangeEvent[] {
  const deals = new Map(written.map((deal) => [deal.id, deal]));
  const lastStage = new Map<string, Stage | null>([...before.values()].map((deal) => [deal.id, deal.stageId === null && deal.stageLabel === null ? null : stageOf(deal)]));
  return entries.map((entry) => {
    const deal = deals.get(entry.dealId);
    const previous = lastStage.get(entry.dealId) ?? null;
    lastStage.set(entry.dealId, stageOf(entry));
    return {
      type: 'deal.stage_changed',
      sequence: seqOf.get(entry.dealId) ?? null,
      data: { deal: { rtp_dealId: entry.dealId, externalDealId: deal?.externalDealId ?? null, name: deal?.name ?? null }, previousStage: previous, stage: stageOf(entry) },
    };
  });
}
