import type { AccountOutputs } from '../segments/segments.repository.js';
import type { ChangeEvent } from './webhook-events.js';

/** An account's scores as the account API names them. */
function scoresOf(outputs: AccountOutputs) {
  return {
    rtp_account_score: Number(outputs.account_score),
    rtp_website_intent_score: Number(outputs.website_intent_score),
    rtp_bombora_intent_score: Number(outputs.bombora_intent_score),
    rtp_g2_intent_score: Number(outputs.g2_intent_score),
    rtp_advertising_activity_score: Number(outputs.advertising_activity_score),
  };
}

function sameScores(a: AccountOutputs, b: AccountOutputs): boolean {
  const before = scoresOf(a);
  const after = scoresOf(b);
  return (Object.keys(before) as Array<keyof typeof before>).every((key) => before[key] === after[key]);
}

export interface ScoredChunk {
  runId: string;
  /** The accounts whose outputs or memberships changed, with their outputs before the run. */
  changed: ReadonlyArray<AccountOutputs & { id: string; domain: string }>;
  outputs: ReadonlyMap<string, AccountOutputs>;
  /** The journey rule that decided each account's stage. */
  rules: ReadonlyMap<string, string>;
  seqOf: ReadonlyMap<string, number>;
}

/**
 * The events of a scoring chunk: `account.score_changed` (old and new account and source scores)
 * and `account.stage_changed` (old and new stage, the rule that fired) per account, at its new
 * change sequence. (The chunk's `segment.membership_changed` events come with its membership
 * writes: `applyMembershipChanges`.)
 */
export function scoringChunkEvents(chunk: ScoredChunk): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  for (const before of chunk.changed) {
    const after = chunk.outputs.get(before.id)!;
    const account = { rtp_aid: before.id, domain: before.domain };
    const sequence = chunk.seqOf.get(before.id) ?? null;
    if (!sameScores(before, after)) {
      events.push({ type: 'account.score_changed', sequence, data: { account, previous: scoresOf(before), current: scoresOf(after), runId: chunk.runId } });
    }
    if (before.journey_stage !== after.journey_stage) {
      events.push({
        type: 'account.stage_changed',
        sequence,
        data: { account, previousStage: before.journey_stage, stage: after.journey_stage, rule: chunk.rules.get(before.id) ?? null, runId: chunk.runId },
      });
    }
  }
  return events;
}
