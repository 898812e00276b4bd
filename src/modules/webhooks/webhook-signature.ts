import { createHmac, randomInt } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A new signing secret: `whsec_` + 40 base62 characters from the CSPRNG (≈238 bits). */
export function generateSigningSecret(): string {
  let secret = '';
  for (let i = 0; i < 40; i += 1) secret += BASE62[randomInt(62)];
  return `whsec_${secret}`;
}

/** Hex HMAC-SHA256 of `${t}.${body}` with `secret`: what a receiver recomputes to verify. */
export function signatureOf(secret: string, timestampSeconds: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestampSeconds}.${body}`, 'utf8').digest('hex');
}

/**
 * The `Intentbase-Signature` header: `t=<unix seconds>,v1=<hex>` — one `v1` per secret that signs,
 * the current one first (two during the 24 hours after a roll), as Stripe does.
 */
export function signatureHeader(secrets: readonly string[], timestampSeconds: number, body: string): string {
  return [`t=${timestampSeconds}`, ...secrets.map((secret) => `v1=${signatureOf(secret, timestampSeconds, body)}`)].join(',');
}
