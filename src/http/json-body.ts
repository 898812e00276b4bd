import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

/**
 * Whether a parsed JSON value holds containers (objects, arrays) nested more than `limit` deep;
 * the value itself is level 1. Iterative, and it stops at the first container too deep, so a body
 * of any depth costs at most one walk and no stack.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: unknown[] = [value];
  const depths: number[] = [1];
  while (pending.length > 0) {
    const node = pending.pop();
    const depth = depths.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) {
        pending.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

export function tooDeeplyNestedMessage(limit: number): string {
  return `Request body is nested more than ${limit} levels deep`;
}

/**
 * Fastify's own JSON parser (same errors, same prototype-poisoning checks), followed by a depth
 * check before any hook, validator or handler sees the body. Everything after parsing may walk a
 * body recursively — structured cloning to the SQLite threads, JSON.stringify, rule evaluation —
 * and a few kilobytes of `[[[[…` nest deep enough to overflow the stack there. A body past the
 * limit is a 400 in the envelope; the limit is far above any body SPEC describes.
 */
export function installJsonBodyParser(app: FastifyInstance, maxDepth: number): void {
  // The default parser is the callback form of a body parser: it answers through `done` and returns nothing.
  const parseJson = app.getDefaultJsonParser(app.initialConfig.onProtoPoisoning ?? 'error', app.initialConfig.onConstructorPoisoning ?? 'error') as (
    request: FastifyRequest,
    body: string,
    done: (error: Error | null, body?: unknown) => void,
  ) => void;
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' as const }, (request, text: string, done) => {
    parseJson(request, text, (error, body) => {
      if (error) done(error, undefined);
      else if (nestsDeeperThan(body, maxDepth)) done(ApiError.badRequest(tooDeeplyNestedMessage(maxDepth)), undefined);
      else done(null, body);
    });
  });
}
