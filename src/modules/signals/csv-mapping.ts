import * as crypto from 'node:crypto';
import { parseIsoDate, toUtcIso } from '../../lib/iso-date.js';
import { SIGNAL_TYPES } from './signal-batch.js';
import { MAX_SIGNAL_COUNT, type SignalItem, type SignalSource } from './signals.schema.js';

/**
 * How one provider export row becomes signals (SPEC §4.2). Pure: the streaming importer
 * (signal-import.ts) feeds it parsed rows and writes what it returns.
 */

/** The fields a CSV column can feed (`--map column=field`). */
export const IMPORT_FIELDS = [
  'domain',
  'occurredAt',
  'type',
  'count',
  'externalSignalId',
  'url',
  'topic',
  'score',
  'impressions',
  'clicks',
  'engagements',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Default column of each field per source, as the providers name them (matched case-insensitively). */
export const DEFAULT_COLUMNS: Readonly<Record<SignalSource, Partial<Record<ImportField, string>>>> = {
  bombora: { domain: 'Domain', topic: 'Topic Name', score: 'Composite Score', occurredAt: 'Date' },
  g2: { domain: 'Company Domain', type: 'Activity Type', occurredAt: 'Timestamp' },
  linkedin: { domain: 'Company Domain', occurredAt: 'Date', impressions: 'Impressions', clicks: 'Clicks', engagements: 'Engagements' },
  website: { domain: 'Domain', url: 'URL', occurredAt: 'Timestamp' },
};

/** LinkedIn metric columns and the signal type each becomes (count = the number). */
const LINKEDIN_METRICS = [
  ['impressions', 'impression'],
  ['clicks', 'click'],
  ['engagements', 'engagement'],
] as const;

/** A problem with the command line or the file's header: nothing can be imported. */
export class ImportSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportSetupError';
  }
}

/** `--map "Company Website=domain"` → [column, field]. The last `=` separates them, so a column may contain one. */
export function parseMapping(value: string): [string, ImportField] {
  const at = value.lastIndexOf('=');
  const column = at < 0 ? '' : value.slice(0, at).trim();
  const rawField = at < 0 ? '' : value.slice(at + 1).trim();
  const field = IMPORT_FIELDS.find((f) => f.toLowerCase() === rawField.toLowerCase());
  if (column === '' || rawField === '') throw new ImportSetupError(`--map expects column=field, got '${value}'`);
  if (!field) throw new ImportSetupError(`--map: unknown field '${rawField}'; fields are: ${IMPORT_FIELDS.join(', ')}`);
  return [column, field];
}

const headerKey = (name: string) => name.trim().toLowerCase();

/** Which column index feeds each field, for one file. */
export interface ColumnPlan {
  source: SignalSource;
  /** Field → column index in the row. */
  columns: Partial<Record<ImportField, number>>;
  /** Column indexes in the order of their lowercased names: the row hash reads cells in this order. */
  hashOrder: number[];
  /** The source and the sorted column names, hashed before every row's cells. */
  hashPrefix: string;
}

/**
 * Resolves the fields' columns in a header: `--map` entries first (they replace the default column
 * of their field), then the source's defaults. A required column that is missing, or a mapped one
 * the header lacks, is an ImportSetupError naming what was found.
 */
export function planColumns(source: SignalSource, header: readonly string[], mappings: ReadonlyArray<[string, ImportField]>): ColumnPlan {
  const headerKeys = header.map(headerKey);
  const find = (column: string) => headerKeys.indexOf(headerKey(column));
  const found = () => header.map((h) => `'${h.trim()}'`).join(', ');
  const columns: Partial<Record<ImportField, number>> = {};
  const mapped = new Set<ImportField>();
  for (const [column, field] of mappings) {
    const index = find(column);
    if (index < 0) throw new ImportSetupError(`--map: column '${column}' is not in the header (found ${found()})`);
    columns[field] = index;
    mapped.add(field);
  }
  for (const [field, column] of Object.entries(DEFAULT_COLUMNS[source]) as Array<[ImportField, string]>) {
    if (mapped.has(field)) continue;
    const index = find(column);
    if (index >= 0) columns[field] = index;
  }

  const required: ImportField[] = ['domain', 'occurredAt'];
  if (source === 'bombora') required.push('topic', 'score');
  if (source === 'g2') required.push('type');
  for (const field of required) {
    if (columns[field] === undefined) {
      const column = DEFAULT_COLUMNS[source][field] ?? field;
      throw new ImportSetupError(
        `column '${column}' (${field}) is not in the header (found ${found()}); name another with --map "<column>=${field}"`,
      );
    }
  }
  if (source === 'linkedin' && columns.type === undefined && LINKEDIN_METRICS.every(([field]) => columns[field] === undefined)) {
    throw new ImportSetupError(
      `none of the columns 'Impressions', 'Clicks', 'Engagements' is in the header (found ${found()}); name one with --map, or map a type column`,
    );
  }
  const hashOrder = headerKeys.map((_, i) => i).sort((a, b) => (headerKeys[a] < headerKeys[b] ? -1 : headerKeys[a] > headerKeys[b] ? 1 : a - b));
  const hashPrefix = JSON.stringify([source, hashOrder.map((i) => headerKeys[i])]);
  return { source, columns, hashOrder, hashPrefix };
}

/** A row's outcome: the signals it becomes (possibly none), or why it cannot become any. */
export type RowOutcome = { signals: SignalItem[] } | { error: string };

/**
 * A provider date as an ISO 8601 instant. Exports often omit the offset, so besides what the API
 * accepts, a bare date (`2026-04-27`, midnight) and a date-time without an offset are read as UTC.
 */
export function parseImportDate(value: string): string | undefined {
  const date = parseIsoDate(value);
  return date === undefined ? toUtcIso(value, { offsetlessAsUtc: true }) : `${date}T00:00:00.000Z`;
}

/** A whole number as exports write it: `1234`, `1,234`, `1234.0`. Empty is undefined; anything else NaN. */
export function parseWholeNumber(value: string): number | undefined {
  if (value === '') return undefined;
  const plain = value.replace(/^(\d{1,3}(?:,\d{3})+)(\.0+)?$/, (_, digits: string) => digits.replace(/,/g, ''));
  if (!/^[+-]?\d+(\.0+)?$/.test(plain)) return Number.NaN;
  return Number(plain);
}

/** G2 and friends write types for humans ("Comparison View"); these are the other spellings seen. */
const TYPE_ALIASES: Readonly<Record<string, string>> = {
  category: 'category_view',
  category_page_view: 'category_view',
  comparison: 'comparison_view',
  compare: 'comparison_view',
  compare_view: 'comparison_view',
  alternative: 'alternatives_view',
  alternatives: 'alternatives_view',
  alternative_view: 'alternatives_view',
  profile: 'profile_view',
  product_profile_view: 'profile_view',
  pricing: 'pricing_view',
  pricing_page_view: 'pricing_view',
  pageview: 'page_view',
  form_submission: 'form_submit',
  form_fill: 'form_submit',
  lead_form_submission: 'lead_form_submit',
  lead_gen_form_submit: 'lead_form_submit',
};

/**
 * The signal type a cell names for a source: "Comparison View", "comparison-view" and
 * "category_view" all find theirs; plural and alias spellings too. Unknown values come back as
 * written, so the service's error names what the file holds.
 */
export function normalizeSignalType(source: SignalSource, value: string): string {
  const allowed = SIGNAL_TYPES[source];
  const key = value.trim().toLowerCase().replace(/[\s-]+/g, '_');
  for (const candidate of [key, TYPE_ALIASES[key], key.endsWith('s') ? key.slice(0, -1) : undefined]) {
    if (candidate !== undefined && allowed.includes(candidate)) return candidate;
  }
  const singular = key.endsWith('s') ? TYPE_ALIASES[key.slice(0, -1)] : undefined;
  if (singular !== undefined && allowed.includes(singular)) return singular;
  return value.trim();
}

/** Words in a URL path that mark a pricing, demo or contact page (SPEC §4.1 high_intent_page_view). */
const HIGH_INTENT_WORDS = new Set(['pricing', 'price', 'prices', 'plans', 'demo', 'demos', 'contact', 'contactus', 'quote', 'sales']);

/** `high_intent_page_view` when the URL's path has a pricing/demo/contact word (`/pricing`, `/request-a-demo`, `/contact-us`). */
export function websiteTypeForUrl(url: string): 'page_view' | 'high_intent_page_view' {
  let path: string;
  try {
    path = new URL(url, 'https://relative.invalid').pathname;
  } catch {
    return 'page_view';
  }
  const words = path.toLowerCase().split(/[/_.-]+/);
  return words.some((word) => HIGH_INTENT_WORDS.has(word)) ? 'high_intent_page_view' : 'page_view';
}

/** crypto.hash (one-shot, Node ≥ 20.12) where present; createHash before it. */
const sha256 = (text: string): string =>
  typeof crypto.hash === 'function' ? crypto.hash('sha256', text, 'base64url') : crypto.createHash('sha256').update(text).digest('base64url');

/**
 * The deterministic id of an imported row: its occurrence time, then a hash of the source and every
 * cell keyed by its lowercased column name (so reordered columns hash alike). Re-importing a file
 * therefore skips every row already stored ("Duplicate signal"), and two identical rows are one
 * signal. The time leads so that the ids of a date-ordered export land next to each other in the
 * dedup index: random ids made every insert touch a random index page, halving import speed.
 */
export function rowSignalId(plan: ColumnPlan, record: readonly string[], occurredAtIso: string): string {
  const cells = plan.hashOrder.map((i) => (record[i] ?? '').trim());
  const digest = sha256(`${plan.hashPrefix}${JSON.stringify(cells)}`);
  return `csv:${occurredAtIso.replace(/\D/g, '')}:${digest.slice(0, 24)}`;
}

function cellOf(plan: ColumnPlan, record: readonly string[], field: ImportField): string {
  const index = plan.columns[field];
  return index === undefined ? '' : (record[index] ?? '').trim();
}

/**
 * One data row → its signals. Checks what the request schema would reject (so one bad row never
 * fails a whole batch): the date, and the numbers. Type, domain and bombora requirements are the
 * service's per-item checks, reported from its results with the API's messages.
 */
export function rowToSignals(plan: ColumnPlan, record: readonly string[]): RowOutcome {
  const cell = (field: ImportField) => cellOf(plan, record, field);
  const { source } = plan;
  const domain = cell('domain');
  if (domain === '') return { error: 'domain should not be empty' };
  const rawDate = cell('occurredAt');
  if (rawDate === '') return { error: 'occurredAt should not be empty' };
  const occurredAt = parseImportDate(rawDate);
  if (occurredAt === undefined) return { error: `occurredAt must be a valid ISO 8601 date string (got '${rawDate}')` };

  const errors: string[] = [];
  const whole = (field: ImportField, min: number, max: number): number | undefined => {
    const raw = cell(field);
    const n = parseWholeNumber(raw);
    if (n === undefined) return undefined;
    if (!Number.isSafeInteger(n)) errors.push(`${field} must be an integer number (got '${raw}')`);
    else if (n < min) errors.push(`${field} must not be less than ${min} (got '${raw}')`);
    else if (n > max) errors.push(`${field} must not be greater than ${max} (got '${raw}')`);
    else return n;
    return undefined;
  };

  const base: SignalItem = { source, domain, type: '', occurredAt };
  const explicitId = cell('externalSignalId');
  const count = whole('count', 1, MAX_SIGNAL_COUNT);
  if (count !== undefined) base.count = count;
  const url = cell('url');
  if (url !== '') base.url = url;
  const topic = cell('topic');
  if (topic !== '') base.topic = topic;
  const rawScore = cell('score');
  if (rawScore !== '') {
    const score = Number(rawScore);
    if (!Number.isFinite(score)) errors.push(`score must be a number conforming to the specified constraints (got '${rawScore}')`);
    else if (score < 0) errors.push(`score must not be less than 0 (got '${rawScore}')`);
    else if (score > 100) errors.push(`score must not be greater than 100 (got '${rawScore}')`);
    else base.score = Math.round(score);
  }

  const typeCell = cell('type');
  let signals: SignalItem[];
  if (plan.columns.type !== undefined) {
    if (typeCell === '') errors.push('type should not be empty');
    signals = [{ ...base, type: normalizeSignalType(source, typeCell) }];
  } else if (source === 'linkedin') {
    signals = [];
    for (const [field, type] of LINKEDIN_METRICS) {
      const n = whole(field, 0, MAX_SIGNAL_COUNT);
      if (n !== undefined && n > 0) signals.push({ ...base, type, count: n });
    }
  } else if (source === 'website') {
    signals = [{ ...base, type: url === '' ? 'page_view' : websiteTypeForUrl(url) }];
  } else {
    signals = [{ ...base, type: 'surge' }];
  }
  if (errors.length > 0) return { error: errors.join('; ') };

  const id = explicitId !== '' ? explicitId : rowSignalId(plan, record, occurredAt);
  const perType = signals.length > 1 || (source === 'linkedin' && plan.columns.type === undefined);
  for (const signal of signals) signal.externalSignalId = perType ? `${id}:${signal.type}` : id;
  return { signals };
}
