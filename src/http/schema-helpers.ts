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

export const NonEmptyString = (options: Record<string, unknown> = {}) => Type.String({ minLength: 1, ...options });
