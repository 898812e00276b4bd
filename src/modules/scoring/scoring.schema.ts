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
