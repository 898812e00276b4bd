import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WorkspacesService } from '../modules/workspaces/workspaces.service.js';
import type { ConsoleService, ConsoleUser } from '../modules/console/console.service.js';
import { sameSecret } from '../modules/console/session-token.js';
import type { ServiceApi } from '../lib/service-api.js';
import { ApiError } from './errors.js';
import type { AuditActor } from '../modules/audit/audit.js';
import { displayPrefix } from '../modules/workspaces/api-key.js';
import { clearSessionCookie, sessionCookieOf } from './session-cookie.js';

/** The console session a request was authenticated by. */
export interface ConsoleSession {
  token: string;
  user: ConsoleUser;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook on every /api/v1 request that reaches a handler. */
    workspaceId: string;
    /** Set when the session cookie (not an API key) authenticated the request. */
    consoleSession?: ConsoleSession;
    /** Who is asking, for per-credential limits: `key:<key id>` or `user:<user id>` (a console session). */
    credentialId: string;
    /** The user behind the key or session. */
    userId: string;
    /** Who is asking as the audit trail names them: `key:<key prefix>` or `user:<email>`, and the address. */
    auditActor: AuditActor;
  }
  interface FastifyContextConfig {
    /**
     * Who may call an /api/v1 route: by default an API key or a console session; `public` needs
     * neither (signing in); `session` needs a console session, which an API key does not have.
     */
    access?: 'public' | 'session';
  }
}

const MESSAGES = {
  missing: new ApiError('UNAUTHORIZED', 'X-Api-Key header is required'),
  invalid: new ApiError('UNAUTHORIZED', 'Invalid API key'),
  // SPEC §2.1 (2026-12): 401, as the vendor's quickstart tells integrators to expect (it was 403).
  'api-access-disabled': new ApiError('UNAUTHORIZED', 'API access is not enabled for this workspace'),
} as const;

export const READ_ONLY_KEY_MESSAGE = 'This API key is read-only';
export const SESSION_EXPIRED_MESSAGE = 'Your session has expired or was ended; sign in again';
export const CSRF_MESSAGE = 'Missing or invalid CSRF token';
/** The methods that change state: with a session cookie they must carry the session's CSRF token. */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

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
    // SPEC §2.1: a read-only key may only read; refused here, before the body is read.
    if (result.readOnly && STATE_CHANGING.has(request.method)) throw new ApiError('FORBIDDEN', READ_ONLY_KEY_MESSAGE);
    request.workspaceId = result.workspaceId;
    request.credentialId = `key:${result.keyId}`;
    request.userId = result.userId;
    request.auditActor = { actor: `key:${displayPrefix(presented!.trim())}`, address: request.ip };
  };
}

export interface CredentialsAuthOptions {
  /** Epoch milliseconds now (tests move it). */
  clock: () => number;
  idleMs: number;
}

/**
 * The /api/v1 onRequest hook: an `X-Api-Key` header, when present, decides alone (SPEC §2.1);
 * without one the console's session cookie may authenticate, and then a state-changing request must
 * echo the session's CSRF token in `X-CSRF-Token` — a cross-site form or fetch can make the browser
 * send the cookie but cannot read the token. Neither → the SPEC's 401 for a missing key.
 */
export function credentialsAuth(services: { workspaces: ServiceApi<WorkspacesService>; console: ServiceApi<ConsoleService> }, options: CredentialsAuthOptions) {
  const byKey = apiKeyAuth(services.workspaces);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (request.routeOptions.config.access === 'public') return;
    const token = request.headers['x-api-key'] === undefined ? sessionCookieOf(request) : undefined;
    if (token === undefined) return byKey(request);
    const result = await services.console.resumeSession(token, { now: options.clock(), idleMs: options.idleMs });
    // The workspace's API access switch (SPEC §2.1) governs X-Api-Key requests only: a session keeps
    // working while it is off, or an admin who switched it off could not reach the console to switch
    // it back on.
    if (!result.ok) {
      // The browser can forget a cookie that no longer opens anything.
      clearSessionCookie(request, reply);
      throw new ApiError('UNAUTHORIZED', SESSION_EXPIRED_MESSAGE);
    }
    if (STATE_CHANGING.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      const presented = Array.isArray(header) ? header[0] : header;
      if (presented === undefined || !sameSecret(presented, result.csrfToken)) throw new ApiError('FORBIDDEN', CSRF_MESSAGE);
    }
    request.workspaceId = result.user.workspaceId;
    request.credentialId = `user:${result.user.userId}`;
    request.userId = result.user.userId;
    request.auditActor = { actor: `user:${result.user.email}`, address: request.ip };
    request.consoleSession = { token, user: result.user, csrfToken: result.csrfToken };
  };
}

export const NOT_A_SESSION_MESSAGE = 'This route needs a console session (the ib_session cookie); an API key has none';
export const ADMIN_ONLY_MESSAGE = 'This action needs an admin';

/**
 * preValidation hook of a console-only route: an API key authenticates the request but is no
 * session (401). After the body is parsed (a foreign content type stays a 415) and before it is
 * validated, so a key never learns what a valid body looks like.
 */
export async function requireSession(request: FastifyRequest): Promise<void> {
  if (!request.consoleSession) throw new ApiError('UNAUTHORIZED', NOT_A_SESSION_MESSAGE);
}

/** preValidation hook of an admin-only console route: a member's session gets 403, whatever the body. */
export async function requireAdmin(request: FastifyRequest): Promise<void> {
  await requireSession(request);
  if (request.consoleSession!.user.role !== 'admin') throw new ApiError('FORBIDDEN', ADMIN_ONLY_MESSAGE);
}
