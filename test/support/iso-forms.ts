import fc from 'fast-check';

/**
 * Writing one instant in the many ISO 8601 forms src/lib/iso-date.ts accepts: at any legal offset,
 * as a calendar, ordinal or week date, in basic or extended format, with extra fraction digits.
 * Computed here with `Date` and the ISO week rule, independently of the parser under test.
 */

export type DateStyle = 'calendar' | 'ordinal' | 'week';

export interface Offset {
  text: string;
  /** Minutes east of UTC. */
  minutes: number;
}

export interface Rendering {
  style: DateStyle;
  basicDate: boolean;
  basicTime: boolean;
  separator: 'T' | 't' | ' ';
  decimal: '.' | ',';
  /** Digits after the milliseconds; they never change the instant read (it is floored to the ms). */
  extraDigits: string;
  offset: Offset;
}

const DAY = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 1 January of a year, as epoch ms (Date.UTC would read years below 100 as 19xx). */
function jan1Of(year: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date.getTime();
}

/** The ISO week date of a day, by the Thursday rule (a week belongs to the year of its Thursday). */
function weekDateOf(date: Date): { year: number; week: number; weekday: number } {
  const weekday = ((date.getUTCDay() + 6) % 7) + 1;
  const thursday = new Date(date.getTime() + (4 - weekday) * DAY);
  const week = Math.floor((thursday.getTime() - jan1Of(thursday.getUTCFullYear())) / DAY / 7) + 1;
  return { year: thursday.getUTCFullYear(), week, weekday };
}

const ordinalOf = (date: Date) => Math.floor((date.getTime() - jan1Of(date.getUTCFullYear())) / DAY) + 1;

function renderDate(local: Date, style: DateStyle, basic: boolean): string {
  const sep = basic ? '' : '-';
  if (style === 'calendar') return [pad(local.getUTCFullYear(), 4), pad(local.getUTCMonth() + 1), pad(local.getUTCDate())].join(sep);
  if (style === 'ordinal') return `${pad(local.getUTCFullYear(), 4)}${sep}${pad(ordinalOf(local), 3)}`;
  const { year, week, weekday } = weekDateOf(local);
  return `${pad(year, 4)}${sep}W${pad(week)}${sep}${weekday}`;
}

/** `ms` written as the local time of `r.offset`, in the rendering's form. */
export function renderInstant(ms: number, r: Rendering): string {
  const local = new Date(ms + r.offset.minutes * 60_000);
  const time =
    [pad(local.getUTCHours()), pad(local.getUTCMinutes()), pad(local.getUTCSeconds())].join(r.basicTime ? '' : ':') +
    `${r.decimal}${pad(local.getUTCMilliseconds(), 3)}${r.extraDigits}`;
  return `${renderDate(local, r.style, r.basicDate)}${r.separator}${time}${r.offset.text}`;
}

/** An offset written `±hh`, `±hhmm` or `±hh:mm` (hours 0–23, minutes 0–59). */
export function offsetOf(minutes: number, style: ':' | '' | 'hours'): Offset {
  const sign = minutes < 0 ? '-' : '+';
  const [h, m] = [Math.floor(Math.abs(minutes) / 60), Math.abs(minutes) % 60];
  if (style === 'hours' && m !== 0) throw new Error(`offset ${minutes} min has minutes; it cannot be written ±hh`);
  return { text: `${sign}${pad(h)}${style === 'hours' ? '' : `${style}${pad(m)}`}`, minutes };
}

export const UTC: Offset = { text: 'Z', minutes: 0 };

const CANONICAL: Rendering = { style: 'calendar', basicDate: false, basicTime: false, separator: 'T', decimal: '.', extraDigits: '', offset: UTC };

/** Named odd-but-legal forms, each a change from the canonical `2026-01-15T10:00:00.000Z`. */
export const ODD_FORMS: ReadonlyArray<[string, Partial<Rendering>]> = [
  ['+05', { offset: offsetOf(300, 'hours') }],
  ['+0530', { offset: offsetOf(330, '') }],
  ['+05:30', { offset: offsetOf(330, ':') }],
  ['-23:59', { offset: offsetOf(-1439, ':') }],
  ['+23:59', { offset: offsetOf(1439, ':') }],
  ['-00:00', { offset: { text: '-00:00', minutes: 0 } }],
  ['lowercase z', { offset: { text: 'z', minutes: 0 }, separator: 't' }],
  ['space separator', { separator: ' ', offset: offsetOf(-300, '') }],
  ['long fraction', { extraDigits: '999999999999' }],
  ['comma fraction', { decimal: ',', offset: offsetOf(60, 'hours') }],
  ['basic format', { basicDate: true, basicTime: true, offset: offsetOf(-90, '') }],
  ['ordinal date', { style: 'ordinal', offset: offsetOf(600, ':') }],
  ['week date', { style: 'week', offset: offsetOf(-600, ':') }],
  ['basic week date', { style: 'week', basicDate: true, basicTime: true }],
];

export const renderingOf = (changes: Partial<Rendering>): Rendering => ({ ...CANONICAL, ...changes });

/** Forms that are not instants at all: impossible offsets, months, days and hours. */
export const IMPOSSIBLE_DATE_TIMES = [
  '2020-01-01T00:00:00+24:00',
  '2020-01-01T00:00:00-99:59',
  '2020-01-01T00:00:00+05:60',
  '2020-13-01T00:00:00Z',
  '2021-02-29T00:00:00Z',
  '2020-02-30T00:00:00Z',
  '2020-01-01T25:00:00Z',
  '2020-01-01T23:59:60Z',
  '2021-W53-1T00:00Z',
  '2021-366T00:00Z',
  '2020-01-01T00:00:00',
];

export const offsetArbitrary: fc.Arbitrary<Offset> = fc.oneof(
  fc.constantFrom<Offset>(UTC, { text: 'z', minutes: 0 }, { text: '-00:00', minutes: 0 }),
  fc.tuple(fc.constantFrom(1, -1), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(':' as const, '' as const)).map(
    ([sign, h, m, style]) => offsetOf(sign * (h * 60 + m), style),
  ),
  fc.integer({ min: -23, max: 23 }).map((h) => offsetOf(h * 60, 'hours')),
);

export const renderingArbitrary: fc.Arbitrary<Rendering> = fc.record({
  style: fc.constantFrom<DateStyle>('calendar', 'ordinal', 'week'),
  basicDate: fc.boolean(),
  basicTime: fc.boolean(),
  separator: fc.constantFrom<Rendering['separator']>('T', 't', ' '),
  decimal: fc.constantFrom<Rendering['decimal']>('.', ','),
  extraDigits: fc.stringMatching(/^\d{0,12}$/),
  offset: offsetArbitrary,
});
