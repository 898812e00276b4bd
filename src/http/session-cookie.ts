import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The console's session cookie. Parsed and written here rather than through @fastify/cookie: one
 * cookie, read on every request and set in two places, is not worth a dependency.
 */
export const SESSION_COOKIE = 'ib_session';

/** The value of the session cookie the request carries, if any (the first, when a client sent several). */
export function sessionCookieOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at === -1 || pair.slice(0, at).trim() !== SESSION_COOKIE) continue;
    const value = pair.slice(at + 1).trim();
    return value === '' ? undefined : value;
  }
  return undefined;
}

/**
 * `HttpOnly` keeps it from scripts, `SameSite=Lax` from other sites' POSTs (the CSRF token covers
 * the rest), `Secure` whenever the request came over HTTPS — by the socket or, with TRUST_PROXY
 * set, by X-Forwarded-Proto (Fastify's `request.protocol`). No Max-Age: the server expires it.
 */
function attributes(request: FastifyRequest): string {
  return `; HttpOnly; SameSite=Lax; Path=/${request.protocol === 'https' ? '; Secure' : ''}`;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.header('set-cookie', `${SESSION_COOKIE}=${token}${attributes(request)}`);
}

/** Tells the browser to drop the cookie (signed out, or a session that no longer exists). */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('set-cookie', `${SESSION_COOKIE}=${attributes(request)}; Max-Age=0`);
}
