import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ADMIN_ONLY_MESSAGE, NOT_A_SESSION_MESSAGE, requireAdmin, requireSession, type ConsoleSession } from '../../http/auth.js';
import { ApiError } from '../../http/errors.js';
import { SESSION_COOKIE_SCHEME } from '../../http/openapi.js';
import { apiResponses, Envelope } from '../../http/response-schemas.js';
import type { ServiceApi } from '../../lib/service-api.js';
import type { WorkspacesService } from '../workspaces/workspaces.service.js';
import {
  ApiKeyKind,
  ApiKeyStatusView,
  CreateUserBody,
  GeneratedApiKey,
  PasswordResult,
  RemovedUser,
  ResetPasswordBody,
  UserList,
  UserParams,
  WorkspaceSettingsBody,
  WorkspaceSettingsView,
} from './console-admin.schema.js';

const tags = ['Console'];
const security = [{ [SESSION_COOKIE_SCHEME]: [] }];
const SESSION_401 = {
  description: 'No console session: none was presented, it has expired or was ended, or the request used an API key',
  example: 'Your session has expired or was ended; sign in again',
};
const ADMIN_403 = { description: 'The signed-in user is a member, not an admin; or a write without the session’s X-CSRF-Token', example: ADMIN_ONLY_MESSAGE };
const USER_404 = { description: 'No such user in the workspace', example: 'User not found' };
const BAD_USER_ID = { description: 'The userId is not 24 hex characters, a schema violation, or a password under 12 characters', example: 'Invalid userId format' };

function sessionOf(request: FastifyRequest): ConsoleSession {
  if (!request.consoleSession) throw new ApiError('UNAUTHORIZED', NOT_A_SESSION_MESSAGE);
  return request.consoleSession;
}

/** The session of an admin; a member gets 403 (the console hides these actions from them too). */
function adminSessionOf(request: FastifyRequest): ConsoleSession {
  const session = sessionOf(request);
  if (session.user.role !== 'admin') throw new ApiError('FORBIDDEN', ADMIN_ONLY_MESSAGE);
  return session;
}

/**
 * The console's Settings → Workspace → Tech Settings → API Access Key page: the signed-in user's own
 * key (any role) and, for admins, the workspace's users and its API access switch. Session only:
 * an API key cannot mint keys or manage users.
 */
export function registerConsoleAdminRoutes(app: FastifyInstance, workspaces: ServiceApi<WorkspacesService>): void {
  const api = typed(app);
  registerKeyRoutes(api, workspaces);
  registerUserRoutes(api, workspaces);
  registerWorkspaceRoutes(api, workspaces);
}

const typed = (app: FastifyInstance) => app.withTypeProvider<TypeBoxTypeProvider>();
type Api = ReturnType<typeof typed>;

function registerKeyRoutes(api: Api, workspaces: ServiceApi<WorkspacesService>): void {
  api.get(
    '/console/api-key',
    {
      config: { access: 'session' },
      preValidation: requireSession,
      schema: {
        operationId: 'getOwnApiKeyStatus',
        summary: 'Whether the signed-in user has an API key',
        description:
          'Whether the signed-in user has an active read-write key (`readOnly=true`: read-only key), its non-secret prefix and when it ' +
          'was generated; never the key.',
        tags,
        security,
        querystring: ApiKeyKind,
        response: apiResponses(Envelope(ApiKeyStatusView, { description: 'The key’s status', path: '/api/v1/console/api-key' }), { 401: SESSION_401 }),
      },
    },
    async (request) => {
      const { user } = sessionOf(request);
      return workspaces.keyStatus(user.workspaceId, user.userId, request.query.readOnly);
    },
  );

  api.post(
    '/console/api-key',
    {
      config: { access: 'session', answersSecret: true },
      preValidation: requireSession,
      schema: {
        operationId: 'generateOwnApiKey',
        summary: 'Generate or regenerate the signed-in user’s API key',
        description:
          'Issues a new read-write key for the signed-in user (`readOnly: true`: a read-only key, for a BI tool), as `intentbase key ' +
          'create [--read-only]` does: the previous key of that kind is revoked in the same transaction and stops working at once; the ' +
          'other kind is untouched. The answer carries the key this once; only its hash is stored. Needs `X-CSRF-Token`.',
        tags,
        security,
        body: ApiKeyKind,
        response: apiResponses(Envelope(GeneratedApiKey, { description: 'The new key', path: '/api/v1/console/api-key' }), { body: true, 401: SESSION_401 }),
      },
    },
    async (request) => {
      const { user } = sessionOf(request);
      const readOnly = request.body.readOnly === true;
      const created = await workspaces.createKey(user.email, user.workspaceId, undefined, { readOnly, by: request.auditActor });
      const status = await workspaces.keyStatus(user.workspaceId, user.userId, readOnly);
      return { apiKey: created.apiKey, keyPrefix: status.keyPrefix ?? created.apiKey.slice(0, 9), createdAt: status.createdAt ?? new Date().toISOString() };
    },
  );
}

function registerUserRoutes(api: Api, workspaces: ServiceApi<WorkspacesService>): void {
  api.get(
    '/console/users',
    {
      config: { access: 'session' },
      preValidation: requireAdmin,
      schema: {
        operationId: 'listWorkspaceUsers',
        summary: 'The workspace’s users (admin)',
        description: 'Every user of the signed-in admin’s workspace, oldest first.',
        tags,
        security,
        response: apiResponses(Envelope(UserList, { description: 'The users', path: '/api/v1/console/users' }), { 401: SESSION_401, 403: ADMIN_403 }),
      },
    },
    async (request) => {
      const { user } = adminSessionOf(request);
      return { users: await workspaces.listUsers(user.workspaceId) };
    },
  );

  api.post(
    '/console/users',
    {
      config: { access: 'session', answersSecret: true },
      preValidation: requireAdmin,
      schema: {
        operationId: 'createWorkspaceUser',
        summary: 'Add a user (admin)',
        description:
          'Adds a user with a role and a console password: the one given, or one the server generates and answers this once. ' +
          'The new user has no API key until they generate one. Needs `X-CSRF-Token`.',
        tags,
        security,
        body: CreateUserBody,
        response: apiResponses(Envelope(PasswordResult, { description: 'The user, and the generated password if any', path: '/api/v1/console/users' }), {
          body: true,
          400: { description: 'A schema violation, or a password under 12 characters', example: 'Password must be at least 12 characters long' },
          401: SESSION_401,
          403: ADMIN_403,
          409: { description: 'The email already belongs to a user of the workspace', example: 'A user with email \'ana@example.com\' already exists in this workspace' },
        }),
      },
    },
    async (request) => {
      const { user } = adminSessionOf(request);
      return workspaces.createUserWithPassword(user.workspaceId, request.body, request.auditActor);
    },
  );

  api.post(
    '/console/users/:userId/password',
    {
      config: { access: 'session', answersSecret: true },
      preValidation: requireAdmin,
      schema: {
        operationId: 'resetWorkspaceUserPassword',
        summary: 'Reset a user’s password (admin)',
        description: 'Sets the password given, or a generated one answered this once; the user’s sessions end at once. Needs `X-CSRF-Token`.',
        tags,
        security,
        params: UserParams,
        body: ResetPasswordBody,
        response: apiResponses(Envelope(PasswordResult, { description: 'The user, and the generated password if any', path: '/api/v1/console/users/6571a3f0c2b4d5e6f7a8b9c0/password' }), {
          body: true,
          400: BAD_USER_ID,
          401: SESSION_401,
          403: ADMIN_403,
          404: USER_404,
        }),
      },
    },
    async (request) => {
      const { user } = adminSessionOf(request);
      return workspaces.resetPassword(user.workspaceId, request.params.userId, request.body.password, request.auditActor);
    },
  );

  api.delete(
    '/console/users/:userId',
    {
      config: { access: 'session' },
      preValidation: requireAdmin,
      schema: {
        operationId: 'removeWorkspaceUser',
        summary: 'Remove a user (admin)',
        description:
          'Removes the user: their API keys are revoked and their sessions end at once. An admin cannot remove themselves (400), ' +
          'and the last admin cannot be removed (409). Needs `X-CSRF-Token`.',
        tags,
        security,
        params: UserParams,
        response: apiResponses(Envelope(RemovedUser, { description: 'Removed', path: '/api/v1/console/users/6571a3f0c2b4d5e6f7a8b9c0' }), {
          body: true,
          400: { description: 'The userId is not 24 hex characters, or it is the signed-in admin’s own', example: 'You cannot remove yourself; ask another admin' },
          401: SESSION_401,
          403: ADMIN_403,
          404: USER_404,
          409: { description: 'The user is the workspace’s last admin', example: 'The last admin of a workspace cannot be removed' },
        }),
      },
    },
    async (request) => {
      const { user } = adminSessionOf(request);
      return workspaces.removeUser(user.workspaceId, user.userId, request.params.userId, request.auditActor);
    },
  );
}

function registerWorkspaceRoutes(api: Api, workspaces: ServiceApi<WorkspacesService>): void {
  api.get(
    '/console/workspace',
    {
      config: { access: 'session' },
      preValidation: requireAdmin,
      schema: {
        operationId: 'getWorkspaceSettings',
        summary: 'The workspace’s settings (admin)',
        description: 'The workspace’s name and its API access switch.',
        tags,
        security,
        response: apiResponses(Envelope(WorkspaceSettingsView, { description: 'The settings', path: '/api/v1/console/workspace' }), { 401: SESSION_401, 403: ADMIN_403 }),
      },
    },
    async (request) => {
      const { user } = adminSessionOf(request);
      return workspaces.getWorkspace(user.workspaceId);
    },
  );

  api.patch(
    '/console/workspace',
    {
      config: { access: 'session' },
      preValidation: requireAdmin,
      schema: {
        operationId: 'updateWorkspaceSettings',
        summary: 'Switch API access on or off (admin)',
        description:
          'With `apiAccess: false` every `X-Api-Key` request of the workspace answers 401 `API access is not enabled for this workspace` ' +
          '(docs/api.md#authentication); console sessions keep working, so an admin can switch it back on. Needs `X-CSRF-Token`.',
        tags,
        security,
        body: WorkspaceSettingsBody,
        response: apiResponses(Envelope(WorkspaceSettingsView, { description: 'The settings now', path: '/api/v1/console/workspace' }), {
          body: true,
          401: SESSION_401,
          403: ADMIN_403,
        }),
      },
    },
    async (request) => {
      const { user } = adminSessionOf(request);
      return workspaces.setWorkspaceApiAccess(user.workspaceId, request.body.apiAccess, request.auditActor, request.idempotentCall);
    },
  );
}
