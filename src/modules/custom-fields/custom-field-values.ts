import { fitsLength, MAX_LENGTH } from '../../http/limits.js';
import { normalizeDateOrDateTime } from '../../lib/iso-date.js';

/**
 * Custom-field value checks of SPEC §3.7 as pure functions, shared by every endpoint that writes
 * values (POST /accounts, PUT /accounts/:id, the CRM generation).
 */

export const CUSTOM_FIELD_TYPES = ['singleLineText', 'multiLineText', 'singleSelection', 'multiSelection', 'number', 'date'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export const SELECTION_TYPES: readonly CustomFieldType[] = ['singleSelection', 'multiSelection'];

type TextType = 'singleLineText' | 'multiLineText';

/** The longest value, in characters, of each text type (docs/operations.md, "Limits"). */
export const TEXT_VALUE_MAX_LENGTH: Readonly<Record<TextType, number>> = {
  singleLineText: MAX_LENGTH.text,
  multiLineText: MAX_LENGTH.longText,
};

const isTextType = (type: CustomFieldType): type is TextType => type in TEXT_VALUE_MAX_LENGTH;

/** What the checker needs to know about a field; a full `CustomField` satisfies it. */
export interface FieldDefinition {
  key: string;
  labelType: CustomFieldType;
  options: readonly string[];
}

/** A stored value: `null` clears the field. */
export type CustomFieldValue = string | number | string[] | null;
export type CustomFieldValues = Record<string, CustomFieldValue>;

export type CustomFieldCheck =
  | { ok: true; values: CustomFieldValues }
  | { ok: false; reason: 'unknown-keys'; keys: string[]; message: string }
  | { ok: false; reason: 'wrong-type'; key: string; expected: string; message: string };

export interface MessageOptions {
  /** A sentence appended after the message, e.g. {@link UNABLE_TO_ADD_ACCOUNT}. */
  tail?: string;
}

/** The tail POST /accounts (External API generation) puts after both value errors (SPEC §3.2). */
export const UNABLE_TO_ADD_ACCOUNT = 'Unable to add this account.';

function withTail(message: string, options: MessageOptions): string {
  return options.tail ? `${message}. ${options.tail}` : message;
}

/** `Custom field key(s) not found: A_C, B_C`, optionally followed by a tail sentence. */
export function unknownKeysMessage(keys: readonly string[], options: MessageOptions = {}): string {
  return withTail(`Custom field key(s) not found: ${keys.join(', ')}`, options);
}

/** `Custom field 'A_C' expects a number`, optionally followed by a tail sentence. */
export function wrongTypeMessage(key: string, expected: string, options: MessageOptions = {}): string {
  return withTail(`Custom field '${key}' expects ${expected}`, options);
}

/**
 * The phrase after "expects" in {@link wrongTypeMessage} for `value`: what the field takes, and for
 * a text that is too long, how long it may be.
 */
export function expectationPhrase(field: Pick<FieldDefinition, 'labelType' | 'options'>, value?: unknown): string {
  if (isTextType(field.labelType) && typeof value === 'string') return `a string of at most ${TEXT_VALUE_MAX_LENGTH[field.labelType]} characters`;
  switch (field.labelType) {
    case 'number':
      return 'a number';
    case 'date':
      return 'a date';
    case 'singleSelection':
      return `one of: ${field.options.join(', ')}`;
    case 'multiSelection':
      return `a list of: ${field.options.join(', ')}`;
    default:
      return 'a string';
  }
}

/** A date kept as `YYYY-MM-DD`, a date-time normalised to UTC with milliseconds (lib/iso-date.ts). */
function normalizeDate(value: unknown): string | undefined {
  return typeof value === 'string' ? normalizeDateOrDateTime(value) : undefined;
}

function normalizeMultiSelection(value: unknown, options: readonly string[]): string[] | undefined {
  // Distinct options: never more values than options, whatever the length of what was sent.
  if (!Array.isArray(value) || value.length > options.length) return undefined;
  const items: unknown[] = value;
  if (!items.every((item): item is string => typeof item === 'string' && options.includes(item))) return undefined;
  return new Set(items).size === items.length ? [...items] : undefined;
}

/** The stored form of a non-null value, or undefined when it does not fit the field's type. */
export function normalizeValue(field: FieldDefinition, value: unknown): Exclude<CustomFieldValue, null> | undefined {
  switch (field.labelType) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'date':
      return normalizeDate(value);
    case 'singleSelection':
      return typeof value === 'string' && field.options.includes(value) ? value : undefined;
    case 'multiSelection':
      return normalizeMultiSelection(value, field.options);
    default:
      return typeof value === 'string' && fitsLength(value, TEXT_VALUE_MAX_LENGTH[field.labelType]) ? value : undefined;
  }
}

/**
 * Checks `input` (key → value) against the workspace's active fields. Unknown keys are reported
 * first, all of them in input order; then the first value (in input order) of the wrong type.
 * Entries whose value is `undefined` are treated as absent.
 */
export function checkCustomFieldValues(
  fields: readonly FieldDefinition[],
  input: Readonly<Record<string, unknown>>,
  options: MessageOptions = {},
): CustomFieldCheck {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const entries = Object.entries(input).filter(([, value]) => value !== undefined);
  const unknown = entries.map(([key]) => key).filter((key) => !byKey.has(key));
  if (unknown.length > 0) return { ok: false, reason: 'unknown-keys', keys: unknown, message: unknownKeysMessage(unknown, options) };
  const values: Array<[string, CustomFieldValue]> = [];
  for (const [key, value] of entries) {
    const field = byKey.get(key)!;
    const normalized = value === null ? null : normalizeValue(field, value);
    if (normalized === undefined) {
      const expected = expectationPhrase(field, value);
      return { ok: false, reason: 'wrong-type', key, expected, message: wrongTypeMessage(key, expected, options) };
    }
    values.push([key, normalized]);
  }
  // fromEntries defines own properties, so a key such as `__proto__` cannot reach the prototype.
  return { ok: true, values: Object.fromEntries(values) };
}
