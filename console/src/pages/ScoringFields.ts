/**
 * The scoring settings as form fields (GET/PUT /api/v1/scoring/config, SPEC §4.3 and §4.4): one
 * entry per setting, keyed by its dotted path in the configuration — the same path the server's
 * validation errors name (SPEC §2.4), so each message lands next to its field.
 */
import type { components } from '../api/client';

export type ScoringConfig = components['schemas']['ScoringConfig'];
export type FieldKind = 'number' | 'optional-number' | 'boolean';

export interface ScoringField {
  path: string;
  label: string;
  kind: FieldKind;
  hint?: string;
}

export interface ScoringGroup {
  title: string;
  fields: ScoringField[];
  /** Sub-groups: one per signal type of a source. */
  groups?: Array<{ title: string; fields: ScoringField[] }>;
}

const DECAY_SOURCES = [
  ['website', 'Website'],
  ['g2', 'G2'],
  ['linkedin', 'LinkedIn'],
] as const;

const human = (name: string) => name.replace(/_/g, ' ');

function decaySourceGroup(config: ScoringConfig, source: (typeof DECAY_SOURCES)[number][0], title: string): ScoringGroup {
  const base = `sources.${source}`;
  return {
    title,
    fields: [
      { path: `${base}.enabled`, label: `${title} counts in the account score`, kind: 'boolean' },
      { path: `${base}.weight`, label: 'Weight', kind: 'number', hint: 'Share of the account score, relative to the other weights' },
      { path: `${base}.halfLifeDays`, label: 'Half-life (days)', kind: 'number' },
    ],
    groups: Object.keys(config.sources[source].types).map((type) => ({
      title: human(type),
      fields: [
        { path: `${base}.types.${type}.increment`, label: `${human(type)}: points`, kind: 'number' },
        { path: `${base}.types.${type}.cap`, label: `${human(type)}: cap`, kind: 'optional-number', hint: 'Empty: no cap' },
        { path: `${base}.types.${type}.halfLifeDays`, label: `${human(type)}: half-life (days)`, kind: 'optional-number', hint: 'Empty: the source’s' },
      ],
    })),
  };
}

/** Every setting, grouped as the SPEC presents them. */
export function scoringGroups(config: ScoringConfig): ScoringGroup[] {
  return [
    ...DECAY_SOURCES.map(([source, title]) => decaySourceGroup(config, source, title)),
    {
      title: 'Bombora',
      fields: [
        { path: 'sources.bombora.enabled', label: 'Bombora counts in the account score', kind: 'boolean' },
        { path: 'sources.bombora.weight', label: 'Weight', kind: 'number' },
        { path: 'sources.bombora.halfLifeDays', label: 'Half-life (days)', kind: 'number' },
        { path: 'sources.bombora.minTopicScore', label: 'Topic surge threshold', kind: 'number', hint: 'A topic counts from this composite score (0–100)' },
        { path: 'sources.bombora.topTopics', label: 'Topics averaged', kind: 'number', hint: 'The score is the mean of this many best topics' },
      ],
    },
    {
      title: 'Journey stages',
      fields: [
        { path: 'journey.windowDays', label: 'Window (days)', kind: 'number', hint: '“In the last N days” for activities and signals' },
        { path: 'journey.customerOnWonDeal', label: 'Customer when a deal is won', kind: 'boolean' },
        { path: 'journey.opportunityOnOpenDeal', label: 'Opportunity when a deal is open', kind: 'boolean' },
        { path: 'journey.considerationMinScore', label: 'Consideration: minimum score', kind: 'optional-number', hint: 'Empty: off' },
        { path: 'journey.considerationMinActivities', label: 'Consideration: minimum activities', kind: 'optional-number', hint: 'Empty: off' },
        { path: 'journey.awareMinScore', label: 'Aware: minimum score', kind: 'optional-number', hint: 'Empty: off' },
        { path: 'journey.awareMinActivities', label: 'Aware: minimum activities', kind: 'optional-number', hint: 'Empty: off' },
        { path: 'journey.awareOnSignal', label: 'Aware on any signal in the window', kind: 'boolean' },
      ],
    },
  ];
}

export function allFields(groups: ScoringGroup[]): ScoringField[] {
  return groups.flatMap((group) => [...group.fields, ...(group.groups ?? []).flatMap((g) => g.fields)]);
}

export type FormValues = Record<string, string | boolean>;

function valueAt(config: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], config);
}

/** The form's values from a configuration: numbers as the text of their input, null as empty. */
export function formValues(config: ScoringConfig, fields: ScoringField[]): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = valueAt(config, field.path);
    values[field.path] = field.kind === 'boolean' ? value === true : typeof value === 'number' ? String(value) : '';
  }
  return values;
}

/** A field's value as the API takes it: empty is null (off, or "no value", which the server judges). */
function parsed(field: ScoringField, value: string | boolean): boolean | number | null {
  if (field.kind === 'boolean') return value === true;
  const text = String(value).trim();
  return text === '' ? null : Number(text);
}

/**
 * The overrides to PUT: only the settings that differ from the defaults, so a workspace keeps
 * following the defaults wherever it did not choose otherwise (and `{}` restores them all).
 */
export function overridesOf(values: FormValues, fields: ScoringField[], defaults: ScoringConfig): Record<string, unknown> {
  const overrides: Record<string, unknown> = {};
  for (const field of fields) {
    const value = parsed(field, values[field.path] ?? '');
    if (value === valueAt(defaults, field.path)) continue;
    const keys = field.path.split('.');
    let node = overrides;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1] ?? field.path] = value;
  }
  return overrides;
}

export const fieldId = (path: string) => `setting-${path.replace(/\./g, '-')}`;
