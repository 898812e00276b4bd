import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { NOT_A_SESSION_MESSAGE, type CredentialsAuthOptions, type ConsoleSession } from '../../http/auth.js';
import { ApiError } from '../../http/errors.js';
import { apiResponses, Envelope } from '../../http/response-schemas.js';
import { clearSessionCookie, setSessionCookie } from '../../http/session-cookie.js';
import type { ServiceApi } from '../../lib/service-api.js';
import { SESSION_COOKIE_SCHEME } from '../../http/openapi.js';
import type { ConsoleService } from './console.service.js';
import { ConsoleSessionView, SESSION_EXAMPLE, SignedOut, SignInBody } from './console.schema.js';

const tags = ['Console'];
export const INVALID_SIGN_IN_MESSAGE = 'Invalid email or password';
export { NOT_A_SESSION_MESSAGE } from '../../http/auth.js';

const SESSION_401 = {
  description: 'No console session: none was presented, it has expired or was ended, or the request used an API key',
  example: 'Your session has expired or was ended; sign in again',
};

function sessionOf(request: FastifyRequest): ConsoleSession {
  if (!request.consoleSession) throw new ApiError('UNAUTHORIZED', NOT_A_SESSION_MESSAGE);
  return request.consoleSession;
}

/**
 * `/console/session`: the web console's sign-in, its session and sign-out. The session is a cookie
 * (`ib_session`, HttpOnly, SameSite=Lax, Secure over HTTPS) that every /api/v1 route accepts in
 * place of an API key (src/http/auth.ts).
 */
export function registerConsoleRoutes(app: FastifyInstance, consoleService: ServiceApi<ConsoleService>, options: CredentialsAuthOptions): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.post(
    '/console/session',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'signIn',
        summary: 'Sign in to the console',
        description:
          'Checks the email and password and opens a session: the answer sets the `ib_session` cookie (HttpOnly, SameSite=Lax, ' +
          'Path=/, Secure over HTTPS) and carries the CSRF token to send as `X-CSRF-Token` on every state-changing request. ' +
          'Failed attempts are throttled per email (5) and per client address (20) per 15 minutes.',
        tags,
        security: [],
        body: SignInBody,
        response: apiResponses(Envelope(ConsoleSessionView, { description: 'Signed in', path: '/api/v1/console/session', example: SESSION_EXAMPLE }), {
          body: true,
          401: { description: 'Wrong email or password (the same answer for an unknown email)', example: INVALID_SIGN_IN_MESSAGE },
          429: {
            description: 'Too many failed attempts for this email or from this address; `Retry-After` gives the seconds to wait',
            example: 'Too many sign-in attempts; retry in 600 seconds',
          },
        }),
      },
    },
    async (request, reply) => {
      const result = await consoleService.signIn({
        email: request.body.email,
        password: request.body.password,
        address: request.ip,
        now: options.clock(),
        idleMs: options.idleMs,
      });
      if (!result.ok) {
        if (result.reason === 'invalid') throw new ApiError('UNAUTHORIZED', INVALID_SIGN_IN_MESSAGE);
        reply.header('retry-after', String(result.retryAfterSeconds));
        throw new ApiError('TOO_MANY_REQUESTS', `Too many sign-in attempts; retry in ${result.retryAfterSeconds} seconds`);
      }
      setSessionCookie(request, reply, result.token);
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  api.get(
    '/console/session',
    {
      config: { access: 'session' },
      schema: {
        operationId: 'getConsoleSession',
        summary: 'The signed-in user',
        description: 'The session’s user and CSRF token; 401 without a valid session.',
        tags,
        security: [{ [SESSION_COOKIE_SCHEME]: [] }],
        response: apiResponses(Envelope(ConsoleSessionView, { description: 'The session', path: '/api/v1/console/session', example: SESSION_EXAMPLE }), {
          401: SESSION_401,
        }),
      },
    },
    async (request) => {
      const session = sessionOf(request);
      return { user: session.user, csrfToken: session.csrfToken };
    },
  );

  api.delete(
    '/console/session',
    {
      config: { access: 'session' },
      schema: {
        operationId: 'signOut',
        summary: 'Sign out',
        description: 'Ends the session (it stops working in every process at once) and clears the cookie. Needs `X-CSRF-Token`.',
        tags,
        security: [{ [SESSION_COOKIE_SCHEME]: [] }],
        response: apiResponses(Envelope(SignedOut, { description: 'Signed out', path: '/api/v1/console/session', example: { signedOut: true } }), {
          body: true,
          401: SESSION_401,
        }),
      },
    },
    async (request, reply) => {
      const session = sessionOf(request);
      await consoleService.signOut(session.token);
      clearSessionCookie(request, reply);
      return { signedOut: true as const };
    },
  );
}
