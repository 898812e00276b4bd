import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { evaluateSegmentRules, toComparable } from './rule-predicates.js';
import { validateSegmentRules, type RuleNode } from './segment-rules.js';

const account = {
  name: 'Acme Corp',
  domain: 'acme.com',
  externalId: null,
  tags: ['enterprise', 'emea'],
  rtp_account_score: 55,
  rtp_journey_stage: 'Consideration',
  rtp_last_account_date: '2026-04-30T09:00:00.000Z',
  CONTRACT_VALUE_C: 75000,
  REGIONS_C: ['EU', 'US'],
};

describe('dynamic segment rules: evaluation', () => {
  const cases: Array<[string, RuleNode, boolean]> = [
    ['eq is case-insensitive on strings', { field: 'name', op: 'eq', value: 'acme corp' }, true],
    ['neq', { field: 'domain', op: 'neq', value: 'globex.com' }, true],
    ['gt on a number', { field: 'rtp_account_score', op: 'gt', value: 54 }, true],
    ['gte at the boundary', { field: 'rtp_account_score', op: 'gte', value: 55 }, true],
    ['lt false', { field: 'rtp_account_score', op: 'lt', value: 55 }, false],
    ['lte on a date', { field: 'rtp_last_account_date', op: 'lte', value: '2026-05-01' }, true],
    ['in', { field: 'rtp_journey_stage', op: 'in', value: ['Opportunity', 'Consideration'] }, true],
    ['in over an array field', { field: 'REGIONS_C', op: 'in', value: ['APAC', 'us'] }, true],
    ['contains on a string', { field: 'name', op: 'contains', value: 'CORP' }, true],
    ['contains on an array', { field: 'tags', op: 'contains', value: 'emea' }, true],
    ['exists on null', { field: 'externalId', op: 'exists' }, false],
    ['exists false on null', { field: 'externalId', op: 'exists', value: false }, true],
    ['missing field compares false', { field: 'UNKNOWN_C', op: 'gt', value: 1 }, false],
    ['all', { all: [{ field: 'rtp_account_score', op: 'gte', value: 50 }, { field: 'tags', op: 'contains', value: 'enterprise' }] }, true],
    ['any', { any: [{ field: 'rtp_account_score', op: 'gte', value: 90 }, { field: 'CONTRACT_VALUE_C', op: 'gt', value: 50000 }] }, true],
    ['nested', { all: [{ any: [{ field: 'domain', op: 'eq', value: 'x.com' }] }, { field: 'name', op: 'exists' }] }, false],
  ];
  for (const [name, rules, expected] of cases) {
    test(name, () => assert.equal(evaluateSegmentRules(rules, account), expected));
  }

  test('neq is the negation of eq for every scalar', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.boolean()), fc.oneof(fc.string(), fc.integer(), fc.boolean()), (actual, value) => {
        const record = { name: actual };
        const eq = evaluateSegmentRules({ field: 'name', op: 'eq', value }, record);
        const neq = evaluateSegmentRules({ field: 'name', op: 'neq', value }, record);
        return eq !== neq;
      }),
    );
  });
});

describe('dynamic segment rules: validation', () => {
  test('accepts account fields and active custom field keys', () => {
    const rules = { all: [{ field: 'rtp_account_score', op: 'gte', value: 40 }, { field: 'CONTRACT_VALUE_C', op: 'exists' }] };
    assert.deepEqual(validateSegmentRules(rules, ['CONTRACT_VALUE_C']), []);
  });

  test('reports each problem at its path', () => {
    const issues = validateSegmentRules({ all: [{ field: 'nope', op: 'eq', value: 1 }, { field: 'name', op: 'like', value: 'x' }, { field: 'name', op: 'in', value: [] }] }, []);
    assert.deepEqual(
      issues.map((i) => [i.path, Object.keys(i.constraints)[0]]),
      [
        ['rules.all[0].field', 'isIn'],
        ['rules.all[1].op', 'isIn'],
        ['rules.all[2].value', 'isArray'],
      ],
    );
    assert.equal(issues[1].constraints.isIn, 'op must be one of the following values: eq, neq, gt, gte, lt, lte, in, contains, exists');
  });

  test('rejects what is not a rule group', () => {
    for (const bad of [null, 1, 'x', [], {}, { all: [] }, { all: [], any: [] }, { field: 'name', op: 'eq', value: 1 }]) {
      assert.ok(validateSegmentRules(bad, []).length > 0, JSON.stringify(bad));
    }
  });

  test('a bound validation accepts is one evaluation can order (else the condition would silently never match)', () => {
    const dateLike = fc
      .tuple(fc.constantFrom('2026-01-15', '2026-02-30', '0000-01-01'), fc.constantFrom('', 'T10:00', 'T10:00:00', 'T24:00:00', ' 10:00:00.5'), fc.constantFrom('', 'Z', 'z', '+05', '+0530', '+05:30', '-99:59'))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string(), fc.double()), fc.constantFrom('gt', 'gte', 'lt', 'lte'), (value, op) => {
        const accepted = validateSegmentRules({ all: [{ field: 'rtp_last_account_date', op, value }] }, []).length === 0;
        return !accepted || !Number.isNaN(toComparable(value));
      }),
      { numRuns: 3000 },
    );
  });

  test('non-finite numbers are refused', () => {
    for (const op of ['eq', 'neq', 'gt']) {
      const issues = validateSegmentRules({ all: [{ field: 'rtp_account_score', op, value: Infinity }] }, []);
      assert.deepEqual(Object.keys(issues[0]?.constraints ?? {}), [op === 'gt' ? 'isComparable' : 'isNumber'], op);
    }
    assert.equal(validateSegmentRules({ all: [{ field: 'tags', op: 'in', value: ['a', -Infinity] }] }, [])[0].path, 'rules.all[0].value');
  });

  test('never throws on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => Array.isArray(validateSegmentRules(value, ['A_C']))), { numRuns: 2000 });
  });
});
