import { Type } from 'typebox';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime/index.js';

/**
 * `GET /healthz` (no key): ok when every part the API needs answers — on SQLite the service thread
 * and its database, on PostgreSQL the pool (the runtime's `ping`) — within `timeoutMs`
 * (HEALTHZ_TIMEOUT_MS). Time-boxed on its own, so it answers in time even when the database went
 * silent and a query would wait out the driver's timeouts.
 */
export function registerHealthRoute(app: FastifyInstance, runtime: Pick<Runtime, 'ping' | 'readReplicas'>, timeoutMs: number): void {
  const replicas = Type.Optional(
    Type.Array(
      Type.Object({
        name: Type.String({ description: 'host:port/database of the replica' }),
        state: Type.Union([Type.Literal('ok'), Type.Literal('lagging'), Type.Literal('down')], {
          description: 'ok: list pages may be read there; lagging: further behind than DATABASE_READ_MAX_LAG_MS; down: does not answer, or is not a standby',
        }),
        lagMs: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: 'Behind the primary at the last check (checked every second)' }),
      }),
      { description: 'Read replicas (DATABASE_READ_URL), only when configured. A replica that is not ok is skipped; the primary answers instead.' },
    ),
  );
  const schema = {
    operationId: 'getHealth',
    summary: 'Health check',
    description: 'Answers whether the service and its database answer; no key needed, not in the envelope (docs/api.md#meta).',
    tags: ['Meta'],
    security: [],
    response: {
      200: Type.Object({ status: Type.Literal('ok'), replicas }, { description: 'The service and its database answer' }),
      503: Type.Object({ status: Type.Literal('unavailable'), replicas }, { description: 'The service or its database does not answer' }),
    },
  };
  app.get('/healthz', { schema }, async (_request, reply) => {
    const healthy = await answersWithin(() => runtime.ping(), timeoutMs);
    // Replicas are reported, not required: when none is ok, list pages are read on the primary.
    const replicas = runtime.readReplicas();
    return reply
      .status(healthy ? 200 : 503)
      .type('application/json')
      .send(JSON.stringify({ status: healthy ? 'ok' : 'unavailable', ...(replicas.length > 0 ? { replicas } : {}) }));
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
