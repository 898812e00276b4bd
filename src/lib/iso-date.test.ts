import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { renderingArbitrary, renderInstant } from '../../test/support/iso-forms.js';
import { instantOfDateOrDateTime, normalizeDateOrDateTime, parseIsoDate, parseIsoDateTime, toUtcIso } from './iso-date.js';

const utc = (iso: string) => new Date(iso).getTime();

describe('parseIsoDateTime', () => {
  const accepted: Array<[string, string]> = [
    ['2020-01-01T00:00:00Z', '2020-01-01T00:00:00.000Z'],
    ['2020-01-01T00:00:00+05', '2019-12-31T19:00:00.000Z'],
    ['2020-01-01T00:00:00+0530', '2019-12-31T18:30:00.000Z'],
    ['2020-01-01T00:00:00+05:30', '2019-12-31T18:30:00.000Z'],
    ['2020-01-01T00:00:00-23:59', '2020-01-01T23:59:00.000Z'],
    ['2020-01-01T00:00:00+23:59', '2019-12-31T00:01:00.000Z'],
    ['2020-01-01T00:00:00-00:00', '2020-01-01T00:00:00.000Z'],
    ['2020-01-01t00:00:00z', '2020-01-01T00:00:00.000Z'],
    ['2020-01-01 10:00Z', '2020-01-01T10:00:00.000Z'],
    ['2020-01-01T10Z', '2020-01-01T10:00:00.000Z'],
    ['2020-01-01T10:00:00.5Z', '2020-01-01T10:00:00.500Z'],
    ['2020-01-01T10:00:00,25Z', '2020-01-01T10:00:00.250Z'],
    ['2020-01-01T10:00:00.123456789012345678901234567890Z', '2020-01-01T10:00:00.123Z'],
    ['2020-01-01T10:00:00.9999999Z', '2020-01-01T10:00:00.999Z'],
    ['2020-01-01T10.5Z', '2020-01-01T10:30:00.000Z'],
    ['2020-01-01T10:30.25Z', '2020-01-01T10:30:15.000Z'],
    ['2020-01-01T10:00:00.000000001+01:00', '2020-01-01T09:00:00.000Z'],
    ['2020-01-01T24:00Z', '2020-01-02T00:00:00.000Z'],
    ['2020-01-01T24:00:00.000+01:00', '2020-01-01T23:00:00.000Z'],
    ['2020-12-31T24:00:00Z', '2021-01-01T00:00:00.000Z'],
    ['20200101T103000Z', '2020-01-01T10:30:00.000Z'],
    ['20200101T1030+0100', '2020-01-01T09:30:00.000Z'],
    ['2020-001T00:00Z', '2020-01-01T00:00:00.000Z'],
    ['2020-366T00:00Z', '2020-12-31T00:00:00.000Z'],
    ['2020366T00:00Z', '2020-12-31T00:00:00.000Z'],
    ['2020-W01-3T00:00Z', '2020-01-01T00:00:00.000Z'],
    ['2020W013T00:00Z', '2020-01-01T00:00:00.000Z'],
    ['2020-W53-7T00:00Z', '2021-01-03T00:00:00.000Z'],
    ['2026-W01-1T00:00Z', '2025-12-29T00:00:00.000Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
    ['2000-02-29T12:00:00Z', '2000-02-29T12:00:00.000Z'],
    ['0000-01-01T00:00:00Z', '0000-01-01T00:00:00.000Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['0099-03-01T00:00:00Z', '0099-03-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
  ];
  for (const [input, expected] of accepted) {
    test(`${input} is ${expected}`, () => assert.equal(parseIsoDateTime(input), utc(expected)));
  }

  const refused = [
    '2020-01-01T00:00:00+24:00',
    '2020-01-01T00:00:00-99:59',
    '2020-01-01T00:00:00+23:60',
    '2020-01-01T00:00:00+5',
    '2020-01-01T00:00:00+05:3',
    '2020-01-01T00:00:00+05:30:00',
    '2020-13-01T00:00:00Z',
    '2020-00-10T00:00:00Z',
    '2020-02-30T00:00:00Z',
    '2021-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2020-04-31T00:00:00Z',
    '2020-01-00T00:00:00Z',
    '2020-01-01T25:00:00Z',
    '2020-01-01T24:00:01Z',
    '2020-01-01T24:00:00.5Z',
    '2020-01-01T23:60:00Z',
    '2020-01-01T23:59:60Z',
    '2021-367T00:00Z',
    '2021-366T00:00Z',
    '2020-000T00:00Z',
    '2021-W53-1T00:00Z',
    '2020-W00-1T00:00Z',
    '2020-W01-8T00:00Z',
    '2020-W01-0T00:00Z',
    '2020-01-01T00:00:00',
    '2020-01-01',
    '2020-01-01T',
    '2020-01-01TZ',
    'T10:00Z',
    '2020-01-01T10:0000Z',
    '2020-01-01T1000:00Z',
    '202001-01T10:00Z',
    '2020-0101T10:00Z',
    '2020-W013T10:00Z',
    '2020-01-01T10:00:00.Z',
    '2020-01-01T10:00:00.5.5Z',
    '+2020-01-01T00:00:00Z',
    '-2020-01-01T00:00:00Z',
    '+002020-01-01T00:00:00Z',
    '20-01-01T00:00:00Z',
    ' 2020-01-01T00:00:00Z',
    '2020-01-01T00:00:00Z ',
    '2020-01-01T00:00:00 05:00',
    '2020-01-01T00:00:00Z+01:00',
    '２０２０-01-01T00:00:00Z',
    '0000-01-01T00:30:00+01:00',
    '9999-12-31T23:00:00-02:00',
    '9999-12-31T24:00Z',
    'yesterday',
    '',
  ];
  for (const input of refused) {
    test(`${JSON.stringify(input)} is refused`, () => assert.equal(parseIsoDateTime(input), undefined));
  }

  test('without an offset only when asked to read it as UTC', () => {
    assert.equal(parseIsoDateTime('2020-01-01T10:00:00', { offsetlessAsUtc: true }), utc('2020-01-01T10:00:00Z'));
    assert.equal(parseIsoDateTime('2020-01-01 10:00', { offsetlessAsUtc: true }), utc('2020-01-01T10:00:00Z'));
    assert.equal(parseIsoDateTime('2020-01-01T10:00:00+02:00', { offsetlessAsUtc: true }), utc('2020-01-01T08:00:00Z'));
    assert.equal(parseIsoDateTime('2020-02-30T10:00:00', { offsetlessAsUtc: true }), undefined);
  });

  test('a long fraction is read in time linear in its length', () => {
    assert.equal(parseIsoDateTime(`2020-01-01T10:00:00.${'9'.repeat(1_000_000)}Z`), utc('2020-01-01T10:00:00.999Z'));
    assert.equal(parseIsoDateTime(`2020-01-01T10.${'9'.repeat(1_000_000)}Z`), utc('2020-01-01T10:59:59.999Z'));
    assert.equal(parseIsoDateTime(`2020-01-01T10:00:00.${'1'.repeat(1_000_000)}x`), undefined);
  });
});

describe('parseIsoDate and the stored forms', () => {
  const dates: Array<[string, string | undefined]> = [
    ['2026-01-15', '2026-01-15'],
    ['20260115', '2026-01-15'],
    ['2026-015', '2026-01-15'],
    ['2026-W03-4', '2026-01-15'],
    ['2026W034', '2026-01-15'],
    ['2024-02-29', '2024-02-29'],
    ['2026-02-29', undefined],
    ['2026-13-01', undefined],
    ['2026-1-15', undefined],
    ['2026-01', undefined],
    ['2026-01-15T00:00Z', undefined],
  ];
  for (const [input, expected] of dates) {
    test(`date ${input} → ${expected}`, () => assert.equal(parseIsoDate(input), expected));
  }

  test('a date stays a date, a date-time becomes canonical UTC, and storing again changes nothing', () => {
    assert.equal(normalizeDateOrDateTime('2026-W03-4'), '2026-01-15');
    assert.equal(normalizeDateOrDateTime('2026-01-15T10:00:00+0530'), '2026-01-15T04:30:00.000Z');
    assert.equal(normalizeDateOrDateTime('2026-01-15T10:00:00'), undefined);
    for (const stored of ['2026-01-15', '2026-01-15T04:30:00.000Z']) assert.equal(normalizeDateOrDateTime(stored), stored);
  });

  test('a date compares as its UTC midnight', () => {
    assert.equal(instantOfDateOrDateTime('2026-01-15'), utc('2026-01-15T00:00:00Z'));
    assert.equal(instantOfDateOrDateTime('2026-01-15T01:00+01'), utc('2026-01-15T00:00:00Z'));
    assert.equal(instantOfDateOrDateTime('January 15'), undefined);
  });
});

describe('parseIsoDateTime properties', () => {
  // Years 0001–9998 leave room for any offset and for a week-year next to the calendar year.
  const instant = fc.integer({ min: utc('0001-01-10T00:00:00Z'), max: utc('9998-12-20T00:00:00Z') });

  test('any instant, written in any accepted form at any legal offset, reads back as that instant', () => {
    fc.assert(
      fc.property(instant, renderingArbitrary, (ms, rendering) => {
        const text = renderInstant(ms, rendering);
        assert.equal(parseIsoDateTime(text), ms, text);
      }),
      { numRuns: 5000 },
    );
  });

  test('the canonical UTC form reads back unchanged, as Date.parse reads it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        const iso = new Date(ms).toISOString();
        assert.equal(parseIsoDateTime(iso), ms);
        assert.equal(toUtcIso(iso), iso);
        assert.equal(Date.parse(iso), ms);
      }),
      { numRuns: 5000 },
    );
  });

  test('whatever the text, a result is an instant in years 0000–9999 whose canonical form reads back', () => {
    const texty = fc.oneof(fc.string(), fc.stringMatching(/^[\d\-WTt :.,Z+]{0,30}$/));
    fc.assert(
      fc.property(texty, (text) => {
        const ms = parseIsoDateTime(text);
        if (ms === undefined) return;
        assert.ok(Number.isInteger(ms));
        assert.equal(parseIsoDateTime(new Date(ms).toISOString()), ms);
      }),
      { numRuns: 5000 },
    );
  });
});
