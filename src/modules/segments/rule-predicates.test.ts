import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { compileSegmentRules, RuleSubject } from './rule-predicates.js';
import { OPERATORS, type Condition, type RuleNode } from './segment-rules.js';

// ---- the reference: SPEC §7 read literally, one condition at a time, nothing precomputed ----------

const fold = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);
const equal = (a: unknown, b: unknown) => fold(a) === fold(b);
const toComparable = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : NaN);
const present = (v: unknown) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);

function referenceCondition({ field, op, value }: Condition, record: Record<string, unknown>): boolean {
  const actual = record[field];
  const values = Array.isArray(actual) ? actual : [actual];
  switch (op) {
    case 'exists':
      return present(actual) === (value ?? true);
    case 'eq':
      return values.some((v) => equal(v, value));
    case 'neq':
      return !values.some((v) => equal(v, value));
    case 'in':
      return values.some((v) => (value as unknown[]).some((candidate) => equal(v, candidate)));
    case 'contains':
      return Array.isArray(actual)
        ? actual.some((v) => equal(v, value))
        : typeof actual === 'string' && actual.toLowerCase().includes(String(value).toLowerCase());
    default: {
      const [a, b] = [toComparable(actual), toComparable(value)];
      if (Number.isNaN(a) || Number.isNaN(b)) return false;
      return { gt: a > b, gte: a >= b, lt: a < b, lte: a <= b }[op];
    }
  }
}

function reference(rules: RuleNode, record: Record<string, unknown>): boolean {
  if ('all' in rules) return rules.all.every((node) => reference(node, record));
  if ('any' in rules) return rules.any.some((node) => reference(node, record));
  return referenceCondition(rules, record);
}

// ---- generators: few distinct words in mixed case, so conditions match often ---------------------

const FIELDS = ['name', 'tags', 'rtp_account_score', 'rtp_last_account_date', 'externalId', 'REGIONS_C', 'FLAG_C', 'MISSING_C'];
const word = fc.constantFrom('acme', 'ACME', 'Acme Corp', 'emea', 'EMEA', 'us', 'Us', '', 'x');
const date = fc.constantFrom('2026-01-01', '2026-04-30T09:00:00.000Z', '2026-04-30T10:00:00+02:00', '2027-12-31');
const number = fc.oneof(fc.integer({ min: -5, max: 105 }), fc.constantFrom(0, -0, 0.5, 55));
const scalar = fc.oneof(word, number, fc.boolean(), date, fc.constant(null));

const record = fc.record({
  name: fc.oneof(word, fc.constant(null)),
  tags: fc.array(word, { maxLength: 12 }),
  rtp_account_score: number,
  rtp_last_account_date: date,
  externalId: fc.oneof(word, fc.constant(null), fc.constant(undefined)),
  REGIONS_C: fc.oneof(fc.array(word, { maxLength: 20 }), fc.constant(null)),
  FLAG_C: fc.oneof(fc.boolean(), number, date),
});

const condition: fc.Arbitrary<Condition> = fc
  .record({ field: fc.constantFrom(...FIELDS), op: fc.constantFrom(...OPERATORS) })
  .chain(({ field, op }) => {
    const value: fc.Arbitrary<unknown> =
      op === 'exists'
        ? fc.option(fc.boolean(), { nil: undefined })
        : op === 'in'
          ? fc.array(scalar, { minLength: 1, maxLength: 30 })
          : op === 'contains'
            ? word.filter((w) => w !== '')
            : ['gt', 'gte', 'lt', 'lte'].includes(op)
              ? fc.oneof(number, date)
              : scalar;
    return value.map((v) => (v === undefined ? { field, op } : { field, op, value: v }));
  });

const rules: fc.Arbitrary<RuleNode> = fc.letrec<{ node: RuleNode; group: RuleNode }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, condition, tie('group')),
  group: fc
    .tuple(fc.constantFrom('all', 'any'), fc.array(tie('node'), { minLength: 1, maxLength: 5 }))
    .map(([kind, children]) => (kind === 'all' ? { all: children } : { any: children })),
})).group;

describe('compiled segment rules', () => {
  test('agree with the reference evaluation for every rule set and account', () => {
    fc.assert(
      fc.property(rules, fc.array(record, { minLength: 1, maxLength: 5 }), (ruleSet, accounts) => {
        const compiled = compileSegmentRules(ruleSet);
        for (const account of accounts) {
          const subject = new RuleSubject(account);
          // Twice on one subject: what the first evaluation caches must not change the second.
          assert.equal(compiled(subject), reference(ruleSet, account), JSON.stringify({ ruleSet, account }));
          assert.equal(compiled(subject), reference(ruleSet, account));
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('one subject serves several rule sets', () => {
    const account = { tags: Array.from({ length: 50 }, (_, i) => `Tag${i}`), name: 'Acme' };
    const subject = new RuleSubject(account);
    const byTag = compileSegmentRules({ all: [{ field: 'tags', op: 'in', value: ['tag49', 'none'] }] });
    const byName = compileSegmentRules({ any: [{ field: 'name', op: 'contains', value: 'CM' }, { field: 'tags', op: 'eq', value: 'TAG0' }] });
    const neither = compileSegmentRules({ all: [{ field: 'tags', op: 'neq', value: 'tag7' }] });
    assert.deepEqual([byTag(subject), byName(subject), neither(subject)], [true, true, false]);
  });
});
