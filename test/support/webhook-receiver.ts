import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';

export interface ReceivedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** How the receiver answers one request: it may answer late, never, or with anything. */
export type Answer = (request: ReceivedRequest, response: ServerResponse) => void;

export const answerOk: Answer = (_request, response) => {
  response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
};

export interface Receiver {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly received: ReceivedRequest[];
  /** What the next requests get; by default 200. */
  answer: Answer;
  /** Resolves once `count` requests have arrived in all. */
  waitFor(count: number): Promise<void>;
}

/** A local HTTP endpoint on 127.0.0.1 that records what webhooks bring; listening for the suite. */
export function useReceiver(): () => Receiver {
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const received: ReceivedRequest[] = [];
  let url = '';
  const receiver: Receiver = {
    get url() {
      return url;
    },
    received,
    answer: answerOk,
    waitFor: (count) =>
      new Promise((resolve) => {
        if (received.length >= count) resolve();
        else waiters.push({ count, resolve });
      }),
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const arrived = { path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(arrived);
      for (const waiter of waiters.filter((w) => received.length >= w.count)) waiter.resolve();
      receiver.answer(arrived, response);
    });
  });
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  return () => receiver;
}

/**
 * Verifies `Intentbase-Signature` as a receiver would (the format the TypeScript client's
 * verifyWebhook checks): some `v1` is the HMAC-SHA256 of `${t}.${body}` with the secret.
 */
export function signedBy(secret: string, header: string | string[] | undefined, body: string): boolean {
  const parts = String(header).split(',').map((part) => part.split('='));
  const t = parts.find(([key]) => key === 't')?.[1];
  if (t === undefined || !/^\d+$/.test(t)) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  return parts.filter(([key]) => key === 'v1').some(([, hex]) => {
    const given = Buffer.from(hex, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
