/**
 * The buying-journey stages in funnel order (SPEC §3.12, §4.4): the default of every workspace,
 * and the vocabulary of `rtp_journey_stage`. The scoring job's journey rules map accounts onto it.
 */
export const JOURNEY_STAGES = ['Unaware', 'Aware', 'Consideration', 'Opportunity', 'Customer'] as const;

export type JourneyStage = (typeof JOURNEY_STAGES)[number];

/** A stage's place in the funnel, 0 for `Unaware`; -1 for a name that is not a stage. */
export function journeyStageRank(stage: string): number {
  return (JOURNEY_STAGES as readonly string[]).indexOf(stage);
}

export function isJourneyStage(value: string): value is JourneyStage {
  return journeyStageRank(value) !== -1;
}
