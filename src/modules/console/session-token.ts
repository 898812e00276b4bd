import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The session cookie's value: `<workspace id>.<secret>`. The workspace id lets the session be found
 * by its full key (workspace first, as every table is keyed); the secret is 256 random bits, of
 * which the database holds only a sha256 — as with API keys, the entropy makes a fast hash safe.
 */
const TOKEN_PATTERN = /^([0-9a-f]{24})\.([A-Za-z0-9_-]{43})$/;

export interface SessionToken {
  workspaceId: string;
  tokenHash: string;
}

export function newSessionToken(workspaceId: string): { token: string; tokenHash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `${workspaceId}.${secret}`, tokenHash: hashSecret(secret) };
}

/** The lookup key of a presented token; undefined when it cannot be one of ours. */
export function parseSessionToken(token: string): SessionToken | undefined {
  const match = TOKEN_PATTERN.exec(token);
  return match ? { workspaceId: match[1], tokenHash: hashSecret(match[2]) } : undefined;
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A CSRF token: random, per session, sent back by the console in `X-CSRF-Token`. */
export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time equality of two strings (false when the lengths differ). */
export function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
