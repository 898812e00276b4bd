import { maxHeaderSize } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { errorEnvelopeAt } from './envelope.js';
import { ERROR_STATUS, type ErrorCode } from './errors.js';
import { newRequestId } from './request-ids.js';

/** What Node's HTTP server passes with a `clientError`: the parser's code and the bytes it stopped in. */
type ClientError = Error & { code?: string; rawPacket?: Buffer };
type ClientErrorHandler = NonNullable<FastifyServerOptions['clientErrorHandler']>;

/** The longest path an answer repeats; a longer one (a 431 for its URL) is answered with an empty path. */
const MAX_PATH_ECHOED = 2048;
const REQUEST_LINE = new RegExp(`^[A-Z]+ (/[^ ?#\\r\\n]{0,${MAX_PATH_ECHOED - 1}})[ ?#]`);

function describe(error: ClientError): [ErrorCode, string] {
  if (error.code === 'HPE_HEADER_OVERFLOW') return ['HEADERS_TOO_LARGE', `The request line and headers exceed the limit of ${maxHeaderSize} bytes`];
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return ['REQUEST_TIMEOUT', 'The request was not received in time'];
  if (error.code?.startsWith('HPE_INVALID_HEADER')) return ['BAD_REQUEST', 'A request header is malformed'];
  return ['BAD_REQUEST', 'The request is not valid HTTP'];
}

/** The request path (SPEC §2.3: without the query string) when the refused bytes begin with a request line. */
function pathOf(rawPacket: Buffer | undefined): string {
  const head = rawPacket?.toString('latin1', 0, MAX_PATH_ECHOED + 32) ?? '';
  return REQUEST_LINE.exec(head)?.[1] ?? '';
}

/**
 * Fastify's `clientErrorHandler`: requests Node's HTTP parser refuses before Fastify sees them —
 * request line and headers over Node's limit (431), a malformed header line (400), a request not
 * received in time (408). Node and Fastify answer those with a body of their own, outside the
 * SPEC §2.3 envelope and without a request id; this answers with both, logs the id, and closes
 * the connection (the parser cannot go on after such an error).
 */
export const clientErrorHandler: ClientErrorHandler = function (this: FastifyInstance, connectionError, socket: Socket): void {
  // Fastify types the packet as the JSON form of a Buffer; Node passes the Buffer itself.
  const error = connectionError as unknown as ClientError;
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [code, customMessage] = describe(error);
  const [status, reason] = ERROR_STATUS[code];
  const requestId = newRequestId();
  const path = pathOf(error.rawPacket);
  this.log.info({ reqId: requestId, code: error.code, path, statusCode: status }, `request refused by the HTTP parser: ${error.message}`);
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(errorEnvelopeAt(path, status, reason, customMessage, null));
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Request-Id: ${requestId}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
};
