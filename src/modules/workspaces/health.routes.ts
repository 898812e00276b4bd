import { Type } from 'typebox';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.js';
import { pingDatabase } from '../../db/ping.js';

/** `GET /healthz` (no key): ok when the database answers a query within `timeoutMs` (HEALTHZ_TIMEOUT_MS). */
export function registerHealthRoute(app: FastifyInstance, db: Kysely<Database>, timeoutMs: number): void {
  const schema = {
    operationId: 'getHealth',
    summary: 'Health check',
    description: 'Answers whether the database answers; no key needed, not in the envelope (SPEC §6).',
    tags: ['Meta'],
    security: [],
    response: {
      200: Type.Object({ status: Type.Literal('ok') }, { description: 'The database answers' }),
      503: Type.Object({ status: Type.Literal('unavailable') }, { description: 'The database does not answer' }),
    },
  };
  app.get('/healthz', { schema }, async (_request, reply) => {
    if (await pingDatabase(db, timeoutMs)) return reply.type('application/json').send(JSON.stringify({ status: 'ok' }));
    return reply.status(503).type('application/json').send(JSON.stringify({ status: 'unavailable' }));
  });
}
