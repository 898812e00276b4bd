/**
 * The rule builder's model of SPEC §7 rules: groups and conditions as the form edits them (every value
 * as typed), and the conversions to and from the API's rules. Each node knows its path in the API's
 * rules (`rules.all[0].any[2]`), so the server's validation issues can be shown at the condition they
 * are about.
 */
import type { components } from '../api/client';

type CustomField = components['schemas']['CustomField'];

export type GroupMode = 'all' | 'any';
export type Operator = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'contains' | 'exists';
export type FieldKind = 'text' | 'number' | 'date' | 'list' | 'stage';

export interface RuleCondition {
  kind: 'condition';
  id: string;
  field: string;
  op: Operator;
  /** As typed: a number or a date as text, the `in` list one per line or comma-separated, `true`/`false` for exists. */
  value: string;
}

export interface RuleGroup {
  kind: 'group';
  id: string;
  mode: GroupMode;
  children: RuleNode[];
}

export type RuleNode = RuleCondition | RuleGroup;

/** The server's limit of group levels (RULE_LIMITS.maxDepth, the outermost included). */
export const MAX_GROUP_DEPTH = 5;

export const OPERATOR_LABELS: Record<Operator, string> = {
  eq: 'is',
  neq: 'is not',
  gt: 'greater than',
  gte: 'at least',
  lt: 'less than',
  lte: 'at most',
  in: 'is one of',
  contains: 'contains',
  exists: 'is set',
};

/** Each kind's operators, the one a new condition starts with first. */
const OPERATORS_BY_KIND: Record<FieldKind, [Operator, ...Operator[]]> = {
  text: ['eq', 'neq', 'contains', 'in', 'exists'],
  number: ['gte', 'gt', 'lte', 'lt', 'eq', 'neq', 'in', 'exists'],
  date: ['gte', 'gt', 'lte', 'lt', 'exists'],
  list: ['contains', 'in', 'exists'],
  stage: ['eq', 'neq', 'in'],
};

export interface RuleField {
  key: string;
  label: string;
  kind: FieldKind;
  /** Choices to offer (journey stages, selection options). */
  options?: string[];
  custom?: boolean;
}

/** The account fields rules may test (ACCOUNT_RULE_FIELDS of src/modules/segments/segment-rules.ts). */
const ACCOUNT_SCORE: RuleField = { key: 'rtp_account_score', label: 'Account score', kind: 'number' };

export const ACCOUNT_FIELDS: RuleField[] = [
  ACCOUNT_SCORE,
  { key: 'rtp_journey_stage', label: 'Journey stage', kind: 'stage' },
  { key: 'tags', label: 'Tags', kind: 'list' },
  { key: 'name', label: 'Name', kind: 'text' },
  { key: 'domain', label: 'Domain', kind: 'text' },
  { key: 'rtp_website_intent_score', label: 'Website intent score', kind: 'number' },
  { key: 'rtp_bombora_intent_score', label: 'Bombora intent score', kind: 'number' },
  { key: 'rtp_g2_intent_score', label: 'G2 intent score', kind: 'number' },
  { key: 'rtp_advertising_activity_score', label: 'Advertising activity score', kind: 'number' },
  { key: 'rtp_last_account_date', label: 'Last change', kind: 'date' },
  { key: 'externalId', label: 'External id', kind: 'text' },
  { key: 'shortName', label: 'Short name', kind: 'text' },
  { key: 'linkedinUrl', label: 'LinkedIn URL', kind: 'text' },
];

const CUSTOM_KINDS: Record<CustomField['labelType'], FieldKind> = {
  singleLineText: 'text',
  multiLineText: 'text',
  singleSelection: 'text',
  multiSelection: 'list',
  number: 'number',
  date: 'date',
};

export function customRuleFields(fields: readonly CustomField[]): RuleField[] {
  return fields.map((f) => ({ key: f.key, label: f.label, kind: CUSTOM_KINDS[f.labelType], options: f.options.length > 0 ? f.options : undefined, custom: true }));
}

export function operatorsFor(field: RuleField | undefined): [Operator, ...Operator[]] {
  return field ? OPERATORS_BY_KIND[field.kind] : OPERATORS_BY_KIND.text;
}

let lastId = 0;
const nextId = () => `rule-${(lastId += 1)}`;

export function newCondition(field: RuleField | undefined = ACCOUNT_SCORE): RuleCondition {
  return { kind: 'condition', id: nextId(), field: field.key, op: operatorsFor(field)[0], value: '' };
}

export function newGroup(mode: GroupMode = 'all', children: RuleNode[] = [newCondition()]): RuleGroup {
  return { kind: 'group', id: nextId(), mode, children };
}

// ---- to the API --------------------------------------------------------------------------------

/** The items of an `in` list as typed: one per line or comma-separated. */
export function listItems(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A number when the field is numeric and the text is one; otherwise the text (the server says what is wrong with it). */
function typed(text: string, field: RuleField | undefined): string | number {
  const trimmed = text.trim();
  if (field?.kind === 'number' && trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  return trimmed;
}

function conditionToApi(condition: RuleCondition, fields: ReadonlyMap<string, RuleField>): Record<string, unknown> {
  const field = fields.get(condition.field);
  const { op } = condition;
  if (op === 'exists') return { field: condition.field, op, value: condition.value !== 'false' };
  if (op === 'in') return { field: condition.field, op, value: listItems(condition.value).map((item) => typed(item, field)) };
  return { field: condition.field, op, value: typed(condition.value, field) };
}

/** The API's rules for a group, and the path of every node in them by node id. */
export function toApiRules(group: RuleGroup, fields: ReadonlyMap<string, RuleField>): { rules: Record<string, unknown>; paths: Map<string, string> } {
  const paths = new Map<string, string>();
  const visit = (node: RuleNode, path: string): Record<string, unknown> => {
    paths.set(node.id, path);
    if (node.kind === 'condition') return conditionToApi(node, fields);
    return { [node.mode]: node.children.map((child, i) => visit(child, `${path}.${node.mode}[${i}]`)) };
  };
  return { rules: visit(group, 'rules'), paths };
}

// ---- from the API ------------------------------------------------------------------------------

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored scalar as the form shows it (rules hold strings, numbers and booleans only). */
const scalarText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

function valueText(op: Operator, value: unknown): string {
  if (op === 'exists') return value === false ? 'false' : 'true';
  if (Array.isArray(value)) return value.map(scalarText).join('\n');
  return scalarText(value);
}

/** A stored segment's rules as the builder's tree (the server validated them when they were saved). */
export function fromApiRules(rules: unknown): RuleGroup {
  const visit = (node: unknown): RuleNode => {
    if (isObject(node) && Array.isArray(node.all)) return newGroup('all', node.all.map(visit));
    if (isObject(node) && Array.isArray(node.any)) return newGroup('any', node.any.map(visit));
    const condition = isObject(node) ? node : {};
    const op = (typeof condition.op === 'string' ? condition.op : 'eq') as Operator;
    return { kind: 'condition', id: nextId(), field: scalarText(condition.field), op, value: valueText(op, condition.value) };
  };
  const root = visit(rules);
  return root.kind === 'group' ? root : newGroup('all', [root]);
}

// ---- editing -----------------------------------------------------------------------------------

/** The tree with `id`'s node replaced by `change(node)` (null removes it). */
export function updateNode(group: RuleGroup, id: string, change: (node: RuleNode) => RuleNode | null): RuleGroup {
  const children = group.children.flatMap((child): RuleNode[] => {
    if (child.id === id) {
      const changed = change(child);
      return changed === null ? [] : [changed];
    }
    return child.kind === 'group' ? [updateNode(child, id, change)] : [child];
  });
  return { ...group, children };
}

// ---- the server's validation issues --------------------------------------------------------------

export interface ValidationIssue {
  property: string;
  path: string;
  constraints: Record<string, string>;
}

/**
 * The server's issues, each at the node its path is about: the deepest node whose path is the issue's
 * path or a prefix of it (`rules.all[1].value` → the condition at `rules.all[1]`).
 */
export function issuesByNode(issues: readonly ValidationIssue[], paths: ReadonlyMap<string, string>): Map<string, string[]> {
  const byNode = new Map<string, string[]>();
  for (const issue of issues) {
    let best: { id: string; length: number } | undefined;
    for (const [id, path] of paths) {
      const about = issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`);
      if (about && (best === undefined || path.length > best.length)) best = { id, length: path.length };
    }
    const key = best?.id ?? '';
    byNode.set(key, [...(byNode.get(key) ?? []), ...Object.values(issue.constraints)]);
  }
  return byNode;
}

export function isValidationIssues(data: unknown): data is ValidationIssue[] {
  return Array.isArray(data) && data.every((item) => isObject(item) && typeof item.path === 'string' && isObject(item.constraints));
}
