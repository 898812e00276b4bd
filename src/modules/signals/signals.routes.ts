import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { SignalsService } from './signals.service.js';
import type { ServiceApi } from '../../lib/service-api.js';
import { apiResponses, Envelope } from '../../http/response-schemas.js';
import { CreateSignalsBody, CreateSignalsResult } from './signals.schema.js';

/** SPEC §4.1 (extension). */
export function registerSignalRoutes(app: FastifyInstance, signals: ServiceApi<SignalsService>): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.post(
    '/signals',
    {
      schema: {
        operationId: 'createSignals',
        summary: 'Ingest intent signals',
        description:
          'Batch of 1–1000 signals from `website`, `g2`, `bombora` or `linkedin`, each with a type of its source; a repeated ' +
          '`externalSignalId` within a source is skipped. Signals for domains without an account are kept (docs/api.md#signals).',
        tags: ['Signals'],
        body: CreateSignalsBody,
        response: apiResponses(
          Envelope(CreateSignalsResult, {
            description: 'One result per input signal, in input order',
            path: '/api/v1/signals',
            example: {
              results: [
                { index: 0, status: 'created' },
                { index: 1, status: 'skipped', reason: 'Duplicate signal' },
              ],
              summary: { total: 2, created: 1, skipped: 1, failed: 0 },
            },
          }),
          { body: true },
        ),
      },
    },
    (request) => signals.createSignals(request.workspaceId, request.body, request.idempotentCall),
  );
}
