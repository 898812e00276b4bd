import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { requestPath } from './envelope.js';

/**
 * The web console (console/, a Vite + React SPA) as `npm run build` leaves it in dist/console:
 * served at `/`, beside the API. Hashed files under /assets/ are cached for a year (a new build
 * has new names); index.html is revalidated on every load. Client-side routes (/accounts,
 * /settings/…) answer index.html, so a deep link or a reload works; paths under /api/, /docs and
 * /healthz never do, and keep their own answers. Every console response carries the security
 * headers below; API responses are left as they were.
 */

/** dist/console, from src/http (tests, tsx) and from dist/http (the compiled server) alike. */
export const CONSOLE_DIR = fileURLToPath(new URL('../../dist/console/', import.meta.url));

/**
 * Only the server's own files: no inline script or style (Vite emits none), nothing from another
 * origin, no framing (clickjacking), forms post only to this origin.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const CONSOLE_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': CONSOLE_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
});

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Paths that belong to the server, never to the console's client-side routes. */
const SERVER_PREFIXES = ['/api', '/docs', '/healthz'];

export interface ConsoleBuild {
  readonly dir: string;
  readonly indexHtml: Buffer;
}

/** The built console in `dir`, or undefined when it was not built (then `/` is a 404 as before). */
export function loadConsoleBuild(dir: string = CONSOLE_DIR): ConsoleBuild | undefined {
  const index = join(dir, 'index.html');
  return existsSync(index) ? { dir, indexHtml: readFileSync(index) } : undefined;
}

/** A GET of a client-side route: not the server's, and not a file (its last segment has no dot). */
export function isConsoleRoute(path: string): boolean {
  if (SERVER_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return !last.includes('.');
}

function sendIndex(build: ConsoleBuild, reply: FastifyReply): FastifyReply {
  return reply.headers(CONSOLE_SECURITY_HEADERS).header('cache-control', REVALIDATE).type('text/html; charset=utf-8').send(build.indexHtml);
}

/**
 * For the app's not-found handler: answers index.html for a client-side route and says so (true);
 * anything else (false) gets the API's 404.
 */
export function consoleRouteFallback(build: ConsoleBuild | undefined) {
  return (request: FastifyRequest, reply: FastifyReply): boolean => {
    if (build === undefined || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
    if (!isConsoleRoute(requestPath(request))) return false;
    sendIndex(build, reply);
    return true;
  };
}

/** `/` and the built files (a route per file, found once at start). */
export async function registerConsole(app: FastifyInstance, build: ConsoleBuild): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (_request, reply) => {
      reply.headers(CONSOLE_SECURITY_HEADERS);
    });
    scope.get('/', { schema: { hide: true }, config: { envelope: false } }, async (_request, reply) => sendIndex(build, reply));
    await scope.register(fastifyStatic, {
      root: build.dir,
      prefix: '/',
      wildcard: false,
      index: false,
      globIgnore: ['index.html'],
      decorateReply: false,
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.includes('/assets/') ? IMMUTABLE : REVALIDATE);
      },
    });
  });
}
