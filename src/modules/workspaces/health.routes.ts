import { Type } from 'typebox';
import type { FastifyInstance } from 'fastify';

/**
 * `GET /healthz` (no key): ok when every part the API needs answers — on SQLite the service thread
 * and its database, on PostgreSQL the pool (the runtime's `ping`) — within `timeoutMs`
 * (HEALTHZ_TIMEOUT_MS). Time-boxed on its own, so it answers in time even when the database went
 * silent and a query would wait out the driver's timeouts.
 */
export function registerHealthRoute(app: FastifyInstance, ping: () => Promise<void>, timeoutMs: number): void {
  const schema = {
    operationId: 'getHealth',
    summary: 'Health check',
    description: 'Answers whether the service and its database answer; no key needed, not in the envelope (docs/api.md#meta).',
    tags: ['Meta'],
    security: [],
    response: {
      200: Type.Object({ status: Type.Literal('ok') }, { description: 'The service and its database answer' }),
      503: Type.Object({ status: Type.Literal('unavailable') }, { description: 'The service or its database does not answer' }),
    },
  };
  app.get('/healthz', { schema }, async (_request, reply) => {
    const healthy = await answersWithin(ping, timeoutMs);
    return reply
      .status(healthy ? 200 : 503)
      .type('application/json')
      .send(JSON.stringify({ status: healthy ? 'ok' : 'unavailable' }));
  });
}

async function answersWithin(ping: () => Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const outOfTime = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([ping().then(() => true, () => false), outOfTime]);
  } finally {
    clearTimeout(timer);
  }
}
