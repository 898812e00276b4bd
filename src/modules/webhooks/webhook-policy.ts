import ipaddr from 'ipaddr.js';
import { ApiError } from '../../http/errors.js';
import { bareHost, isPermittedAddress } from './webhook-addresses.js';

const HOUR_MS = 3_600_000;

/** How the dispatcher retries and gives up (docs/api.md, "Webhooks"); tests pass shorter windows and a moved clock. */
export interface RetryPolicy {
  /** The first retry's delay; each next one doubles, up to `maxDelayMs`, each with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A delivery is retried this long after it was created (or retried by hand), then marked failed. */
  windowMs: number;
  /** An endpoint whose attempts have failed this long without a success is disabled. */
  disableAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 30_000, maxDelayMs: HOUR_MS, windowMs: 24 * HOUR_MS, disableAfterMs: 72 * HOUR_MS };

/** After a roll, the old secret keeps signing this long beside the new one. */
export const SECRET_OVERLAP_MS = 24 * HOUR_MS;

/**
 * When the next attempt is due after `attempts` failed ones: exponential backoff with jitter (half
 * to all of the delay, so endpoints that failed together do not all retry together), never after
 * the end of the delivery's window — the last attempt is made at its end.
 */
export function nextAttemptAt(policy: RetryPolicy, attempts: number, now: number, windowEnd: number, random: () => number = Math.random): number {
  const delay = Math.min(policy.baseDelayMs * 2 ** Math.min(attempts - 1, 30), policy.maxDelayMs);
  return Math.min(now + Math.round(delay * (0.5 + random() / 2)), windowEnd);
}

function isLoopbackName(host: string): boolean {
  return host === 'localhost' || (ipaddr.isValid(host) && ipaddr.process(host).range() === 'loopback');
}

/**
 * Checks an endpoint URL when it is saved: https (plain http only to loopback, and loopback only with
 * WEBHOOK_ALLOW_LOOPBACK=1), no credentials in it, and not an address literal the dispatcher would
 * refuse. A name is resolved, and refused if it points inward, at each delivery (webhook-http.ts).
 */
export function checkEndpointUrl(raw: string, allowLoopback: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw ApiError.badRequest(`Invalid url '${raw}'`);
  }
  const host = bareHost(url);
  const loopback = isLoopbackName(host);
  if (loopback && !allowLoopback) throw ApiError.badRequest('A webhook url may not point at this server’s own machine (loopback)');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) throw ApiError.badRequest('A webhook url must use https');
  if (url.username !== '' || url.password !== '') throw ApiError.badRequest('A webhook url may not carry credentials');
  if (ipaddr.isValid(host) && !isPermittedAddress(host, allowLoopback)) throw ApiError.badRequest(`A webhook url may not point at a private or reserved address (${host})`);
  return url.toString();
}
