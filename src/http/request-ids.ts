import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyServerOptions } from 'fastify';

type ChildLoggerFactory = NonNullable<FastifyServerOptions['childLoggerFactory']>;

/**
 * Our id for a request (Fastify's `genReqId`), in the `X-Request-Id` header of every answer and in
 * every log line of the request. Always generated here: an id a client could choose would let it
 * make its requests look like another tenant's in our logs, or collide with them.
 */
export function newRequestId(): string {
  return randomUUID();
}

/** What a log line keeps of a client's own `X-Request-Id`. */
const CLIENT_REQUEST_ID_MAX_LENGTH = 128;

/** The client's `X-Request-Id`, cut to 128 characters, anything but printable ASCII as `?`; undefined when absent or empty. */
export function clientRequestId(headers: IncomingHttpHeaders): string | undefined {
  const raw = headers['x-request-id'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === '') return undefined;
  return value.slice(0, CLIENT_REQUEST_ID_MAX_LENGTH).replace(/[^\x20-\x7e]/g, '?');
}

/**
 * Fastify's `childLoggerFactory`: each request's logger carries the client's id, if it sent one,
 * as `clientRequestId` beside our `reqId`, so a client's report can still be found in the logs.
 */
export const requestLogger: ChildLoggerFactory = (logger, bindings, options, rawRequest) => {
  const client = clientRequestId(rawRequest.headers);
  return logger.child(client === undefined ? bindings : { ...bindings, clientRequestId: client }, options);
};
