import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { apiResponses, Envelope, Page } from '../../http/response-schemas.js';
import { Nullable, PageQuery } from '../../http/schema-helpers.js';
import type { ServiceApi } from '../../lib/service-api.js';
import type { AuditService } from './audit.service.js';

const AuditEvent = Type.Object({
  id: Type.String(),
  occurredAt: Type.String({ format: 'date-time' }),
  actor: Type.String({ description: '`user:<email>` (console), `key:<key prefix>` (API key), `cli` (the intentbase command) or `system` (the server itself)' }),
  address: Nullable(Type.String({ description: 'The client address of the request' })),
  action: Type.String({ description: 'e.g. `key.issued`, `scoring.settings_changed`, `account.deleted` (docs/api.md#audit-trail)' }),
  target: Nullable(Type.String()),
  details: Nullable(Type.Object({}, { additionalProperties: true, description: 'Before/after where it fits' })),
});

const EXAMPLE = {
  id: '674f1a2b3c4d5e6f70818283',
  occurredAt: '2026-04-30T10:00:00.000Z',
  actor: 'key:ib_Ab12',
  address: '203.0.113.7',
  action: 'account.deleted',
  target: '663abc0e5f1c2a0012345678',
  details: { domain: 'acme.com', externalId: null, purge: false },
};

export function registerAuditRoutes(app: FastifyInstance, audit: ServiceApi<AuditService>): void {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/audit-events',
    {
      schema: {
        operationId: 'listAuditEvents',
        summary: 'The audit trail',
        description:
          'Who changed what and when: keys, API access, users, scoring settings, segments, deletions. Oldest first; `lastSync` returns what happened after it. ' +
          'Admins only (an admin user’s key or session). Append-only: no route changes it.',
        tags: ['Meta'],
        querystring: Type.Object(PageQuery),
        response: apiResponses(
          Envelope(Page(AuditEvent), {
            description: 'A page of the audit trail',
            path: '/api/v1/audit-events',
            example: { data: [EXAMPLE], nextCursor: null, hasNextPage: false, syncTimestamp: EXAMPLE.occurredAt },
          }),
        ),
      },
    },
    (request) => audit.list(request.workspaceId, request.userId, request.query),
  );
}
