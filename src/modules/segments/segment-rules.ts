import type { ValidationIssue } from '../../http/errors.js';
import { isIso8601Date, isIso8601DateTime } from '../../http/validation.js';

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

const MAX_DEPTH = 5;
const MAX_CONDITIONS = 100;

type Scalar = string | number | boolean | null;
const isScalar = (v: unknown): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isComparable = (v: unknown) =>
  (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && (isIso8601Date(v) || isIso8601DateTime(v)));

function issue(path: string, property: string, key: string, message: string): ValidationIssue {
  return { property, path, constraints: { [key]: message } };
}

function checkValue(op: Operator, value: unknown, path: string): ValidationIssue | undefined {
  const at = `${path}.value`;
  switch (op) {
    case 'exists':
      return value === undefined || typeof value === 'boolean' ? undefined : issue(at, 'value', 'isBoolean', 'value must be a boolean value');
    case 'in':
      return Array.isArray(value) && value.length > 0 && value.every(isScalar)
        ? undefined
        : issue(at, 'value', 'isArray', 'value must be a non-empty array of strings, numbers or booleans for op in');
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return isComparable(value) ? undefined : issue(at, 'value', 'isComparable', `value must be a number or an ISO 8601 date for op ${op}`);
    case 'contains':
      return typeof value === 'string' && value !== '' ? undefined : issue(at, 'value', 'isNotEmpty', 'value should not be empty');
    default:
      return value !== undefined && isScalar(value) ? undefined : issue(at, 'value', 'isNotEmpty', 'value should not be empty');
  }
}

function checkCondition(node: Record<string, unknown>, path: string, fields: ReadonlySet<string>, issues: ValidationIssue[]): void {
  const { field, op, value } = node;
  if (typeof field !== 'string' || !fields.has(field)) {
    issues.push(issue(`${path}.field`, 'field', 'isIn', 'field must be an account field or the key of an active custom field'));
  }
  if (!OPERATORS.includes(op as Operator)) {
    issues.push(issue(`${path}.op`, 'op', 'isIn', `op must be one of the following values: ${OPERATORS.join(', ')}`));
    return;
  }
  const valueIssue = checkValue(op as Operator, value, path);
  if (valueIssue) issues.push(valueIssue);
}

function checkNode(node: unknown, path: string, depth: number, fields: ReadonlySet<string>, issues: ValidationIssue[], count: { n: number }): void {
  if (!isPlainObject(node)) {
    issues.push(issue(path, path.split('.').pop() ?? 'rules', 'isObject', `${path} must be an object`));
    return;
  }
  const group = 'all' in node ? 'all' : 'any' in node ? 'any' : undefined;
  if (group === undefined) {
    count.n += 1;
    checkCondition(node, path, fields, issues);
    return;
  }
  const children = node[group];
  if (Object.keys(node).length !== 1 || !Array.isArray(children) || children.length === 0) {
    issues.push(issue(path, group, 'isRuleGroup', `${path} must hold exactly one non-empty "all" or "any" array`));
    return;
  }
  if (depth >= MAX_DEPTH) {
    issues.push(issue(path, group, 'maxDepth', `rules must not be nested more than ${MAX_DEPTH} levels deep`));
    return;
  }
  children.forEach((child, i) => checkNode(child, `${path}.${group}[${i}]`, depth + 1, fields, issues, count));
}

/**
 * Validates dynamic segment rules against the workspace's fields; returns one issue per problem
 * (empty when the rules are usable).
 */
export function validateSegmentRules(rules: unknown, customFieldKeys: readonly string[]): ValidationIssue[] {
  const fields = new Set<string>([...ACCOUNT_RULE_FIELDS, ...customFieldKeys]);
  const issues: ValidationIssue[] = [];
  const count = { n: 0 };
  if (!isPlainObject(rules) || !('all' in rules || 'any' in rules)) {
    return [issue('rules', 'rules', 'isRuleGroup', 'rules must be an object with a non-empty "all" or "any" array')];
  }
  checkNode(rules, 'rules', 0, fields, issues, count);
  if (count.n > MAX_CONDITIONS) issues.push(issue('rules', 'rules', 'maxConditions', `rules must not hold more than ${MAX_CONDITIONS} conditions`));
  return issues;
}
