import { createHash } from 'node:crypto';

/**
 * The per-workspace scoring configuration (SPEC §4.3, §4.4). Every number is a setting; the
 * defaults below are exactly the ones the spec lists. A workspace stores only its overrides; what a
 * run uses is the defaults with the overrides merged over them (`resolveScoringConfig`).
 */

/** Sources whose score is a sum of decaying increments. */
export const DECAY_SOURCES = ['website', 'g2', 'linkedin'] as const;
export type DecaySource = (typeof DECAY_SOURCES)[number];
export const SCORE_SOURCES = ['website', 'g2', 'linkedin', 'bombora'] as const;
export type ScoreSource = (typeof SCORE_SOURCES)[number];

/** The signal types of SPEC §4.1 per decaying source, in the spec's order. */
export const SOURCE_TYPES: Record<DecaySource, readonly string[]> = {
  website: ['page_view', 'high_intent_page_view', 'form_submit'],
  g2: ['category_view', 'comparison_view', 'alternatives_view', 'profile_view', 'pricing_view'],
  linkedin: ['impression', 'click', 'engagement', 'video_view', 'lead_form_submit'],
};

export interface SignalTypeConfig {
  /** Points one signal (times its `count`) adds when it is brand new. */
  increment: number;
  /** Most this type can add to its source's raw score (after decay); null for no cap. */
  cap: number | null;
  /** Overrides the source's half-life for this type; null to use the source's. */
  halfLifeDays: number | null;
}

export interface DecaySourceConfig {
  enabled: boolean;
  weight: number;
  halfLifeDays: number;
  types: Record<string, SignalTypeConfig>;
}

export interface BomboraConfig {
  enabled: boolean;
  weight: number;
  /** Decay of the latest week's surge from the start of that week. */
  halfLifeDays: number;
  /** A topic counts when its composite score is at least this. */
  minTopicScore: number;
  /** The score is the mean of this many best qualifying topics. */
  topTopics: number;
}

/**
 * The journey rules (SPEC §4.4), evaluated from the bottom of the funnel up; a null threshold
 * switches its condition off.
 */
export interface JourneyConfig {
  /** "In the last N days" for activities and signals. */
  windowDays: number;
  customerOnWonDeal: boolean;
  opportunityOnOpenDeal: boolean;
  considerationMinScore: number | null;
  considerationMinActivities: number | null;
  awareMinScore: number | null;
  awareMinActivities: number | null;
  /** Any signal (of an enabled source) in the window makes an account Aware. */
  awareOnSignal: boolean;
}

export interface ScoringConfig {
  sources: {
    website: DecaySourceConfig;
    g2: DecaySourceConfig;
    linkedin: DecaySourceConfig;
    bombora: BomboraConfig;
  };
  journey: JourneyConfig;
}

const type = (increment: number, extra: Partial<SignalTypeConfig> = {}): SignalTypeConfig => ({
  increment,
  cap: null,
  halfLifeDays: null,
  ...extra,
});

/** SPEC §4.3 and §4.4, number for number. */
export const DEFAULT_SCORING_CONFIG: ScoringConfig = deepFreeze({
  sources: {
    website: {
      enabled: true,
      weight: 0.35,
      halfLifeDays: 14,
      types: { page_view: type(2), high_intent_page_view: type(10), form_submit: type(25) },
    },
    g2: {
      enabled: true,
      weight: 0.25,
      halfLifeDays: 14,
      types: {
        category_view: type(8),
        comparison_view: type(25),
        alternatives_view: type(25),
        profile_view: type(40),
        pricing_view: type(50),
      },
    },
    linkedin: {
      enabled: true,
      weight: 0.25,
      halfLifeDays: 30,
      types: {
        impression: type(0.05, { cap: 20, halfLifeDays: 7 }),
        click: type(5),
        engagement: type(3),
        video_view: type(1),
        lead_form_submit: type(30),
      },
    },
    bombora: { enabled: true, weight: 0.15, halfLifeDays: 7, minTopicScore: 60, topTopics: 3 },
  },
  journey: {
    windowDays: 30,
    customerOnWonDeal: true,
    opportunityOnOpenDeal: true,
    considerationMinScore: 40,
    considerationMinActivities: 2,
    awareMinScore: 10,
    awareMinActivities: 1,
    awareOnSignal: true,
  },
});

/** What a workspace stores: any part of the configuration; absent parts keep their defaults. */
export interface ScoringConfigOverrides {
  sources?: Partial<Record<DecaySource, Partial<Omit<DecaySourceConfig, 'types'>> & { types?: Record<string, Partial<SignalTypeConfig>> }>> & {
    bombora?: Partial<BomboraConfig>;
  };
  journey?: Partial<JourneyConfig>;
}

/** The defaults with the overrides merged over them, key by key. */
export function resolveScoringConfig(overrides: ScoringConfigOverrides | null | undefined): ScoringConfig {
  const base = structuredClone<ScoringConfig>(DEFAULT_SCORING_CONFIG);
  if (!overrides) return deepFreeze(base);
  for (const source of DECAY_SOURCES) {
    const o = overrides.sources?.[source];
    if (!o) continue;
    const { types, ...rest } = o;
    Object.assign(base.sources[source], stripUndefined(rest));
    for (const [name, t] of Object.entries(types ?? {})) {
      // Stored overrides may name a type this release does not have: those are left out.
      const known = base.sources[source].types[name] as SignalTypeConfig | undefined;
      if (known) Object.assign(known, stripUndefined(t));
    }
  }
  if (overrides.sources?.bombora) Object.assign(base.sources.bombora, stripUndefined(overrides.sources.bombora));
  if (overrides.journey) Object.assign(base.journey, stripUndefined(overrides.journey));
  return deepFreeze(base);
}

/** A stable fingerprint: running values built under one configuration are rebuilt under another. */
export function scoringConfigHash(config: ScoringConfig): string {
  return createHash('sha256').update(canonicalJson(config)).digest('hex').slice(0, 16);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
