import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const KEY_PATTERN = /^ib_[0-9A-Za-z]{40}$/;
/** Non-secret characters kept for display: `ib_` plus the first 6 of the secret. */
const DISPLAY_PREFIX_LENGTH = 9;

export function isApiKeyFormat(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** A new key: `ib_` + 40 base62 characters from the CSPRNG (≈238 bits). */
export function generateApiKey(): string {
  let secret = '';
  for (let i = 0; i < 40; i += 1) secret += BASE62[randomInt(62)];
  return `ib_${secret}`;
}

/** Keys carry enough entropy that a fast hash is safe; a slow KDF would only cost every request. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function displayPrefix(key: string): string {
  return key.slice(0, DISPLAY_PREFIX_LENGTH);
}

/** Constant-time comparison of two hex digests of equal length. */
export function hashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
