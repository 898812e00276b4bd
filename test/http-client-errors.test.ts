/**
 * Issue 10, class 8: requests Node's HTTP parser refuses before Fastify routes them — request line
 * and headers over Node's 16 KiB, a malformed header line, something that is not HTTP — were
 * answered by Node/Fastify outside the SPEC §2.3 envelope and without an X-Request-Id. Over a real
 * socket (inject never reaches the parser), they now answer in the envelope with our request id.
 */
import assert from 'node:assert/strict';
import { maxHeaderSize } from 'node:http';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { describeEachEngine } from './support/engines.js';
import { getJson } from './support/cli.js';
import { ISO_MS } from './support/route-contract.js';
import { useTestApp } from './support/test-app.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface RawAnswer {
  statusLine: string;
  headers: Record<string, string>;
  body: any;
}

/** Writes `raw` on a fresh connection and reads everything the server sends until it closes. */
function exchange(port: number, raw: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(raw));
    let received = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
    // The server may close while the client still writes its oversized head: that is an answer too.
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
    socket.on('close', () => {
      const [head, ...rest] = received.split('\r\n\r\n');
      const [statusLine, ...headerLines] = head.split('\r\n');
      const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      try {
        resolve({ statusLine, headers, body: JSON.parse(rest.join('\r\n\r\n')) });
      } catch {
        reject(new Error(`not a JSON answer: ${received.slice(0, 500)}`));
      }
    });
  });
}

function assertRefused(answer: RawAnswer, status: number, reason: string, path: string, customMessage: string): void {
  assert.equal(answer.statusLine, `HTTP/1.1 ${status} ${reason}`);
  assert.match(answer.headers['content-type'], /^application\/json/);
  assert.match(answer.headers['x-request-id'], UUID);
  assert.equal(answer.headers.connection, 'close');
  const { timestamp, ...rest } = answer.body;
  assert.match(timestamp, ISO_MS);
  assert.deepEqual(rest, { statusCode: status, path, message: reason, customMessage, data: null });
}

describeEachEngine('requests the HTTP parser refuses (issue 10, class 8)', (engine) => {
  const ctx = useTestApp(engine);
  let app: FastifyInstance;
  let port: number;
  const logLines: string[] = [];

  before(async () => {
    const logger = { level: 'info', stream: { write: (line: string) => void logLines.push(line) } };
    app = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }), { runtime: ctx().app.runtime, logger });
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as { port: number }).port;
  });
  after(async () => {
    await app?.close();
  });

  test('a request head over the limit answers 431 in the envelope, with a request id that is logged', async () => {
    const answer = await exchange(port, `GET /api/v1/accounts?limit=5 HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(maxHeaderSize)}\r\n\r\n`);
    assertRefused(answer, 431, 'Request Header Fields Too Large', '/api/v1/accounts', `The request line and headers exceed the limit of ${maxHeaderSize} bytes`);
    const logged = logLines.map((line) => JSON.parse(line)).find((entry) => entry.reqId === answer.headers['x-request-id']);
    assert.ok(logged, 'the refusal is logged under its request id');
    assert.equal(logged.statusCode, 431);
    // A URL over the limit: its path is too long to repeat.
    const longUrl = await exchange(port, `GET /api/v1/${'a'.repeat(maxHeaderSize)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    assertRefused(longUrl, 431, 'Request Header Fields Too Large', '', `The request line and headers exceed the limit of ${maxHeaderSize} bytes`);
  });

  test('a malformed header line or header value answers 400 in the envelope', async () => {
    for (const header of ['Bad Header Line', 'X-Ok: a\u0001b']) {
      const answer = await exchange(port, `POST /api/v1/accounts HTTP/1.1\r\nHost: x\r\n${header}\r\nContent-Length: 2\r\n\r\n{}`);
      assertRefused(answer, 400, 'Bad Request', '/api/v1/accounts', 'A request header is malformed');
    }
  });

  test('bytes that are not HTTP answer 400 in the envelope, with no path', async () => {
    assertRefused(await exchange(port, 'HELLO THERE\r\n\r\n'), 400, 'Bad Request', '', 'The request is not valid HTTP');
  });

  test('the server goes on answering', async () => {
    assert.deepEqual(await getJson(`http://127.0.0.1:${port}/healthz`), { status: 200, body: { status: 'ok' } });
  });
});
