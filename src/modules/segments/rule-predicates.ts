/* eslint-disable @typescript-eslint/prefer-for-of -- indexed loops on purpose: these run per account, per segment, inside write transactions */
import type { Condition, RuleNode } from './segment-rules.js';
import { instantOfDateOrDateTime } from '../../lib/iso-date.js';

/**
 * Evaluation of dynamic segment rules (SPEC §7), compiled: a segment's rules become a predicate once
 * (each `in` list a Set of case-folded values, each comparison bound parsed), and each account's
 * fields are folded once however many conditions and segments read them. An account write
 * evaluates every maintained dynamic segment for every written account inside the write
 * transaction, so the cost of a condition must not grow with the length of its `in` list: an
 * interpreter that folded and scanned the list per account and per value took seconds per batch.
 *
 * Strings compare case-insensitively; a condition on a field the account has no value for is false,
 * except `neq` and `exists: false`; an array field matches when one of its elements does.
 */
export type RulePredicate = (account: RuleSubject) => boolean;

/** Arrays up to this length are searched directly; longer ones get a Set (built once per account and field). */
const SCAN_LIMIT = 8;

const fold = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value);
/** A number, or a date string as epoch milliseconds; NaN for anything rules cannot order. */
export const toComparable = (value: unknown): number =>
  typeof value === 'number' ? (Number.isFinite(value) ? value : NaN) : typeof value === 'string' ? (instantOfDateOrDateTime(value) ?? NaN) : NaN;

/** An `in` list, case-folded and deduplicated, as an array to iterate and a Set to probe. */
interface FoldedList {
  values: readonly unknown[];
  set: ReadonlySet<unknown>;
}

/** One field of one account, in the forms conditions test it; each form is computed on first use. */
class FieldView {
  readonly isArray: boolean;
  /** The value case-folded, or each element of an array value; `[]` for an empty array. */
  readonly folded: readonly unknown[];
  private foldedSet?: ReadonlySet<unknown>;
  private lowerText?: string | null;
  private comparableValue?: number;

  constructor(readonly actual: unknown) {
    this.isArray = Array.isArray(actual);
    this.folded = this.isArray ? (actual as unknown[]).map(fold) : [fold(actual)];
  }

  get present(): boolean {
    const { actual } = this;
    return actual !== null && actual !== undefined && actual !== '' && !(this.isArray && this.folded.length === 0);
  }

  /** Whether the value (or one element) equals an already folded value. */
  has(folded: unknown): boolean {
    if (this.folded.length <= SCAN_LIMIT) return this.folded.includes(folded);
    this.foldedSet ??= new Set(this.folded);
    return this.foldedSet.has(folded);
  }

  /** Whether the value (or one element) is one of a list of folded values: the shorter side is iterated. */
  hasAnyOf(candidates: FoldedList): boolean {
    const { folded } = this;
    if (folded.length <= candidates.values.length) {
      for (let i = 0; i < folded.length; i += 1) if (candidates.set.has(folded[i])) return true;
    } else {
      for (let i = 0; i < candidates.values.length; i += 1) if (this.has(candidates.values[i])) return true;
    }
    return false;
  }

  /** The value lower-cased when it is a string, else null. */
  get text(): string | null {
    if (this.lowerText === undefined) this.lowerText = typeof this.actual === 'string' ? this.actual.toLowerCase() : null;
    return this.lowerText;
  }

  /** A number, or a date string as epoch milliseconds; NaN for anything else. */
  get comparable(): number {
    this.comparableValue ??= toComparable(this.actual);
    return this.comparableValue;
  }
}

/** An account as rules see it (its SPEC §3.1 fields plus custom field values by key), folded lazily. */
export class RuleSubject {
  private readonly views = new Map<string, FieldView>();

  constructor(private readonly record: Readonly<Record<string, unknown>>) {}

  field(name: string): FieldView {
    let view = this.views.get(name);
    if (view === undefined) {
      view = new FieldView(this.record[name]);
      this.views.set(name, view);
    }
    return view;
  }
}

const ORDER_TESTS = {
  gt: (diff: number) => diff > 0,
  gte: (diff: number) => diff >= 0,
  lt: (diff: number) => diff < 0,
  lte: (diff: number) => diff <= 0,
} as const;

function compileCondition({ field, op, value }: Condition): RulePredicate {
  switch (op) {
    case 'exists': {
      const expected = value ?? true;
      return (account) => account.field(field).present === expected;
    }
    case 'eq':
    case 'neq': {
      const folded = fold(value);
      return op === 'eq' ? (account) => account.field(field).has(folded) : (account) => !account.field(field).has(folded);
    }
    case 'in': {
      const set = new Set(Array.isArray(value) ? value.map(fold) : []);
      const candidates: FoldedList = { values: [...set], set };
      return (account) => account.field(field).hasAnyOf(candidates);
    }
    case 'contains': {
      const folded = fold(value);
      const needle = String(value).toLowerCase();
      return (account) => {
        const view = account.field(field);
        return view.isArray ? view.has(folded) : (view.text?.includes(needle) ?? false);
      };
    }
    default: {
      const bound = toComparable(value);
      const test = ORDER_TESTS[op];
      if (Number.isNaN(bound)) return () => false;
      return (account) => {
        const actual = account.field(field).comparable;
        return !Number.isNaN(actual) && test(actual - bound);
      };
    }
  }
}

/** Compiles validated rules (segment-rules.ts) into a predicate over accounts. */
export function compileSegmentRules(rules: RuleNode): RulePredicate {
  if ('all' in rules) {
    const parts = rules.all.map(compileSegmentRules);
    return (account) => {
      for (let i = 0; i < parts.length; i += 1) if (!parts[i](account)) return false;
      return true;
    };
  }
  if ('any' in rules) {
    const parts = rules.any.map(compileSegmentRules);
    return (account) => {
      for (let i = 0; i < parts.length; i += 1) if (parts[i](account)) return true;
      return false;
    };
  }
  return compileCondition(rules);
}

/** Whether one account matches validated rules (compiles them: for many accounts, compile once). */
export function evaluateSegmentRules(rules: RuleNode, record: Readonly<Record<string, unknown>>): boolean {
  return compileSegmentRules(rules)(new RuleSubject(record));
}
