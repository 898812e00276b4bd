import { Type, type Static, type TSchema } from 'typebox';
import { CURSOR_DESCRIPTION, Nullable, StringEnum } from '../../http/schema-helpers.js';
import { IsoTimestamp } from '../../http/response-schemas.js';
import { SOURCE_TYPES, type DecaySource } from './scoring-config.js';

// Request schemas of the scoring extension (SPEC §4.5, §4.6). Every object is closed: an unknown
// setting is a `whitelistValidation` error rather than silently ignored.

const closed = <T extends Record<string, TSchema>>(properties: T) => Type.Object(properties, { additionalProperties: false });
const optional = <T extends TSchema>(schema: T) => Type.Optional(schema);

const Weight = () => Type.Number({ minimum: 0, maximum: 1000 });
const HalfLifeDays = () => Type.Number({ minimum: 0.01, maximum: 3650 });

const TypeSettings = closed({
  increment: optional(Type.Number({ minimum: 0, maximum: 1_000_000 })),
  cap: optional(Nullable(Type.Number({ minimum: 0, maximum: 1_000_000 }))),
  halfLifeDays: optional(Nullable(HalfLifeDays())),
});

function decaySource(source: DecaySource) {
  return closed({
    enabled: optional(Type.Boolean()),
    weight: optional(Weight()),
    halfLifeDays: optional(HalfLifeDays()),
    types: optional(closed(Object.fromEntries(SOURCE_TYPES[source].map((t) => [t, optional(TypeSettings)])) as Record<string, TSchema>)),
  });
}

export const ScoringConfigBody = closed({
  sources: optional(
    closed({
      website: optional(decaySource('website')),
      g2: optional(decaySource('g2')),
      linkedin: optional(decaySource('linkedin')),
      bombora: optional(
        closed({
          enabled: optional(Type.Boolean()),
          weight: optional(Weight()),
          halfLifeDays: optional(HalfLifeDays()),
          minTopicScore: optional(Type.Integer({ minimum: 0, maximum: 100 })),
          topTopics: optional(Type.Integer({ minimum: 1, maximum: 50 })),
        }),
      ),
    }),
  ),
  journey: optional(
    closed({
      windowDays: optional(Type.Integer({ minimum: 1, maximum: 3650 })),
      customerOnWonDeal: optional(Type.Boolean()),
      opportunityOnOpenDeal: optional(Type.Boolean()),
      considerationMinScore: optional(Nullable(Type.Integer({ minimum: 0, maximum: 100 }))),
      considerationMinActivities: optional(Nullable(Type.Integer({ minimum: 1, maximum: 100_000 }))),
      awareMinScore: optional(Nullable(Type.Integer({ minimum: 0, maximum: 100 }))),
      awareMinActivities: optional(Nullable(Type.Integer({ minimum: 1, maximum: 100_000 }))),
      awareOnSignal: optional(Type.Boolean()),
    }),
  ),
});
export type ScoringConfigBody = Static<typeof ScoringConfigBody>;

export const StartRunBody = closed({
  /** Rebuild every account's running state from its whole signal history. */
  full: optional(Type.Boolean()),
});
export type StartRunBody = Static<typeof StartRunBody>;

export const ListRunsQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  cursor: Type.Optional(Type.String({ description: CURSOR_DESCRIPTION })),
});
export type ListRunsQuery = Static<typeof ListRunsQuery>;

export const AccountScoreParams = Type.Object({ rtp_aid: Type.String() });

// ---- responses (the envelope around each is added in scoring.routes.ts) ------------------------

const Count = (options: Record<string, unknown> = {}) => Type.Integer({ minimum: 0, ...options });

export const ScoringRunView = Type.Object(
  {
    runId: Type.String(),
    trigger: StringEnum(['schedule', 'cli', 'api'] as const),
    status: StringEnum(['running', 'succeeded', 'failed', 'interrupted'] as const, {
      description: '`interrupted`: stopped by a shutdown; the next run continues it (as it does a run whose process died)',
    }),
    mode: StringEnum(['full', 'incremental'] as const, {
      description: '`full` rebuilds every account from its whole signal history (first run, settings changed); `incremental` visits changed and decay-due accounts',
    }),
    asOf: IsoTimestamp({ description: 'The time the scores are computed for' }),
    startedAt: IsoTimestamp(),
    finishedAt: Nullable(IsoTimestamp()),
    durationMs: Nullable(Count()),
    counts: Type.Object({
      accountsEvaluated: Count({ description: 'Accounts visited so far; with `accountsTotal`, a running run’s progress' }),
      accountsTotal: Nullable(Count({ description: 'Accounts the run visits, once it knows (null before, and for runs of earlier releases)' })),
      accountsChanged: Count(),
      signalsRead: Count(),
      membershipsChanged: Count(),
    }),
    resumes: Count(),
    error: Nullable(Type.String()),
  },
  { title: 'ScoringRun', description: 'A scoring run (extension; docs/scoring.md, Runs)' },
);

export const StartedScoringRun = Type.Object(
  { ...ScoringRunView.properties, started: Type.Boolean({ description: 'False when a run was already in progress: this is that run' }) },
  { title: 'StartedScoringRun' },
);

const TypeSettingsView = Type.Object({ increment: Type.Number(), cap: Nullable(Type.Number()), halfLifeDays: Nullable(Type.Number()) });

function decaySourceView(source: DecaySource) {
  return Type.Object({
    enabled: Type.Boolean(),
    weight: Type.Number(),
    halfLifeDays: Type.Number(),
    types: Type.Object(Object.fromEntries(SOURCE_TYPES[source].map((t) => [t, TypeSettingsView])) as Record<string, typeof TypeSettingsView>),
  });
}

/** Every setting with its value (SPEC §4.3, §4.4). */
export const ScoringConfigView = Type.Object(
  {
    sources: Type.Object({
      website: decaySourceView('website'),
      g2: decaySourceView('g2'),
      linkedin: decaySourceView('linkedin'),
      bombora: Type.Object({ enabled: Type.Boolean(), weight: Type.Number(), halfLifeDays: Type.Number(), minTopicScore: Type.Integer(), topTopics: Type.Integer() }),
    }),
    journey: Type.Object({
      windowDays: Type.Integer(),
      customerOnWonDeal: Type.Boolean(),
      opportunityOnOpenDeal: Type.Boolean(),
      considerationMinScore: Nullable(Type.Integer()),
      considerationMinActivities: Nullable(Type.Integer()),
      awareMinScore: Nullable(Type.Integer()),
      awareMinActivities: Nullable(Type.Integer()),
      awareOnSignal: Type.Boolean(),
    }),
  },
  { title: 'ScoringConfig' },
);

export const ScoringConfigResult = Type.Object({
  config: ScoringConfigView,
  overrides: ScoringConfigBody,
  defaults: ScoringConfigView,
});

const TopSignal = Type.Object({
  signalId: Type.String(),
  type: Type.String(),
  occurredAt: IsoTimestamp(),
  count: Type.Integer(),
  url: Nullable(Type.String()),
  externalSignalId: Nullable(Type.String()),
  points: Type.Number({ description: 'What the signal adds to its source’s raw score at the time of the run, before any cap' }),
});
const BomboraTopic = Type.Object({ topic: Type.String(), score: Type.Integer() });

export const ScoreExplanationView = Type.Object(
  {
    rtp_aid: Type.String(),
    domain: Type.String(),
    rtp_account_score: Type.Integer(),
    rtp_journey_stage: Type.String(),
    computedAt: Nullable(IsoTimestamp({ description: 'The time the run that computed these scores computed them for; null before the first run' })),
    runId: Nullable(Type.String()),
    sources: Type.Array(
      Type.Object({
        source: StringEnum(['website', 'g2', 'linkedin', 'bombora'] as const),
        field: Type.String({ description: 'The account field showing this score' }),
        enabled: Type.Boolean(),
        score: Type.Integer(),
        raw: Type.Number({ description: 'Before the cap at 100 and rounding' }),
        weight: Type.Number(),
        contribution: Type.Number({ description: 'weight · score / Σ enabled weights' }),
        halfLifeDays: Type.Number(),
        topSignals: Type.Union([Type.Array(TopSignal), Type.Array(BomboraTopic)], {
          description: 'The signals adding most, best first; for Bombora the qualifying topics of the latest week',
        }),
        latestWeek: Type.Optional(Nullable(IsoTimestamp({ description: 'Bombora: start of the week the score comes from' }))),
      }),
    ),
    journey: Type.Object({
      stage: Type.String(),
      rule: Nullable(Type.String()),
      description: Nullable(Type.String()),
      history: Type.Array(Type.Object({ stage: Type.String(), enteredAt: IsoTimestamp(), rule: Type.String() }), { description: 'Oldest first' }),
    }),
  },
  { title: 'ScoreExplanation', description: 'An account’s scores explained (extension; docs/api.md#scoring)' },
);

// ---- signals per day of one account (issue 12, the console's account page) -------------------

export const AccountSignalDaysQuery = Type.Object({
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, default: 90, description: 'How many days, ending today (UTC), today included' })),
});
export type AccountSignalDaysQuery = Static<typeof AccountSignalDaysQuery>;

const DailyCount = (description: string) => Type.Integer({ minimum: 0, description });

export const AccountSignalDaysView = Type.Object(
  {
    rtp_aid: Type.String(),
    domain: Type.String({ description: 'Signals are matched to the account by this domain (docs/api.md#signals)' }),
    from: Type.String({ description: 'First day, YYYY-MM-DD (UTC)' }),
    to: Type.String({ description: 'Last day, today, YYYY-MM-DD (UTC)' }),
    days: Type.Array(
      Type.Object({
        day: Type.String({ description: 'YYYY-MM-DD (UTC)' }),
        website: DailyCount('Website signals (the sum of their `count`)'),
        g2: DailyCount('G2 signals'),
        bombora: DailyCount('Bombora signals'),
        linkedin: DailyCount('LinkedIn signals'),
        total: DailyCount('All sources'),
      }),
      { description: 'Every day from `from` to `to`, oldest first, zero where no signal arrived' },
    ),
  },
  { title: 'AccountSignalDays', description: 'An account’s signals per day and source (extension, issue 12)' },
);

// ---- the backtest (issue 14; docs/scoring.md, "Does it predict?") -----------------------------

export const BacktestQuery = Type.Object({
  asOf: Type.Optional(
    Type.String({ format: 'iso8601-date-or-time', description: 'Score the accounts as of this moment (ISO 8601 date or date-time, not in the future); default `horizonDays` before now' }),
  ),
  horizonDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650, default: 90, description: 'The outcome: a deal associated with the account opened in (asOf, asOf + horizonDays]' })),
  seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 4_294_967_295, default: 1, description: 'Seed of the bootstrap and of the split into halves: the same seed gives the same report' })),
});
export type BacktestQuery = Static<typeof BacktestQuery>;

const Rate = (description?: string) => Nullable(Type.Number(description === undefined ? {} : { description }));
const AucInterval = Nullable(Type.Object({ low: Type.Number(), high: Type.Number() }, { description: '95 % percentile bootstrap interval of the AUC (Poisson resampling of the accounts); null when the AUC is' }));

const ScoreReportView = {
  accounts: Count(),
  positives: Count(),
  auc: Rate('ROC AUC: the chance a random positive account scores above a random negative one (ties count half); null without positives or without negatives'),
  aucInterval: AucInterval,
  top: Type.Array(
    Type.Object({
      share: Type.Number({ description: 'The share of accounts taken from the top of the ranking: 0.1 and 0.2' }),
      accounts: Count(),
      positives: Type.Number({ description: 'Expected under a random order of tied scores (fractional where the cut falls inside a tie)' }),
      precision: Rate(),
      recall: Rate(),
    }),
  ),
  deciles: Type.Array(
    Type.Object({
      decile: Type.Integer({ minimum: 1, maximum: 10, description: '1: the top-scored tenth of the accounts' }),
      accounts: Count(),
      positives: Type.Number({ description: 'Expected under a random order of tied scores (fractional where a decile boundary cuts a tie)' }),
      minScore: Nullable(Type.Integer()),
      maxScore: Nullable(Type.Integer()),
      positiveRate: Rate(),
      lift: Rate('The decile’s positive rate ÷ the base rate'),
    }),
  ),
};
const SourceReportView = Type.Object({ enabled: Type.Boolean({ description: 'Whether the source counts in the account score' }), ...ScoreReportView });
const SourceWeights = Type.Object({ website: Type.Number(), g2: Type.Number(), linkedin: Type.Number(), bombora: Type.Number() });
const HalfCounts = Type.Object({ accounts: Count(), positives: Count() });

export const BacktestReportView = Type.Object(
  {
    asOf: IsoTimestamp({ description: 'The moment the accounts are scored as of' }),
    horizonDays: Type.Integer(),
    horizonEnd: IsoTimestamp({ description: 'asOf + horizonDays' }),
    horizonComplete: Type.Boolean({ description: 'False while the horizon has not fully passed: deals still to open in it are missing from the positives' }),
    outcome: Type.String({ description: 'What counts as a positive' }),
    accounts: Count(),
    positives: Count({ description: 'Accounts with a deal that opened in the horizon' }),
    baseRate: Rate('positives ÷ accounts'),
    seed: Type.Integer(),
    bootstrapReplicates: Type.Integer(),
    accountScore: Type.Object(ScoreReportView, { description: 'The account score (rtp_account_score) as of asOf' }),
    sources: Type.Object(
      { website: SourceReportView, g2: SourceReportView, linkedin: SourceReportView, bombora: SourceReportView },
      { description: 'The same per source score: which source predicts' },
    ),
    journeyStages: Type.Array(
      Type.Object({ stage: Type.String(), accounts: Count(), positives: Count(), positiveRate: Rate(), lift: Rate() }),
      { description: 'The journey stage at asOf against the outcome, in funnel order' },
    ),
    weights: Type.Object(
      {
        method: Type.String(),
        seed: Type.Integer(),
        enabledSources: Type.Array(Type.String()),
        current: Type.Object({ weights: SourceWeights, heldOutAuc: Rate() }, { description: 'The weights in force, scaled to sum to 1' }),
        suggested: Type.Object({ weights: SourceWeights, heldOutAuc: Rate(), fitAuc: Rate() }),
        halves: Type.Object({ fit: HalfCounts, heldOut: HalfCounts }),
      },
      { description: 'Suggested source weights (non-negative, summing to 1) fitted on one half of the accounts, both AUCs on the other half; applied only through PUT /scoring/config' },
    ),
  },
  { title: 'ScoringBacktest', description: 'How well the scores as of a past moment predicted the deals that opened after it (extension, issue 14)' },
);
