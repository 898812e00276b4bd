import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../../db/index.js';
import { resolveScoringConfig, SCORE_SOURCES, type ScoreSource } from './scoring-config.js';
import {
  decodeState,
  emptyState,
  JOURNEY_RULES,
  scoresAt,
  scoringLayout,
  signalValueAt,
  type JourneyRule,
  type StoredScoreState,
} from './scoring-model.js';
import type { RunCheckpoint } from './scoring-run.js';
import * as repo from './scoring.repository.js';

/** GET /accounts/:rtp_aid/score (SPEC §4.6): an account's scores explained. */

const FIELDS: Record<ScoreSource, string> = {
  website: 'rtp_website_intent_score',
  g2: 'rtp_g2_intent_score',
  linkedin: 'rtp_advertising_activity_score',
  bombora: 'rtp_bombora_intent_score',
};
const COLUMNS = {
  website: 'website_intent_score',
  g2: 'g2_intent_score',
  linkedin: 'advertising_activity_score',
  bombora: 'bombora_intent_score',
} as const;

/** Signals of a source the explanation ranks (the most recent ones: older ones have decayed most). */
const RANKED_SIGNALS = 1000;
const TOP_SIGNALS = 5;

export interface TopSignal {
  signalId: string;
  type: string;
  occurredAt: string;
  count: number;
  url: string | null;
  externalSignalId: string | null;
  /** What the signal adds to its source's raw score at the time of the run (before any cap). */
  points: number;
}

export interface BomboraTopic {
  topic: string;
  score: number;
}

export interface SourceExplanation {
  source: ScoreSource;
  /** The account field that shows this score. */
  field: string;
  enabled: boolean;
  score: number;
  /** Before the cap at 100 and rounding. */
  raw: number;
  weight: number;
  /** weight · score / Σ enabled weights: the points this source adds to the account score. */
  contribution: number;
  halfLifeDays: number;
  topSignals: TopSignal[] | BomboraTopic[];
  /** Bombora only: the week the score comes from (its start, Monday 00:00 UTC). */
  latestWeek?: string | null;
}

export interface ScoreExplanation {
  rtp_aid: string;
  domain: string;
  rtp_account_score: number;
  rtp_journey_stage: string;
  /** The time the run that computed these scores computed them for; null before the first run. */
  computedAt: string | null;
  runId: string | null;
  sources: SourceExplanation[];
  journey: {
    stage: string;
    rule: string | null;
    description: string | null;
    history: Array<{ stage: string; enteredAt: string; rule: string }>;
  };
}

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

export async function explainAccountScore(db: Kysely<Database>, dialect: Dialect, workspaceId: string, accountId: string): Promise<ScoreExplanation | undefined> {
  const account = await repo.accountScoresOf(db, workspaceId, accountId);
  if (!account) return undefined;
  const stored = (await repo.scoresOfAccounts(db, workspaceId, [accountId])).get(accountId);
  const run = stored ? await repo.findRun(db, workspaceId, stored.run_id) : undefined;
  // The settings of the run that computed the scores, not today's (they may have changed since).
  const overrides = run
    ? dialect.decodeJson<RunCheckpoint>(run.checkpoint).overrides
    : await repo.readConfigOverrides(db, dialect, workspaceId);
  const layout = scoringLayout(resolveScoringConfig(overrides));
  const asOf = stored ? Number(stored.as_of) : Date.now();
  const state = stored ? decodeState(layout, dialect.decodeJson<StoredScoreState>(stored.state), asOf) : emptyState(layout, asOf);
  const breakdown = scoresAt(layout, state, asOf);
  const config = layout.config;
  const totalWeight = SCORE_SOURCES.reduce((sum, s) => sum + (config.sources[s].enabled ? config.sources[s].weight : 0), 0);

  const sources: SourceExplanation[] = [];
  for (const source of SCORE_SOURCES) {
    const settings = config.sources[source];
    const score = Number(account[COLUMNS[source]]);
    const base = {
      source,
      field: FIELDS[source],
      enabled: settings.enabled,
      score,
      raw: round4(breakdown.raw[source]),
      weight: settings.weight,
      contribution: settings.enabled && totalWeight > 0 ? round4((settings.weight * score) / totalWeight) : 0,
      halfLifeDays: settings.halfLifeDays,
    };
    if (source === 'bombora') {
      const week = state.bombora;
      sources.push({
        ...base,
        topSignals: (week?.top ?? []).map(([topic, s]) => ({ topic, score: s })),
        latestWeek: week ? new Date(week.week).toISOString() : null,
      });
      continue;
    }
    let topSignals: TopSignal[] = [];
    if (stored && settings.enabled) {
      const foldedSeq = Number(stored.folded_seq);
      const recent = await repo.recentSignals(db, workspaceId, account.domain, source, RANKED_SIGNALS);
      topSignals = recent
        .filter((s) => Number(s.ingested_seq) <= foldedSeq)
        .map((s) => ({
          signalId: s.id,
          type: s.type,
          occurredAt: new Date(Number(s.occurred_at)).toISOString(),
          count: Number(s.count),
          url: s.url,
          externalSignalId: s.external_signal_id,
          points: signalValueAt(
            layout,
            { source: s.source, type: s.type, occurredAt: Number(s.occurred_at), count: Number(s.count), ingestedAt: Number(s.created_at) },
            asOf,
          ),
        }))
        .sort((a, b) => b.points - a.points || (a.occurredAt < b.occurredAt ? 1 : -1))
        .slice(0, TOP_SIGNALS)
        .map((s) => ({ ...s, points: round4(s.points) }));
    }
    sources.push({ ...base, topSignals });
  }

  const history = await repo.journeyHistory(db, workspaceId, accountId);
  const rule = (stored?.journey_rule ?? null) as JourneyRule | null;
  return {
    rtp_aid: account.id,
    domain: account.domain,
    rtp_account_score: Number(account.account_score),
    rtp_journey_stage: String(account.journey_stage),
    computedAt: stored ? new Date(asOf).toISOString() : null,
    runId: stored?.run_id ?? null,
    sources,
    journey: {
      stage: String(account.journey_stage),
      rule,
      description: rule === null ? null : ((JOURNEY_RULES as Partial<Record<string, string>>)[rule] ?? null),
      history: history.map((h) => ({ stage: h.stage, enteredAt: new Date(Number(h.entered_at)).toISOString(), rule: h.rule })),
    },
  };
}
