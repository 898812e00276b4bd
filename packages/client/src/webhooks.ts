/**
 * Checks a webhook delivery: `Intentbase-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>…]`, each v1
 * the HMAC-SHA256 of `${t}.${rawBody}` under a signing secret (several while a rolled secret overlaps
 * the old one). Web Crypto only, so it runs in Node, browsers' workers, Deno, Bun and edge runtimes.
 */

export const SIGNATURE_HEADER = 'intentbase-signature';
export const EVENT_ID_HEADER = 'intentbase-event-id';

/** Why a delivery was refused. */
export type WebhookFailure = 'missing-signature' | 'malformed-signature' | 'timestamp-outside-tolerance' | 'signature-mismatch';

export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
  constructor(readonly reason: WebhookFailure, message: string) {
    super(message);
  }
}

export interface VerifyWebhookOptions {
  /** How far the signature's time may be from now, either way (default 300 s, as Stripe's). */
  toleranceSeconds?: number;
  /** The current time in milliseconds (default Date.now()): for replaying a stored delivery, or a test. */
  now?: number;
}

export interface VerifiedWebhook<Event = unknown> {
  /** `Intentbase-Event-Id`: the same on each retry of one delivery, so a receiver can drop repeats. */
  eventId: string | undefined;
  /** The time the delivery was signed, unix seconds. */
  timestamp: number;
  /** The body, parsed as JSON. */
  event: Event;
}

/** Request headers in the forms frameworks hand them over: a Headers, or Node's / a plain object. */
export type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function isHeaders(headers: HeaderSource): headers is Headers {
  return typeof (headers as Partial<Headers>).get === 'function';
}

function header(headers: HeaderSource, name: string): string | undefined {
  if (isHeaders(headers)) return headers.get(name) ?? undefined;
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(entry) ? entry.join(',') : entry;
}

interface ParsedSignature {
  timestamp: number;
  signatures: Uint8Array[];
}

const HEX_SHA256 = /^[0-9a-f]{64}$/i;

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** `t=…,v1=…,v1=…`; entries of other schemes (a future v2) are skipped, as Stripe's are. */
function parseSignature(value: string): ParsedSignature | undefined {
  let timestamp: number | undefined;
  const signatures: Uint8Array[] = [];
  for (const part of value.split(',')) {
    const separator = part.indexOf('=');
    const name = part.slice(0, separator).trim();
    const content = part.slice(separator + 1).trim();
    if (name === 't' && /^\d+$/.test(content)) timestamp = Number(content);
    if (name === 'v1' && HEX_SHA256.test(content)) signatures.push(hexToBytes(content));
  }
  return timestamp === undefined || signatures.length === 0 ? undefined : { timestamp, signatures };
}

/** Equal in time that depends only on the length, never on where the first difference is. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

function bodyBytes(rawBody: string | Uint8Array | ArrayBuffer): Uint8Array {
  if (typeof rawBody === 'string') return new TextEncoder().encode(rawBody);
  return rawBody instanceof Uint8Array ? rawBody : new Uint8Array(rawBody);
}

async function expectedSignature(secret: string, timestamp: number, body: Uint8Array): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const prefix = encoder.encode(`${timestamp}.`);
  const payload = new Uint8Array(prefix.length + body.length);
  payload.set(prefix);
  payload.set(body, prefix.length);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, payload));
}

function decodeBody(body: Uint8Array): unknown {
  const text = new TextDecoder().decode(body);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Resolves with the delivery when its signature is one of the secret's and its time is within the
 * tolerance; rejects with a WebhookVerificationError otherwise. Pass the body exactly as it arrived
 * (the raw bytes or text, not a re-serialised parse: any change breaks the signature).
 */
export async function verifyWebhook<Event = unknown>(
  secret: string,
  headers: HeaderSource,
  rawBody: string | Uint8Array | ArrayBuffer,
  options: VerifyWebhookOptions = {},
): Promise<VerifiedWebhook<Event>> {
  const value = header(headers, SIGNATURE_HEADER);
  if (value === undefined) throw new WebhookVerificationError('missing-signature', 'The delivery has no Intentbase-Signature header');
  const parsed = parseSignature(value);
  if (parsed === undefined) throw new WebhookVerificationError('malformed-signature', 'The Intentbase-Signature header has no t= and v1= entries');
  const tolerance = options.toleranceSeconds ?? 300;
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  if (Math.abs(now - parsed.timestamp) > tolerance) {
    throw new WebhookVerificationError('timestamp-outside-tolerance', `The delivery was signed ${now - parsed.timestamp} s from now, beyond the tolerance of ${tolerance} s`);
  }
  const body = bodyBytes(rawBody);
  const expected = await expectedSignature(secret, parsed.timestamp, body);
  // Every candidate is compared, so the time taken does not tell which one (if any) matched.
  const matches = parsed.signatures.map((signature) => constantTimeEqual(signature, expected));
  if (!matches.includes(true)) throw new WebhookVerificationError('signature-mismatch', 'No signature of the delivery matches the secret');
  return { eventId: header(headers, EVENT_ID_HEADER), timestamp: parsed.timestamp, event: decodeBody(body) as Event };
}
