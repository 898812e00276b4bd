import { Ajv, type ErrorObject, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { isIsoDate, isIsoDateTime } from '../lib/iso-date.js';
import type { ValidationIssue } from './errors.js';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv,
  formats: string[],
) => Ajv;

type Constraints = Record<string, string>;
/** Schema annotation: report this required field, when missing, with its type constraint. */
export const MISSING_AS_TYPE_ERROR = 'x-missing-as-type-error';

interface SchemaLike {
  [MISSING_AS_TYPE_ERROR]?: boolean;
  type?: string | string[];
  minItems?: number;
  properties?: Record<string, SchemaLike>;
}

/**
 * Two validators: bodies are checked exactly as sent (a number is never silently turned into a
 * string), while query strings and path params arrive as text and are coerced to their types.
 * `verbose` gives each error the schema and value the message templates need.
 */
export function createAjv(part: 'body' | 'query'): Ajv {
  const options: Options = {
    allErrors: true,
    verbose: true,
    strict: false,
    removeAdditional: false,
    // JSON.parse turns 1e400 into Infinity; `strict: false` would let it pass as a number.
    strictNumbers: true,
    useDefaults: true,
    coerceTypes: part === 'query' ? 'array' : false,
  };
  const ajv = new Ajv(options);
  addFormats(ajv, ['date-time', 'date', 'email', 'uri']);
  // The services read dates with the same functions, so what passes here is what they read (SPEC §2.5).
  ajv.addFormat('iso8601', { type: 'string', validate: isIsoDateTime });
  ajv.addFormat('iso8601-date-or-time', { type: 'string', validate: (v: string) => isIsoDate(v) || isIsoDateTime(v) });
  return ajv;
}

function typeConstraint(type: string): [string, string] {
  switch (type) {
    case 'string':
      return ['isString', 'must be a string'];
    case 'number':
      return ['isNumber', 'must be a number conforming to the specified constraints'];
    case 'integer':
      return ['isInt', 'must be an integer number'];
    case 'boolean':
      return ['isBoolean', 'must be a boolean value'];
    case 'array':
      return ['isArray', 'must be an array'];
    default:
      return ['isObject', 'must be an object'];
  }
}

function firstType(schema: SchemaLike | undefined): string | undefined {
  const type = schema?.type;
  return Array.isArray(type) ? type.find((t) => t !== 'null') : type;
}

/** `/accounts/0/domain` → `accounts[0].domain`. */
function formatPath(segments: string[]): string {
  return segments.reduce((out, seg) => (/^\d+$/.test(seg) ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
}

function splitPointer(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The name used in messages: the leaf property, or "each value in <array>" for an array element. */
function subjectOf(segments: string[]): { property: string; subject: string } {
  const leaf = segments.at(-1);
  if (leaf === undefined) return { property: 'body', subject: 'body' };
  if (/^\d+$/.test(leaf)) {
    const parent = [...segments].reverse().find((s) => !/^\d+$/.test(s)) ?? 'body';
    return { property: parent, subject: `each value in ${parent}` };
  }
  return { property: leaf, subject: leaf };
}

function constraintsFor(error: ErrorObject, subject: string): Constraints {
  const p = subject;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': {
      if (error.data === null) return { isNotEmpty: `${p} should not be empty` };
      const [key, text] = typeConstraint(firstType(error.parentSchema as SchemaLike) ?? String(params.type));
      const out: Constraints = { [key]: `${p} ${text}` };
      const minItems = (error.parentSchema as SchemaLike).minItems;
      if (key === 'isArray' && minItems) out.arrayMinSize = `${p} must contain at least ${minItems} elements`;
      return out;
    }
    case 'minLength':
      return Number(params.limit) <= 1
        ? { isNotEmpty: `${p} should not be empty` }
        : { minLength: `${p} must be longer than or equal to ${String(params.limit)} characters` };
    case 'maxLength':
      return { maxLength: `${p} must be shorter than or equal to ${String(params.limit)} characters` };
    case 'minItems':
      return { arrayMinSize: `${p} must contain at least ${String(params.limit)} elements` };
    case 'maxItems':
      return { arrayMaxSize: `${p} must contain no more than ${String(params.limit)} elements` };
    case 'minimum':
    case 'exclusiveMinimum':
      return { min: `${p} must not be less than ${String(params.limit)}` };
    case 'maximum':
    case 'exclusiveMaximum':
      return { max: `${p} must not be greater than ${String(params.limit)}` };
    case 'enum':
      if (error.data === null) return { isNotEmpty: `${p} should not be empty` };
      return { isIn: `${p} must be one of the following values: ${(params.allowedValues as unknown[]).filter((v) => v !== null).map(String).join(', ')}` };
    case 'const':
      return { isIn: `${p} must be one of the following values: ${String(params.allowedValue)}` };
    case 'uniqueItems':
      return { arrayUnique: `All ${p}'s elements must be unique` };
    case 'format':
      if (params.format === 'email') return { isEmail: `${p} must be an email` };
      if (String(params.format).startsWith('iso8601') || params.format === 'date-time' || params.format === 'date') {
        return { isISO8601: `${p} must be a valid ISO 8601 date string` };
      }
      return { [`is${String(params.format)}`]: `${p} must be a valid ${String(params.format)}` };
    case 'pattern':
      return { matches: `${p} must match ${String(params.pattern)} regular expression` };
    default:
      return { [error.keyword]: `${p} ${error.message ?? 'is invalid'}` };
  }
}

/** Where an Ajv error points, and what it says there, in the templates of SPEC §2.4. */
function locate(error: ErrorObject): { segments: string[]; constraints: Constraints } {
  const base = splitPointer(error.instancePath);
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty: string }).missingProperty);
    const segments = [...base, missing];
    const fieldSchema = (error.parentSchema as SchemaLike | undefined)?.properties?.[missing];
    // A field may say a missing value is a type error instead (the CRM generation's externalId).
    if (fieldSchema?.[MISSING_AS_TYPE_ERROR]) {
      const [key, text] = typeConstraint(firstType(fieldSchema) ?? 'string');
      return { segments, constraints: { [key]: `${missing} ${text}` } };
    }
    if (firstType(fieldSchema) === 'array') {
      const min = fieldSchema?.minItems ?? 1;
      return {
        segments,
        constraints: { isArray: `${missing} must be an array`, arrayMinSize: `${missing} must contain at least ${min} elements` },
      };
    }
    return { segments, constraints: { isNotEmpty: `${missing} should not be empty` } };
  }
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty: string }).additionalProperty);
    return { segments: [...base, extra], constraints: { whitelistValidation: `property ${extra} should not exist` } };
  }
  return { segments: base, constraints: constraintsFor(error, subjectOf(base).subject) };
}

/** Ajv's errors folded into one issue per offending property, in the order they were found. */
export function toValidationIssues(errors: ErrorObject[], prefix = ''): ValidationIssue[] {
  const byPath = new Map<string, ValidationIssue>();
  for (const error of errors) {
    if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    const { segments, constraints } = locate(error);
    const path = formatPath(prefix ? [prefix, ...segments] : segments) || 'body';
    const existing = byPath.get(path);
    if (existing) Object.assign(existing.constraints, constraints);
    else byPath.set(path, { property: subjectOf(segments).property, path, constraints: { ...constraints } });
  }
  return [...byPath.values()];
}

interface Visit {
  value: unknown;
  segment: string | undefined;
  parent: Visit | undefined;
  /** The object key this value sits under, checked too. */
  key?: string;
}

function segmentsOf(visit: Visit): string[] {
  const out: string[] = [];
  for (let at: Visit | undefined = visit; at?.segment !== undefined; at = at.parent) out.push(at.segment);
  return out.reverse();
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNPRINTABLE = new RegExp(`[\\u0000-\\u001f]|${LONE_SURROGATE.source}`, 'g');

/** A name fit for a message: control characters and lone surrogates shown as escapes. */
function printable(name: string): string {
  return name.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function textConstraints(text: string, subject: string): Constraints | undefined {
  const constraints: Constraints = {};
  if (text.includes('\u0000')) constraints.noNulCharacter = `${subject} must not contain NUL characters`;
  if (LONE_SURROGATE.test(text)) constraints.isWellFormed = `${subject} must be well-formed Unicode text`;
  return Object.keys(constraints).length > 0 ? constraints : undefined;
}

/** A number JSON cannot carry back: JSON.parse reads 1e400 as Infinity, which JSON.stringify writes as null. */
function numberConstraints(value: number, subject: string): Constraints | undefined {
  return Number.isFinite(value) ? undefined : { isNumber: `${subject} ${typeConstraint('number')[1]}` };
}

/**
 * Values the two engines cannot store alike, or not faithfully at all: PostgreSQL rejects NUL in
 * text and jsonb and an unpaired surrogate in jsonb, where SQLite keeps both; a non-finite number
 * would be stored as Infinity and read back as null. Every string value, object key and number of
 * a request body is checked — including where the schema accepts anything (custom-field values,
 * segment rules) — so such a body is a 400 (SPEC §2.4 shape) on both engines instead of a 500 on
 * one or a silent change. Iterative, so a deeply nested body cannot overflow the stack.
 */
export function unstorableValueIssues(body: unknown): ValidationIssue[] {
  const byPath = new Map<string, ValidationIssue>();
  const report = (segments: string[], constraints: Constraints) => {
    const path = formatPath(segments) || 'body';
    const existing = byPath.get(path);
    if (existing) Object.assign(existing.constraints, constraints);
    else byPath.set(path, { property: subjectOf(segments).property, path, constraints });
  };
  const stack: Visit[] = [{ value: body, segment: undefined, parent: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value, key } = visit;
    const keyConstraints = key === undefined ? undefined : textConstraints(key, `property ${printable(key)}`);
    if (keyConstraints) report(segmentsOf(visit), keyConstraints);
    if (typeof value === 'string') {
      const segments = segmentsOf(visit);
      const constraints = textConstraints(value, subjectOf(segments).subject);
      if (constraints) report(segments, constraints);
    } else if (typeof value === 'number') {
      const segments = segmentsOf(visit);
      const constraints = numberConstraints(value, subjectOf(segments).subject);
      if (constraints) report(segments, constraints);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i], segment: String(i), parent: visit });
    } else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        stack.push({ value: (value as Record<string, unknown>)[keys[i]], segment: printable(keys[i]), parent: visit, key: keys[i] });
      }
    }
  }
  return [...byPath.values()];
}
