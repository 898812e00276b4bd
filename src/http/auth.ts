import type { FastifyRequest } from 'fastify';
import type { WorkspacesService } from '../modules/workspaces/workspaces.service.js';
import type { ServiceApi } from '../lib/service-api.js';
import { ApiError } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook on every /api/v1 request that reaches a handler. */
    workspaceId: string;
  }
}

const MESSAGES = {
  missing: new ApiError('UNAUTHORIZED', 'X-Api-Key header is required'),
  invalid: new ApiError('UNAUTHORIZED', 'Invalid API key'),
  'api-access-disabled': new ApiError('FORBIDDEN', 'API access is not enabled for this workspace'),
} as const;

/** onRequest hook: runs before the body is read, so an unauthenticated request costs nothing more. */
export function apiKeyAuth(workspaces: ServiceApi<WorkspacesService>) {
  return async (request: FastifyRequest): Promise<void> => {
    const header = request.headers['x-api-key'];
    const presented = Array.isArray(header) ? header[0] : header;
    const result = await workspaces.authenticate(presented?.trim());
    if (!result.ok) {
      const template = MESSAGES[result.reason];
      throw new ApiError(template.code, template.customMessage);
    }
    request.workspaceId = result.workspaceId;
  };
}
