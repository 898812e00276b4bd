import { Type, type TSchema, type Static } from 'typebox';
import { parseIsoDateTime } from '../lib/iso-date.js';
import { ApiError } from './errors.js';
import { MAX_LENGTH } from './limits.js';

/**
 * Schema building blocks shaped for the SPEC §2.4 message templates: enums carry no `type` (so a
 * wrong value yields only `isIn`), nullables are a type list rather than an anyOf.
 */
export function StringEnum<const T extends readonly string[]>(values: T, options: Record<string, unknown> = {}) {
  return Type.Unsafe<T[number]>({ enum: [...values], ...options });
}

export function Nullable<T extends TSchema>(schema: T) {
  const raw = schema as unknown as { type?: string; enum?: unknown[] };
  if (raw.enum) return Type.Unsafe<Static<T> | null>({ ...raw, enum: [...raw.enum, null] });
  return Type.Unsafe<Static<T> | null>({ ...raw, type: [raw.type, 'null'] });
}

export const IsoDateTime = (options: Record<string, unknown> = {}) => Type.String({ format: 'iso8601', ...options });

/**
 * A cursor has no `maxLength` in its schema: SPEC §2.7 answers any cursor that cannot be decoded,
 * a too long one included, with `Invalid cursor` (src/http/cursor.ts), not a validation message.
 */
export const CURSOR_DESCRIPTION = `The previous page’s \`nextCursor\` (opaque; at most ${MAX_LENGTH.cursor} characters, anything else answers \`Invalid cursor\`)`;

/** `limit`, `cursor`, `lastSync` of SPEC §2.7. */
export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100, description: 'Page size' })),
  cursor: Type.Optional(Type.String({ description: CURSOR_DESCRIPTION })),
  lastSync: Type.Optional(
    IsoDateTime({ description: 'ISO 8601 date-time: only records changed strictly after it (pass the last pass’s `syncTimestamp`)' }),
  ),
};

/**
 * The instant (epoch ms) of a validated `lastSync`, for the `changed_at > …` filter of a list. The
 * query schema checked it with the same parser; should anything reach a list unchecked, it is still a
 * 400 here, never a NaN in SQL (an empty page on SQLite, a 500 on PostgreSQL).
 */
export function lastSyncInstant(lastSync: string | undefined): number | undefined {
  if (lastSync === undefined) return undefined;
  const instant = parseIsoDateTime(lastSync);
  if (instant === undefined) {
    throw ApiError.validation([
      { property: 'lastSync', path: 'lastSync', constraints: { isISO8601: 'lastSync must be a valid ISO 8601 date string' } },
    ]);
  }
  return instant;
}

/**
 * A `+hh:mm` offset sent unencoded in a query string arrives as a space (`+` means space in URL form
 * encoding): `2026-04-30T10:00:00 02:00`. That can only have been meant as `+02:00`, so it is read
 * so; anything else with a space is refused with the way to encode it.
 */
const UNENCODED_PLUS_OFFSET = /^(\S+T\S+) (\d{2}(?::?\d{2})?)$/;

export const LAST_SYNC_ENCODING_HINT =
  "lastSync must be a valid ISO 8601 date string (send '+' in a query string as %2B, e.g. 2026-04-30T10:00:00%2B02:00)";

/** The query's `lastSync` as meant: a space before an offset becomes the `+` it was; see above. */
export function repairLastSync(query: unknown): void {
  const holder = query as { lastSync?: unknown } | undefined;
  const value = holder?.lastSync;
  if (typeof value !== 'string' || !value.includes(' ')) return;
  const repaired = value.replace(UNENCODED_PLUS_OFFSET, '$1+$2');
  if (parseIsoDateTime(repaired) === undefined) {
    throw ApiError.validation([{ property: 'lastSync', path: 'lastSync', constraints: { isISO8601: LAST_SYNC_ENCODING_HINT } }]);
  }
  holder!.lastSync = repaired;
}

export const NonEmptyString = (options: Record<string, unknown> = {}) => Type.String({ minLength: 1, ...options });
