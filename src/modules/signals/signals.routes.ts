import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { SignalsService } from './signals.service.js';
import { CreateSignalsBody } from './signals.schema.js';

/** SPEC §4.1 (extension). */
export function registerSignalRoutes(app: FastifyInstance, signals: SignalsService): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.post('/signals', { schema: { body: CreateSignalsBody } }, (request) => signals.createSignals(request.workspaceId, request.body));
}
