import type { IncomingMessage } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Dialect } from '../db/index.js';
import { ApiError, ERROR_STATUS, type ErrorCode } from './errors.js';
import { errorEnvelope, isEnvelope, requestPath, successEnvelope } from './envelope.js';
import { createAjv, toValidationIssues, unstorableValueIssues } from './validation.js';
import { installJsonBodyParser } from './json-body.js';
import { repairLastSync } from './schema-helpers.js';
import { MAX_JSON_DEPTH } from './limits.js';
import { withArraySizeGuard, withFiniteCoercedNumbers, withReportedErrorsCapped } from './validator-guards.js';

const bodyAjv = createAjv('body');
const queryAjv = createAjv('query');

/** Fastify's own request errors, by code, and what the client is told. */
const FASTIFY_ERRORS: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['BAD_REQUEST', 'Content-Length does not match the request body'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['BAD_REQUEST', 'Request body is not valid JSON'],
  FST_ERR_CTP_INVALID_JSON_BODY: ['BAD_REQUEST', 'Request body is not valid JSON'],
  FST_ERR_BAD_URL: ['BAD_REQUEST', 'The request URL is malformed'],
  FST_ERR_ASYNC_CONSTRAINT: ['BAD_REQUEST', 'The request could not be routed'],
  FST_ERR_MAX_PARAM_LENGTH: ['BAD_REQUEST', 'A path parameter is too long'],
};

function codeForStatus(status: number): ErrorCode {
  const entry = Object.entries(ERROR_STATUS).find(([, [s]]) => s === status);
  return (entry?.[0] as ErrorCode | undefined) ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
}

/** Turns anything thrown into an ApiError; anything unexpected becomes a 500 that reveals nothing. */
function toApiError(error: FastifyError, request: FastifyRequest, dialect: Dialect, bodyLimit: number): ApiError {
  if (error instanceof ApiError) return error;
  if (error.validation) {
    const issues = toValidationIssues(error.validation as never);
    return issues.length > 0 ? ApiError.validation(issues) : ApiError.badRequest(error.message);
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new ApiError('PAYLOAD_TOO_LARGE', `Request body exceeds the limit of ${bodyLimit} bytes`);
  }
  const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
  if (known) return new ApiError(known[0], known[1]);
  if (error instanceof SyntaxError && error.statusCode === 400) return ApiError.badRequest('Request body is not valid JSON');
  // A last line of defence: text PostgreSQL cannot hold (NUL) reaching a query through a path or
  // query parameter. Bodies are checked up front; this keeps any other way in from being a 500.
  if (dialect.isUnstorableText(error)) return ApiError.badRequest('The request contains characters that cannot be stored (NUL or unpaired surrogates)');
  // Kysely refuses every query once its database is closed: a request still in flight while the
  // process shuts down meets a database that is, for it, unavailable.
  if (dialect.isUnavailable(error) || error.message === 'driver has already been destroyed') {
    request.log.warn({ err: error }, 'database unavailable');
    return new ApiError('SERVICE_UNAVAILABLE', 'The database is unavailable; retry shortly');
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return new ApiError(codeForStatus(status), error.message);
  request.log.error({ err: error, reqId: request.id }, 'unhandled error');
  return new ApiError('INTERNAL', `An unexpected error occurred (request ${request.id})`);
}

/**
 * How much of a body is read and thrown away before an error answered without reading it (a 413 from
 * its Content-Length, a 401 or 415 decided from the headers) is sent: a client that writes its whole
 * body before reading (fetch, most HTTP libraries) then sees the JSON error instead of a broken pipe. Beyond these bounds the connection is closed as before, so a huge or dripping body
 * costs the server no more than this.
 */
const DRAIN_LIMITS = { maxBytes: 64 * 1024 * 1024, maxMs: 10_000 };

/** Reads and discards what is left of a request body, up to `maxBytes` or `maxMs`, whichever comes first. */
function drainRequestBody(raw: IncomingMessage, limits: { maxBytes: number; maxMs: number }): Promise<void> {
  // `readableEnded`: a body already read to its end (an injected request never sets `complete`).
  if (raw.complete || raw.readableEnded || raw.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let seen = 0;
    const finish = () => {
      clearTimeout(timer);
      raw.off('data', onData).off('end', finish).off('error', finish).off('close', finish);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > limits.maxBytes) finish();
    };
    const timer = setTimeout(finish, limits.maxMs);
    raw.on('data', onData).on('end', finish).on('error', finish).on('close', finish);
    raw.resume();
  });
}

/**
 * Fastify's `frameworkErrors` option: errors raised before a request is routed (a URL that cannot be
 * decoded, a path parameter over `maxParamLength`). Without it Fastify answers them itself, outside
 * the envelope and without a request id. No hook has run yet, so the id header is set here.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const [code, message] = FASTIFY_ERRORS[error.code] ?? ['BAD_REQUEST', 'The request could not be routed'];
  const apiError = new ApiError(code, message);
  reply
    .header('x-request-id', request.id)
    .status(apiError.statusCode)
    .send(errorEnvelope(request, apiError.statusCode, apiError.reason, apiError.customMessage, null));
}

/**
 * The HTTP conventions of SPEC §2 for every route: strict JSON bodies, schema errors in the §2.4
 * templates, the envelope on every response, one error handler, a request id on every response.
 */
export function installHttpConventions(
  app: FastifyInstance,
  dialect: Dialect,
  bodyLimit: number,
  options: { notFoundFallback?: (request: FastifyRequest, reply: FastifyReply) => boolean } = {},
): void {
  app.removeContentTypeParser('text/plain');
  installJsonBodyParser(app, MAX_JSON_DEPTH);
  // Response schemas document the API (src/http/response-schemas.ts); they must not serialise it.
  // Fastify would compile them into fast-json-stringify serialisers, which silently drop any
  // property a schema does not list; JSON.stringify (what Fastify uses for a route without a
  // response schema) keeps every response byte for byte what the handler returned.
  app.setSerializerCompiler(() => (payload: unknown) => JSON.stringify(payload));
  app.setValidatorCompiler(({ schema, httpPart }) =>
    withReportedErrorsCapped(
      httpPart === 'body' ? withArraySizeGuard(schema, bodyAjv.compile(schema), bodyAjv) : withFiniteCoercedNumbers(schema, queryAjv.compile(schema)),
    ),
  );

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // A POST without a body is validated as an empty object, so its missing fields are reported. A
  // route where `{}` is a complete request with a meaning of its own (PUT /scoring/config: restore
  // every default) says `config: { bodyRequired: true }`: there no body or `null` is refused.
  app.addHook('preValidation', async (request) => {
    repairLastSync(request.query);
    if (request.body !== undefined && request.body !== null) return;
    request.body = request.routeOptions.config.bodyRequired ? null : {};
  });

  // After the schema checks, before any handler writes: values neither engine can store alike.
  app.addHook('preHandler', async (request) => {
    const issues = unstorableValueIssues(request.body);
    if (issues.length > 0) throw ApiError.validation(issues);
  });

  app.addHook('preSerialization', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) =>
    isEnvelope(payload) || request.routeOptions.config.envelope === false ? payload : successEnvelope(request, reply, payload),
  );

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const apiError = toApiError(error, request, dialect, bodyLimit);
    await drainRequestBody(request.raw, DRAIN_LIMITS);
    return reply
      .status(apiError.statusCode)
      .send(errorEnvelope(request, apiError.statusCode, apiError.reason, apiError.customMessage, apiError.data));
  });

  // The console's client-side routes (src/http/console.ts) answer its page; anything else the 404 of SPEC §2.2.
  const fallback = options.notFoundFallback;
  app.setNotFoundHandler((request, reply) => {
    if (fallback?.(request, reply)) return;
    notFoundHandler(request, reply);
  });
}

/**
 * Unknown route → 404 `Cannot <METHOD> <path>` (SPEC §2.2). A prefix that needs a key installs it
 * again after its auth hook, so an unknown path there answers 401 without a valid key.
 */
export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): void {
  const path = requestPath(request);
  reply.status(404).send(errorEnvelope(request, 404, 'Not Found', `Cannot ${request.method} ${path}`, null));
}
