import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import ipaddr from 'ipaddr.js';
import { bareHost, guardedLookup, isPermittedAddress, refusedAddressMessage } from './webhook-addresses.js';

/** A 2xx within this long is a success; anything slower is a failed attempt. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** The most of a response body that is read; the rest is dropped with the connection. */
export const RESPONSE_BODY_CAP_BYTES = 64 * 1024;

export interface AttemptOutcome {
  ok: boolean;
  /** The response's status, when one came (a redirect's too: it is not followed). */
  statusCode: number | null;
  durationMs: number;
  /** Why it failed, when it did without a status (refused address, timeout, connection error). */
  error: string | null;
}

export interface PostOptions {
  allowLoopback: boolean;
  timeoutMs?: number;
}

/**
 * POSTs a signed body to an endpoint: to a permitted address only (checked on the literal, or on
 * every address a name resolves to, at connect time), redirects not followed, at most 64 KB of the
 * answer read, the whole exchange bounded by the timeout. Never throws: every end is an outcome.
 */
export function postWebhook(url: string, headers: Record<string, string>, body: string, options: PostOptions): Promise<AttemptOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const target = new URL(url);
  const host = bareHost(target);
  if (ipaddr.isValid(host) && !isPermittedAddress(host, options.allowLoopback)) {
    return Promise.resolve({ ok: false, statusCode: null, durationMs: 0, error: refusedAddressMessage(host, host) });
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<AttemptOutcome, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve({ ...outcome, durationMs: elapsed() });
    };
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Intentbase-Webhooks/1', ...headers },
      lookup: guardedLookup(options.allowLoopback),
      // A fresh connection per attempt: a pooled socket could be one resolved before an endpoint's DNS changed.
      agent: false,
    });
    const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
    const timer = setTimeout(() => finish({ ok: false, statusCode: null, error: `no answer within ${timeoutMs / 1000} s` }), timeoutMs);
    request.on('error', (error) => finish({ ok: false, statusCode: null, error: error.message }));
    request.on('response', (response) => readCapped(response, () => finish(outcomeOf(response.statusCode ?? 0))));
    request.end(body);
  });
}

function outcomeOf(statusCode: number): Omit<AttemptOutcome, 'durationMs'> {
  const ok = statusCode >= 200 && statusCode < 300;
  return { ok, statusCode, error: ok ? null : `answered ${statusCode}` };
}

/** Reads the body up to the cap (an endpoint cannot make the server hold more), then calls `done`. */
function readCapped(response: IncomingMessage, done: () => void): void {
  let read = 0;
  response.on('data', (chunk: Buffer) => {
    read += chunk.length;
    if (read >= RESPONSE_BODY_CAP_BYTES) done();
  });
  response.on('end', done);
  response.on('error', done);
}
