import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  checkCustomFieldValues,
  expectationPhrase,
  normalizeValue,
  TEXT_VALUE_MAX_LENGTH,
  unknownKeysMessage,
  UNABLE_TO_ADD_ACCOUNT,
  wrongTypeMessage,
  type FieldDefinition,
} from './custom-field-values.js';

const FIELDS: FieldDefinition[] = [
  { key: 'NAME_C', labelType: 'singleLineText', options: [] },
  { key: 'NOTES_C', labelType: 'multiLineText', options: [] },
  { key: 'VALUE_C', labelType: 'number', options: [] },
  { key: 'RENEWAL_C', labelType: 'date', options: [] },
  { key: 'TIER_C', labelType: 'singleSelection', options: ['Gold', 'Silver'] },
  { key: 'PRODUCTS_C', labelType: 'multiSelection', options: ['A', 'B', 'C'] },
];
const field = (key: string) => FIELDS.find((f) => f.key === key)!;

describe('custom-field value messages', () => {
  test('expectation phrases per type', () => {
    assert.deepEqual(
      FIELDS.map((f) => expectationPhrase(f)),
      ['a string', 'a string', 'a number', 'a date', 'one of: Gold, Silver', 'a list of: A, B, C'],
    );
  });

  test('a text too long is told its limit; a value of the wrong type is not', () => {
    assert.equal(expectationPhrase(field('NAME_C'), 'x'), `a string of at most ${TEXT_VALUE_MAX_LENGTH.singleLineText} characters`);
    assert.equal(expectationPhrase(field('NOTES_C'), 'x'), `a string of at most ${TEXT_VALUE_MAX_LENGTH.multiLineText} characters`);
    assert.equal(expectationPhrase(field('NAME_C'), 5), 'a string');
    assert.equal(expectationPhrase(field('VALUE_C'), 'x'), 'a number');
  });

  test('messages with and without the tail', () => {
    assert.equal(unknownKeysMessage(['X_C', 'Y_C']), 'Custom field key(s) not found: X_C, Y_C');
    assert.equal(unknownKeysMessage(['X_C'], { tail: UNABLE_TO_ADD_ACCOUNT }), 'Custom field key(s) not found: X_C. Unable to add this account.');
    assert.equal(wrongTypeMessage('VALUE_C', 'a number'), "Custom field 'VALUE_C' expects a number");
    assert.equal(
      wrongTypeMessage('TIER_C', 'one of: Gold, Silver', { tail: UNABLE_TO_ADD_ACCOUNT }),
      "Custom field 'TIER_C' expects one of: Gold, Silver. Unable to add this account.",
    );
  });
});

describe('normalizeValue', () => {
  const accepted: Array<[string, unknown, unknown]> = [
    ['NAME_C', 'Acme', 'Acme'],
    ['NAME_C', '', ''],
    ['NOTES_C', 'line 1\nline 2', 'line 1\nline 2'],
    ['VALUE_C', 75000, 75000],
    ['VALUE_C', -0.5, -0.5],
    ['RENEWAL_C', '2026-01-15', '2026-01-15'],
    ['RENEWAL_C', '2026-01-15T10:00:00Z', '2026-01-15T10:00:00.000Z'],
    ['RENEWAL_C', '2026-01-15T10:00:00.5+05:30', '2026-01-15T04:30:00.500Z'],
    ['RENEWAL_C', '2026-01-15T10:00:00+0530', '2026-01-15T04:30:00.000Z'],
    ['RENEWAL_C', '2026-01-15T10:00:00-05', '2026-01-15T15:00:00.000Z'],
    ['RENEWAL_C', '2026-01-15 10:00z', '2026-01-15T10:00:00.000Z'],
    ['RENEWAL_C', '2026-01-15T10:00:00.123456789Z', '2026-01-15T10:00:00.123Z'],
    ['RENEWAL_C', '2024-02-29T23:30:00-01:00', '2024-03-01T00:30:00.000Z'],
    ['TIER_C', 'Gold', 'Gold'],
    ['PRODUCTS_C', ['C', 'A'], ['C', 'A']],
    ['PRODUCTS_C', [], []],
    // Limits count characters (code points): an emoji is one.
    ['NAME_C', 'x'.repeat(TEXT_VALUE_MAX_LENGTH.singleLineText), 'x'.repeat(TEXT_VALUE_MAX_LENGTH.singleLineText)],
    ['NAME_C', '\u{1F600}'.repeat(TEXT_VALUE_MAX_LENGTH.singleLineText), '\u{1F600}'.repeat(TEXT_VALUE_MAX_LENGTH.singleLineText)],
    ['NOTES_C', 'x'.repeat(TEXT_VALUE_MAX_LENGTH.multiLineText), 'x'.repeat(TEXT_VALUE_MAX_LENGTH.multiLineText)],
  ];
  const shown = (value: unknown) => (JSON.stringify(value) ?? String(value)).slice(0, 60);
  for (const [key, value, expected] of accepted) {
    test(`${key} accepts ${shown(value)}`, () => assert.deepEqual(normalizeValue(field(key), value), expected));
  }

  const rejected: Array<[string, unknown]> = [
    ['NAME_C', 5],
    ['NAME_C', ['a']],
    ['NOTES_C', true],
    ['VALUE_C', '5'],
    ['VALUE_C', Number.NaN],
    ['VALUE_C', Number.POSITIVE_INFINITY],
    ['RENEWAL_C', '2026-02-30'],
    ['RENEWAL_C', '2026-01-15T10:00:00'],
    ['RENEWAL_C', '15/01/2026'],
    ['RENEWAL_C', 1768471200000],
    ['RENEWAL_C', '0000-01-01T00:30:00+01:00'],
    ['RENEWAL_C', '2026-01-15T10:00:00+25:00'],
    ['TIER_C', 'gold'],
    ['TIER_C', ['Gold']],
    ['PRODUCTS_C', 'A'],
    ['PRODUCTS_C', ['A', 'A']],
    ['PRODUCTS_C', ['A', 'D']],
    ['PRODUCTS_C', ['A', 1]],
    ['NAME_C', 'x'.repeat(TEXT_VALUE_MAX_LENGTH.singleLineText + 1)],
    ['NAME_C', `${'\u{1F600}'.repeat(TEXT_VALUE_MAX_LENGTH.singleLineText)}x`],
    ['NOTES_C', 'x'.repeat(TEXT_VALUE_MAX_LENGTH.multiLineText + 1)],
  ];
  for (const [key, value] of rejected) {
    test(`${key} rejects ${shown(value)}`, () => assert.equal(normalizeValue(field(key), value), undefined));
  }
});

describe('checkCustomFieldValues', () => {
  test('normalises every value and keeps null (clear)', () => {
    const result = checkCustomFieldValues(FIELDS, { VALUE_C: 1, RENEWAL_C: '2026-01-15T10:00:00+01:00', TIER_C: null, NAME_C: undefined });
    assert.deepEqual(result, { ok: true, values: { VALUE_C: 1, RENEWAL_C: '2026-01-15T09:00:00.000Z', TIER_C: null } });
  });

  test('reports every unknown key in input order, before any type error', () => {
    const result = checkCustomFieldValues(FIELDS, { ZED_C: 1, VALUE_C: 'x', value_c: 2, ALPHA_C: null }, { tail: UNABLE_TO_ADD_ACCOUNT });
    assert.deepEqual(result, {
      ok: false,
      reason: 'unknown-keys',
      keys: ['ZED_C', 'value_c', 'ALPHA_C'],
      message: 'Custom field key(s) not found: ZED_C, value_c, ALPHA_C. Unable to add this account.',
    });
  });

  test('reports the first value of the wrong type', () => {
    const result = checkCustomFieldValues(FIELDS, { NAME_C: 'ok', PRODUCTS_C: ['D'], VALUE_C: 'x' });
    assert.deepEqual(result, {
      ok: false,
      reason: 'wrong-type',
      key: 'PRODUCTS_C',
      expected: 'a list of: A, B, C',
      message: "Custom field 'PRODUCTS_C' expects a list of: A, B, C",
    });
  });

  test('a __proto__ key is data, never the prototype', () => {
    const input = JSON.parse('{"__proto__": "x"}') as Record<string, unknown>;
    const fields: FieldDefinition[] = [{ key: '__proto__', labelType: 'singleLineText', options: [] }];
    const result = checkCustomFieldValues(fields, input);
    assert.ok(result.ok);
    assert.equal(Object.getPrototypeOf(result.values), Object.prototype);
    assert.deepEqual(Object.keys(result.values), ['__proto__']);
  });

  test('an empty input is fine', () => {
    assert.deepEqual(checkCustomFieldValues([], {}), { ok: true, values: {} });
  });
});

describe('custom-field value properties', () => {
  const options = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 });
  const anyField: fc.Arbitrary<FieldDefinition> = fc.oneof(
    fc.constantFrom<FieldDefinition>(...FIELDS),
    options.map((opts) => ({ key: 'S_C', labelType: 'singleSelection' as const, options: opts })),
    options.map((opts) => ({ key: 'M_C', labelType: 'multiSelection' as const, options: opts })),
  );
  const inRange = fc.date({ min: new Date('0001-01-02T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true });
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  /** Every offset form the validator accepts (`Z`, `+05`, `+0530`, `+05:30`) and its minutes east of UTC. */
  const offset = fc.oneof(
    fc.constantFrom({ text: 'Z', minutes: 0 }, { text: 'z', minutes: 0 }),
    fc.tuple(fc.constantFrom(1, -1), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(':', '', 'hours')).map(
      ([sign, h, m, style]) => {
        const minutes = style === 'hours' ? 0 : m;
        const text = `${sign > 0 ? '+' : '-'}${pad(h)}${style === 'hours' ? '' : `${style}${pad(minutes)}`}`;
        return { text, minutes: sign * (h * 60 + minutes) };
      },
    ),
  );
  /** A date-time written in the local time of an offset, and the instant it denotes. */
  const writtenDateTime = fc.tuple(inRange, offset).map(([date, off]) => {
    const local = new Date(date.getTime() + off.minutes * 60_000);
    const text =
      `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
      `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}.${pad(local.getUTCMilliseconds(), 3)}${off.text}`;
    return { text, iso: date.toISOString() };
  });

  test('a written date-time normalises to the instant it denotes', () => {
    fc.assert(fc.property(writtenDateTime, ({ text, iso }) => normalizeValue(field('RENEWAL_C'), text) === iso));
  });

  test('normalisation is idempotent: a stored value checks again unchanged', () => {
    const candidate = fc.oneof(
      fc.anything(),
      fc.double(),
      writtenDateTime.map((d) => d.text),
      fc.constantFrom('2026-01-15', 'Gold', 'A'),
      fc.array(fc.constantFrom('A', 'B', 'C', 'Gold')),
    );
    fc.assert(
      fc.property(anyField, candidate, (f, value) => {
        const once = normalizeValue(f, value);
        if (once !== undefined) assert.deepEqual(normalizeValue(f, once), once);
      }),
    );
  });

  test('unknown keys are exactly the input keys no field has, in input order', () => {
    const keys = fc.uniqueArray(fc.constantFrom('NAME_C', 'VALUE_C', 'X_C', 'Y_C', 'Z_C', 'TIER_C'), { maxLength: 6 });
    fc.assert(
      fc.property(keys, (inputKeys) => {
        const result = checkCustomFieldValues(FIELDS, Object.fromEntries(inputKeys.map((k) => [k, null])));
        const unknown = inputKeys.filter((k) => !FIELDS.some((f) => f.key === k));
        if (unknown.length === 0) assert.ok(result.ok);
        else assert.deepEqual(result.ok ? [] : result.reason === 'unknown-keys' && result.keys, unknown);
      }),
    );
  });
});
