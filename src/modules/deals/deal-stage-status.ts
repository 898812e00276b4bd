/** Where a deal stands, read from its current stage label (SPEC §4.4). */
export type DealStageStatus = 'won' | 'lost' | 'open';

/**
 * `won` when the label matches "won" (case-insensitive) and not "lost"; `lost` when it matches
 * "lost"; otherwise — including a deal without a stage label — `open`.
 */
export function classifyDealStage(stageLabel: string | null): DealStageStatus {
  if (stageLabel === null) return 'open';
  if (/lost/i.test(stageLabel)) return 'lost';
  if (/won/i.test(stageLabel)) return 'won';
  return 'open';
}
