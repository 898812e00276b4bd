import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.js';

/** `GET /healthz` (no key): ok when the database answers a query. */
export function registerHealthRoute(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/healthz', async (_request, reply) => {
    try {
      await sql`select 1`.execute(db);
      return reply.type('application/json').send(JSON.stringify({ status: 'ok' }));
    } catch {
      return reply.status(503).type('application/json').send(JSON.stringify({ status: 'unavailable' }));
    }
  });
}
