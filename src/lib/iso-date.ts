/**
 * The one reader of ISO 8601 dates and date-times in requests (SPEC §2.5). The validator (the
 * `iso8601` Ajv formats) and every service that turns a date string into a time call it, so a value
 * validation accepts is exactly a value the service reads — never a NaN, a 500, or a silent empty page.
 *
 * Accepted (see docs/request-values.md):
 * - a date in calendar (`2026-01-15`, `20260115`), ordinal (`2026-015`, `2026015`) or week form
 *   (`2026-W03-4`, `2026W034`), years 0000–9999;
 * - a time `hh`, `hh:mm` or `hh:mm:ss` (or `hhmm`, `hhmmss`), with a decimal fraction of any length
 *   (`.` or `,`) on its last component, and `24:00` (all zeros after it) for the end of the day;
 * - separated from the date by `T`, `t` or a space; date, time and offset may each be written in
 *   basic or extended format (`20260115T103000+0530`, `2026-01-15T10:30:00+05:30`);
 * - an offset `Z`/`z`, `±hh`, `±hhmm` or `±hh:mm` (hours 00–23, minutes 00–59). A date-time without
 *   one is refused: on a server, local time means nothing.
 * Refused: impossible dates and times (month 13, Feb 30, week 53 of a 52-week year, hour 25, minute
 * or second 60 — a leap second has no Unix time), offsets out of range (`+24:00`, `-99:59`), signed or
 * expanded years, and any instant outside 0000-01-01T00:00:00Z – 9999-12-31T23:59:59.999Z (so its
 * canonical form is a four-digit year that this module reads again).
 *
 * Instants are epoch milliseconds; digits of a fraction beyond the millisecond are dropped (floor).
 * That is exact for `lastSync`: change times are whole milliseconds, and for a whole number t,
 * t > x exactly when t > floor(x).
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
/** 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z. */
const EARLIEST = -62_167_219_200_000;
const LATEST = 253_402_300_799_999;

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil; no `Date` quirks for years < 100). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) => [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
/** ISO weekday, Monday 1 … Sunday 7, of a day number (1970-01-01 was a Thursday). */
const isoWeekday = (days: number) => ((((days + 3) % 7) + 7) % 7) + 1;

function calendarDay(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

function ordinalDay(year: number, dayOfYear: number): number | undefined {
  if (dayOfYear < 1 || dayOfYear > (isLeapYear(year) ? 366 : 365)) return undefined;
  return daysFromCivil(year, 1, 1) + dayOfYear - 1;
}

/** A year has 53 ISO weeks when it starts on a Thursday, or is a leap year starting on a Wednesday. */
function isoWeeksIn(year: number): number {
  const jan1 = isoWeekday(daysFromCivil(year, 1, 1));
  return jan1 === 4 || (jan1 === 3 && isLeapYear(year)) ? 53 : 52;
}

function weekDay(year: number, week: number, weekday: number): number | undefined {
  if (week < 1 || week > isoWeeksIn(year) || weekday < 1 || weekday > 7) return undefined;
  // Week 1 is the week holding 4 January.
  const jan4 = daysFromCivil(year, 1, 4);
  const mondayOfWeek1 = jan4 - (isoWeekday(jan4) - 1);
  return mondayOfWeek1 + (week - 1) * 7 + (weekday - 1);
}

/** Each date form, basic and extended (the separators of one value must agree), and its day number. */
const DATE_FORMS: ReadonlyArray<[RegExp, (n: number[]) => number | undefined]> = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, ([y, m, d]) => calendarDay(y, m, d)],
  [/^(\d{4})(\d{2})(\d{2})$/, ([y, m, d]) => calendarDay(y, m, d)],
  [/^(\d{4})-W(\d{2})-(\d)$/, ([y, w, d]) => weekDay(y, w, d)],
  [/^(\d{4})W(\d{2})(\d)$/, ([y, w, d]) => weekDay(y, w, d)],
  [/^(\d{4})-(\d{3})$/, ([y, d]) => ordinalDay(y, d)],
  [/^(\d{4})(\d{3})$/, ([y, d]) => ordinalDay(y, d)],
];

/** Days since 1970-01-01 of a date in any accepted form; undefined when it is no date or an impossible one. */
function readDay(text: string): number | undefined {
  for (const [pattern, toDay] of DATE_FORMS) {
    const match = pattern.exec(text);
    if (match) return toDay(match.slice(1).map(Number));
  }
  return undefined;
}

/**
 * `⌊0.digits × unit⌋` exactly, for a fraction of any length: long multiplication from the last
 * digit, whose final carry is the whole part. Linear, so a long fraction costs what its reading does.
 */
function fractionOf(digits: string, unit: number): number {
  let carry = 0;
  for (let i = digits.length - 1; i >= 0; i -= 1) carry = Math.floor(((digits.charCodeAt(i) - 48) * unit + carry) / 10);
  return carry;
}

// hh, hh:mm, hh:mm:ss, hhmm, hhmmss (one separator style), then a fraction of the last component.
const TIME = /^(\d{2})(?:(:?)(\d{2})(?:\2(\d{2}))?)?(?:[.,](\d+))?$/;

/** Milliseconds into the day of a time; 24:00 is the end of the day (86 400 000). */
function readTime(text: string): number | undefined {
  // A group that took no part in the match is undefined (RegExpExecArray's type says string).
  const match: Array<string | undefined> | null = TIME.exec(text);
  if (!match) return undefined;
  const [hour, minute, second] = [Number(match[1]), Number(match[3] ?? 0), Number(match[4] ?? 0)];
  const fraction = match[5] ?? '';
  if (hour === 24) return minute === 0 && second === 0 && /^0*$/.test(fraction) ? MS_PER_DAY : undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const unit = match[4] !== undefined ? 1000 : match[3] !== undefined ? MS_PER_MINUTE : MS_PER_HOUR;
  return hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000 + fractionOf(fraction, unit);
}

const OFFSET = /^[+-](\d{2})(?::?(\d{2}))?$/;

/** Milliseconds east of UTC of `Z`, `±hh`, `±hhmm` or `±hh:mm`; undefined when out of range. */
function readOffset(text: string): number | undefined {
  if (text === 'Z' || text === 'z') return 0;
  const match: Array<string | undefined> | null = OFFSET.exec(text);
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2] ?? 0)];
  if (hours > 23 || minutes > 59) return undefined;
  return (text.startsWith('-') ? -1 : 1) * (hours * MS_PER_HOUR + minutes * MS_PER_MINUTE);
}

// date, separator, time, offset (optional here; whether it may be absent is the caller's choice).
const DATE_TIME = /^([\dW-]+)[Tt ]([\d:.,]+)(Z|z|[+-][\d:]+)?$/;

export interface DateTimeOptions {
  /** Read a date-time without an offset as UTC (provider exports) instead of refusing it. */
  offsetlessAsUtc?: boolean;
}

/**
 * The instant (epoch ms) a date-time with an offset denotes; undefined when the text is not an
 * accepted ISO 8601 date-time (see the module comment) or the instant falls outside years 0000–9999.
 */
export function parseIsoDateTime(text: string, options: DateTimeOptions = {}): number | undefined {
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, dateText, timeText] = match;
  const offsetText = match[3] as string | undefined;
  if (offsetText === undefined && !options.offsetlessAsUtc) return undefined;
  const day = readDay(dateText);
  const time = readTime(timeText);
  const offset = offsetText === undefined ? 0 : readOffset(offsetText);
  if (day === undefined || time === undefined || offset === undefined) return undefined;
  const instant = day * MS_PER_DAY + time - offset;
  return instant >= EARLIEST && instant <= LATEST ? instant : undefined;
}

/** A bare date in any accepted form as `YYYY-MM-DD`; undefined when it is none or an impossible one. */
export function parseIsoDate(text: string): string | undefined {
  const day = readDay(text);
  return day === undefined ? undefined : new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export const isIsoDateTime = (text: string): boolean => parseIsoDateTime(text) !== undefined;
export const isIsoDate = (text: string): boolean => parseIsoDate(text) !== undefined;

/** A date-time as the canonical UTC form of responses, `2026-01-15T04:30:00.000Z`. */
export function toUtcIso(text: string, options: DateTimeOptions = {}): string | undefined {
  const instant = parseIsoDateTime(text, options);
  return instant === undefined ? undefined : new Date(instant).toISOString();
}

/**
 * How a value that may be a date or a date-time is stored (deal dates, custom-field dates, SPEC §3.7):
 * a date as `YYYY-MM-DD`, a date-time as canonical UTC. Storing it again leaves it unchanged.
 */
export function normalizeDateOrDateTime(text: string): string | undefined {
  return parseIsoDate(text) ?? toUtcIso(text);
}

/** The instant of a date (its UTC midnight) or date-time, for comparisons; undefined when it is neither. */
export function instantOfDateOrDateTime(text: string): number | undefined {
  const day = readDay(text);
  return day === undefined ? parseIsoDateTime(text) : day * MS_PER_DAY;
}
