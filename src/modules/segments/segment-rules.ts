import type { ValidationIssue } from '../../http/errors.js';
import { toComparable } from './rule-predicates.js';

/** Dynamic segment rules (SPEC §7): `{ all: [...] }` or `{ any: [...] }`, nestable. */
export type SegmentRules = { all: RuleNode[] } | { any: RuleNode[] };
export type RuleNode = SegmentRules | Condition;
export interface Condition {
  field: string;
  op: Operator;
  value?: unknown;
}

export const OPERATORS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'contains', 'exists'] as const;
export type Operator = (typeof OPERATORS)[number];

/** Account fields a rule may test, by their names in the account output (SPEC §3.1). */
export const ACCOUNT_RULE_FIELDS = [
  'name',
  'domain',
  'externalId',
  'shortName',
  'linkedinUrl',
  'tags',
  'rtp_account_score',
  'rtp_journey_stage',
  'rtp_website_intent_score',
  'rtp_bombora_intent_score',
  'rtp_g2_intent_score',
  'rtp_advertising_activity_score',
  'rtp_last_account_date',
] as const;

/**
 * What one rule set may hold (docs/operations.md, "Segment rule limits"). Rules are evaluated inside
 * every account write of the workspace and in every scoring run, so their size is a cost every write
 * pays; these bound it, and keep the validation of a hostile body itself cheap.
 */
export const RULE_LIMITS = {
  /** The rules as compact JSON, in UTF-8 bytes. */
  maxBytes: 16 * 1024,
  /** Levels of `all`/`any` groups, the outermost included. */
  maxDepth: 5,
  maxConditions: 100,
  /** Values of one `in` list. */
  maxInValues: 100,
  /** Characters of a string value (a condition's value or an element of an `in` list). */
  maxValueLength: 256,
} as const;

const GROUP_KEYS = ['all', 'any'] as const;
const CONDITION_KEYS = new Set(['field', 'op', 'value']);
const ORDERED_OPS = new Set<Operator>(['gt', 'gte', 'lt', 'lte']);

type Scalar = string | number | boolean | null;
const isScalar = (v: unknown): v is Scalar => v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Comparable exactly when evaluation can order it: one function decides both (rule-predicates.ts). */
const isComparable = (v: unknown) =>
  (typeof v === 'number' || typeof v === 'string') && !Number.isNaN(toComparable(v));

function issue(path: string, property: string, key: string, message: string): ValidationIssue {
  return { property, path, constraints: { [key]: message } };
}

/** One validation pass over a rule set. */
class RuleCheck {
  readonly issues: ValidationIssue[] = [];
  conditions = 0;

  constructor(private readonly fields: ReadonlySet<string>) {}

  node(node: unknown, path: string, depth: number): void {
    // Past the limit the count is all that matters: a huge body is not walked (or reported) to its end.
    if (this.conditions > RULE_LIMITS.maxConditions) return;
    if (!isPlainObject(node)) {
      this.issues.push(issue(path, path.split('.').pop() ?? 'rules', 'isObject', `${path} must be an object`));
      return;
    }
    const group = GROUP_KEYS.find((key) => Object.hasOwn(node, key));
    if (group === undefined) this.condition(node, path);
    else this.group(node, group, path, depth);
  }

  private group(node: Record<string, unknown>, group: 'all' | 'any', path: string, depth: number): void {
    const children = node[group];
    if (Object.hasOwn(node, group === 'all' ? 'any' : 'all') || !Array.isArray(children) || children.length === 0) {
      this.issues.push(issue(path, group, 'isRuleGroup', `${path} must hold exactly one non-empty "all" or "any" array`));
      return;
    }
    this.unknownKeys(node, path, (key) => key === group);
    if (depth >= RULE_LIMITS.maxDepth) {
      this.issues.push(issue(path, group, 'maxDepth', `rules must not be nested more than ${RULE_LIMITS.maxDepth} levels deep`));
      return;
    }
    children.forEach((child, i) => this.node(child, `${path}.${group}[${i}]`, depth + 1));
  }

  private condition(node: Record<string, unknown>, path: string): void {
    this.conditions += 1;
    const { field, op, value } = node;
    if (typeof field !== 'string' || !this.fields.has(field)) {
      this.issues.push(issue(`${path}.field`, 'field', 'isIn', 'field must be an account field or the key of an active custom field'));
    }
    this.unknownKeys(node, path, (key) => CONDITION_KEYS.has(key));
    if (!OPERATORS.includes(op as Operator)) {
      this.issues.push(issue(`${path}.op`, 'op', 'isIn', `op must be one of the following values: ${OPERATORS.join(', ')}`));
      return;
    }
    this.value(op as Operator, value, `${path}.value`);
  }

  /** Rules are stored and shown back: a key that means nothing is refused, not kept (SPEC §2.4 whitelistValidation). */
  private unknownKeys(node: Record<string, unknown>, path: string, known: (key: string) => boolean): void {
    for (const key of Object.keys(node)) {
      if (!known(key)) this.issues.push(issue(`${path}.${key}`, key, 'whitelistValidation', `property ${key} should not exist`));
    }
  }

  private value(op: Operator, value: unknown, path: string): void {
    if (op === 'in') {
      this.inList(value, path);
      return;
    }
    const problem = valueProblem(op, value);
    if (problem) this.issues.push(issue(path, 'value', ...problem));
    else this.textLength(value, path, 'value');
  }

  private inList(value: unknown, path: string): void {
    if (!Array.isArray(value) || value.length === 0 || !value.every(isScalar)) {
      this.issues.push(issue(path, 'value', 'isArray', 'value must be a non-empty array of strings, numbers or booleans for op in'));
    } else if (value.length > RULE_LIMITS.maxInValues) {
      this.issues.push(issue(path, 'value', 'arrayMaxSize', `value must contain no more than ${RULE_LIMITS.maxInValues} elements`));
    } else {
      value.forEach((element, i) => this.textLength(element, `${path}[${i}]`, 'each value in value'));
    }
  }

  private textLength(value: unknown, path: string, subject: string): void {
    if (typeof value === 'string' && value.length > RULE_LIMITS.maxValueLength) {
      this.issues.push(
        issue(path, 'value', 'maxLength', `${subject} must be shorter than or equal to ${RULE_LIMITS.maxValueLength} characters`),
      );
    }
  }
}

/** What is wrong with a condition's value for its op (not `in`), as a constraint key and message. */
function valueProblem(op: Operator, value: unknown): [string, string] | undefined {
  if (op === 'exists') return value === undefined || typeof value === 'boolean' ? undefined : ['isBoolean', 'value must be a boolean value'];
  if (ORDERED_OPS.has(op)) return isComparable(value) ? undefined : ['isComparable', `value must be a number or an ISO 8601 date for op ${op}`];
  if (op === 'contains') return typeof value === 'string' && value !== '' ? undefined : ['isNotEmpty', 'value should not be empty'];
  if (typeof value === 'number' && !Number.isFinite(value)) return ['isNumber', 'value must be a number conforming to the specified constraints'];
  return value !== undefined && isScalar(value) ? undefined : ['isNotEmpty', 'value should not be empty'];
}

/** The size of rules as compact JSON, in UTF-8 bytes; undefined for a value nested too deep to serialise. */
export function ruleBytes(rules: unknown): number | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify(undefined) is undefined, whatever its type says
    return Buffer.byteLength(JSON.stringify(rules) ?? '', 'utf8');
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * Validates dynamic segment rules against the workspace's fields and RULE_LIMITS; returns one issue
 * per problem (empty when the rules are usable). The walk never descends into anything but groups,
 * so a value nested thousands of levels deep is reported where it sits (an unknown key, a value that
 * is not a scalar), not followed.
 */
export function validateSegmentRules(rules: unknown, customFieldKeys: readonly string[]): ValidationIssue[] {
  if (!isPlainObject(rules) || !GROUP_KEYS.some((key) => Object.hasOwn(rules, key))) {
    return [issue('rules', 'rules', 'isRuleGroup', 'rules must be an object with a non-empty "all" or "any" array')];
  }
  const tooLarge = issue('rules', 'rules', 'maxBytes', `rules must not be larger than ${RULE_LIMITS.maxBytes} bytes as JSON`);
  const bytes = ruleBytes(rules);
  if (bytes !== undefined && bytes > RULE_LIMITS.maxBytes) return [tooLarge];
  const check = new RuleCheck(new Set<string>([...ACCOUNT_RULE_FIELDS, ...customFieldKeys]));
  check.node(rules, 'rules', 0);
  if (check.conditions > RULE_LIMITS.maxConditions) {
    check.issues.push(issue('rules', 'rules', 'maxConditions', `rules must not hold more than ${RULE_LIMITS.maxConditions} conditions`));
  }
  // Too deep to serialise is never a usable rule set, whatever the walk found.
  if (bytes === undefined && check.issues.length === 0) check.issues.push(tooLarge);
  return check.issues;
}

// ---- what a workspace's dynamic segments may hold together ----------------------------------------

/**
 * Every account write evaluates all of its workspace's active and draft dynamic segments for every
 * account it writes, so what they hold together is what one write costs (docs/operations.md).
 */
export const WORKSPACE_RULE_LIMITS = {
  maxDynamicSegments: 50,
  maxConditions: 500,
  /** Values of all `in` lists together. */
  maxInValues: 1000,
} as const;

/** What a workspace's active and draft dynamic segments hold together. */
export interface RuleLoad {
  segments: number;
  conditions: number;
  inValues: number;
}

/** The load of stored (validated) rule sets. */
export function ruleLoad(ruleSets: readonly RuleNode[]): RuleLoad {
  const load: RuleLoad = { segments: ruleSets.length, conditions: 0, inValues: 0 };
  const visit = (node: RuleNode): void => {
    if ('all' in node) node.all.forEach(visit);
    else if ('any' in node) node.any.forEach(visit);
    else {
      load.conditions += 1;
      if (node.op === 'in' && Array.isArray(node.value)) load.inValues += node.value.length;
    }
  };
  ruleSets.forEach(visit);
  return load;
}

/**
 * Why a change of a workspace's segments from one load to another is refused: it adds to a measure
 * that would then be over its limit. (A workspace over a limit from before the limits existed may
 * still shrink or rename its segments.)
 */
export function ruleLoadProblem(before: RuleLoad, after: RuleLoad): string | undefined {
  const { maxDynamicSegments, maxConditions, maxInValues } = WORKSPACE_RULE_LIMITS;
  const over = (measure: keyof RuleLoad, limit: number) => after[measure] > limit && after[measure] > before[measure];
  if (over('segments', maxDynamicSegments)) {
    return `A workspace may have at most ${maxDynamicSegments} active or draft dynamic segments`;
  }
  if (over('conditions', maxConditions)) {
    return `The active and draft dynamic segments of a workspace may hold at most ${maxConditions} conditions in all; this change would bring them to ${after.conditions}`;
  }
  if (over('inValues', maxInValues)) {
    return `The active and draft dynamic segments of a workspace may hold at most ${maxInValues} "in" values in all; this change would bring them to ${after.inValues}`;
  }
  return undefined;
}
