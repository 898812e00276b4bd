import { Type, type Static, type TSchema, type TUnsafe } from 'typebox';
import { ERROR_STATUS } from './errors.js';
import { Nullable } from './schema-helpers.js';

/**
 * Response schemas: the SPEC §2.3 envelope around each route's `data`, and the error envelopes.
 *
 * They document the API (GET /api/v1/openapi.json) and are what test/openapi.test.ts checks real
 * responses against; they are NOT what serialises responses: the app keeps `JSON.stringify` as its
 * serializer (src/http/setup.ts), so a field missing from a schema is never dropped from a response.
 *
 * Typing: each schema describes the envelope on the wire, but its TypeScript type is what the
 * handler returns — the `data` (the envelope hook wraps it) for a 200, `never` for an error (errors
 * are thrown, not returned). With the TypeBox type provider, tsc then checks every handler returns
 * what the document promises.
 */

/** Every envelope's `timestamp` (SPEC §2.3). */
const Timestamp = () => Type.String({ format: 'date-time', description: 'Server time, ISO 8601 UTC with milliseconds' });

/** An ISO 8601 UTC date-time with milliseconds, as every response timestamp is written (SPEC §2.5). */
export const IsoTimestamp = (options: Record<string, unknown> = {}) => Type.String({ format: 'date-time', ...options });

/** An object with arbitrary keys whose values match `value` (JSON Schema `additionalProperties`). */
export function MapOf<T extends TSchema>(value: T, options: Record<string, unknown> = {}): TUnsafe<Record<string, Static<T>>> {
  return Type.Unsafe<Record<string, Static<T>>>({ type: 'object', additionalProperties: value, ...options });
}

/** `statusCode`: the HTTP status, as an integer constant. */
const StatusCode = <N extends number>(status: N) => Type.Unsafe<N>({ type: 'integer', const: status });

const EXAMPLE_TIME = '2026-04-30T10:00:00.000Z';

/** SPEC §2.4: one entry per offending property. */
export const ValidationIssue = Type.Object(
  {
    property: Type.String({ description: 'The leaf property name' }),
    path: Type.String({ description: 'The full location, e.g. accounts[0].domain' }),
    constraints: MapOf(Type.String(), { description: 'Constraint key → message' }),
  },
  { title: 'ValidationIssue', description: 'A validation error of one property (docs/api.md#validation-errors)' },
);

export interface EnvelopeOptions<T extends TSchema> {
  description: string;
  /** An example of `data` (from SPEC where it gives one), shown inside a full envelope. */
  example?: Static<T>;
  /** The request path the example envelope shows; the CRM generation's copy is rewritten. */
  path?: string;
}

/** A 200 envelope `{ statusCode, timestamp, path, data }`; typed as its `data` (see the top of this file). */
export function Envelope<T extends TSchema>(data: T, options: EnvelopeOptions<T>): TUnsafe<Static<T>> {
  const schema = Type.Object(
    {
      statusCode: StatusCode(200),
      timestamp: Timestamp(),
      path: Type.String({ description: 'The request path without its query string' }),
      data,
    },
    {
      description: options.description,
      ...(options.example === undefined
        ? {}
        : { examples: [{ statusCode: 200, timestamp: EXAMPLE_TIME, path: options.path ?? '/api/v1', data: options.example }] }),
    },
  );
  return Type.Unsafe<Static<T>>(schema);
}

/** `{ data: [...], nextCursor, hasNextPage, syncTimestamp }` (SPEC §2.7). */
export function Page<T extends TSchema>(item: T, description = 'One page of a keyset-paginated list (docs/api.md#pagination-and-delta-sync)') {
  return Type.Object(
    {
      data: Type.Array(item),
      nextCursor: Nullable(Type.String({ description: 'Pass as `cursor` for the next page; null exactly when hasNextPage is false' })),
      hasNextPage: Type.Boolean(),
      syncTimestamp: IsoTimestamp({ description: 'Pass as `lastSync` on the next delta-sync pass' }),
    },
    { description },
  );
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 429 | 500 | 503;

const REASON: Record<number, string> = Object.fromEntries(Object.values(ERROR_STATUS).map(([status, reason]) => [status, reason]));

/** What each error status means on any route, with an example customMessage (SPEC §2). */
const GENERIC: Record<ErrorStatus, { description: string; example: string }> = {
  400: {
    description:
      'The request is invalid: a schema violation (`data` lists each offending property, docs/api.md#validation-errors), unparseable JSON, ' +
      'a malformed path id or cursor, or a rule of the endpoint',
    example: 'domain should not be empty',
  },
  401: {
    description:
      'Neither an X-Api-Key header nor a console session cookie, the key is unknown, revoked or malformed, the session has expired, ' +
      'or API access is not enabled for the workspace',
    example: 'X-Api-Key header is required',
  },
  403: {
    description:
      'A write (POST, PUT, PATCH, DELETE) with a read-only API key, or a state-changing request authenticated by the session cookie ' +
      'without the session’s X-CSRF-Token',
    example: 'Missing or invalid CSRF token',
  },
  404: { description: 'Not found in the key’s workspace', example: 'Not found' },
  409: { description: 'Conflicts with existing data', example: 'Conflict' },
  410: { description: 'What was asked for is no longer kept', example: 'Gone' },
  413: { description: 'The body is over the size limit (default 5 MiB)', example: 'Request body exceeds the limit of 5242880 bytes' },
  415: { description: 'The body is not `application/json`', example: 'Content-Type must be application/json' },
  429: {
    description:
      'The rate limit of the key or console user (for requests without valid credentials: of the client address) is spent; ' +
      'the Retry-After header says in how many seconds to retry',
    example: 'Rate limit exceeded: retry in 1 seconds',
  },
  500: { description: 'An unexpected error; nothing internal is revealed, the request id is logged', example: 'An unexpected error occurred (request 5b0c…)' },
  503: { description: 'The database is unavailable; retry shortly', example: 'The database is unavailable; retry shortly' },
};

/** An error envelope (SPEC §2.3); `data` is null, or for a 400 possibly the §2.4 issue list. Typed `never`: errors are thrown. */
export function ErrorEnvelope(status: ErrorStatus, note: { description?: string; example?: string } = {}): TUnsafe<never> {
  const generic = GENERIC[status];
  const data = status === 400 ? Nullable(Type.Array(ValidationIssue)) : Type.Null();
  const exampleData =
    status === 400 && note.example === undefined
      ? [{ property: 'domain', path: 'accounts[0].domain', constraints: { isNotEmpty: 'domain should not be empty' } }]
      : null;
  const schema = Type.Object(
    {
      statusCode: StatusCode(status),
      timestamp: Timestamp(),
      path: Type.String(),
      message: Type.Literal(REASON[status], { description: 'The HTTP reason phrase' }),
      customMessage: Type.String({ description: 'What exactly is wrong' }),
      data,
    },
    {
      title: `${REASON[status].replace(/ /g, '')}${REASON[status].endsWith('Error') ? '' : 'Error'}`,
      description: note.description ?? generic.description,
      examples: [
        {
          statusCode: status,
          timestamp: EXAMPLE_TIME,
          path: '/api/v1/accounts',
          message: REASON[status],
          customMessage: note.example ?? generic.example,
          data: exampleData,
        },
      ],
    },
  );
  return Type.Unsafe<never>(schema);
}

export interface ResponseOptions {
  /** The route reads a JSON body: 413 and 415 become possible. */
  body?: boolean;
  /** Route-specific wording (and example customMessage) of a status; 404 and 409 are declared only when given. */
  400?: { description?: string; example?: string };
  404?: { description: string; example: string };
  409?: { description: string; example: string };
  410?: { description: string; example: string };
  /** Route-specific wording of the 401 (the generic one speaks of keys). */
  401?: { description: string; example: string };
  /** Route-specific wording of the 403 (an admin-only route, say). */
  403?: { description: string; example: string };
  /** Route-specific wording of 413 and 415 (a body that is not JSON, or has a limit of its own). */
  413?: { description: string; example: string };
  415?: { description: string; example: string };
  429?: { description: string; example: string };
}

/**
 * The `schema.response` of an /api/v1 route: its 200 envelope and every error it can answer —
 * 400 (a malformed URL or query is possible anywhere), 401, 403, 429, 500, 503 always; 413 and 415
 * with a body; 404 and 409 where the route says so.
 */
export function apiResponses<T extends TSchema>(ok: T, options: ResponseOptions = {}): { 200: T } & ErrorResponses {
  const responses = {
    200: ok,
    400: ErrorEnvelope(400, options[400]),
    401: ErrorEnvelope(401, options[401]),
    403: ErrorEnvelope(403, options[403]),
    ...(options[404] ? { 404: ErrorEnvelope(404, options[404]) } : {}),
    ...(options[409] ? { 409: ErrorEnvelope(409, options[409]) } : {}),
    ...(options[410] ? { 410: ErrorEnvelope(410, options[410]) } : {}),
    429: ErrorEnvelope(429, options[429]),
    ...(options.body ? { 413: ErrorEnvelope(413, options[413]), 415: ErrorEnvelope(415, options[415]) } : {}),
    500: ErrorEnvelope(500),
    503: ErrorEnvelope(503),
  };
  // The type lists every error status (all `never`) so the type provider's reply type is the 200's alone.
  return responses as { 200: T } & ErrorResponses;
}

type ErrorResponses = Record<ErrorStatus, TUnsafe<never>>;
