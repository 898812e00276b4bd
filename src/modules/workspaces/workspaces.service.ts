import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../../db/index.js';
import { recordedTransaction, type IdempotentCall } from '../../db/idempotent-calls.js';
import { isId, newId } from '../../lib/ids.js';
import { displayPrefix, generateApiKey, hashApiKey, hashesEqual, isApiKeyFormat } from './api-key.js';
import * as repo from './workspaces.repository.js';
import { generatePassword, hashPassword, passwordProblem } from '../console/password-hash.js';
import { CLI_ACTOR, recordAudit, type AuditActor } from '../audit/audit.js';
import { ApiError } from '../../http/errors.js';

export type AuthResult =
  | { ok: true; workspaceId: string; userId: string; keyId: string; readOnly: boolean }
  | { ok: false; reason: 'missing' | 'invalid' | 'api-access-disabled' };

export class WorkspaceError extends Error {}

/** The workspace as the console shows it. */
export interface WorkspaceView {
  workspaceId: string;
  name: string;
  apiAccess: boolean;
}

/** Whether a user has an active full key, and since when (never the key itself). */
export interface KeyStatus {
  active: boolean;
  keyPrefix: string | null;
  createdAt: string | null;
}

export interface UserView {
  userId: string;
  email: string;
  role: string;
  createdAt: string;
  hasPassword: boolean;
}

/** A new or reset password: `generatedPassword` is set (and shown once) when the server chose it. */
export interface PasswordOutcome {
  user: UserView;
  generatedPassword: string | null;
}

export type UserRole = 'admin' | 'member';

export interface CreatedKey {
  workspaceId: string;
  userId: string;
  email: string;
  apiKey: string;
}

/** Workspaces, their users and the users' API keys (SPEC §2.1). */
export class WorkspacesService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  async createWorkspace(name: string, apiAccessEnabled = true): Promise<repo.Workspace> {
    const workspace = { id: newId(), name, apiAccessEnabled, createdAt: Date.now() };
    await repo.insertWorkspace(this.db, workspace);
    return workspace;
  }

  listWorkspaces(): Promise<repo.Workspace[]> {
    return repo.listWorkspaces(this.db);
  }

  /** `intentbase workspace api-access`. */
  async setApiAccess(workspaceId: string, enabled: boolean, by: AuditActor = CLI_ACTOR): Promise<void> {
    if (!(await this.switchApiAccess(workspaceId, enabled, by))) throw new WorkspaceError(`Workspace '${workspaceId}' not found`);
  }

  /** `intentbase user add` (and the tests' setup). */
  async addUser(workspaceId: string, email: string, role: 'admin' | 'member' = 'member', by: AuditActor = CLI_ACTOR): Promise<repo.User> {
    if (!(await repo.findWorkspace(this.db, workspaceId))) throw new WorkspaceError(`Workspace '${workspaceId}' not found`);
    const normalizedEmail = email.trim().toLowerCase();
    if ((await repo.findUsersByEmail(this.db, normalizedEmail, workspaceId)).length > 0) {
      throw new WorkspaceError(`User '${normalizedEmail}' already exists in workspace '${workspaceId}'`);
    }
    const user = { workspaceId, id: newId(), email: normalizedEmail, role };
    await this.db.transaction().execute(async (trx) => {
      await repo.insertUser(trx, user, Date.now());
      await recordAudit(trx, this.dialect, workspaceId, by, [{ action: 'user.added', target: user.email, details: { role } }]);
    });
    return user;
  }

  /** The one way the switch is thrown (CLI and console), recorded with what it was. False: no such workspace. */
  /** The workspace as it is after the switch; undefined when there is no such workspace. */
  private async switchApiAccess(workspaceId: string, enabled: boolean, by: AuditActor, call?: IdempotentCall): Promise<WorkspaceView | undefined> {
    return recordedTransaction(this.db, call, async (trx) => {
      const before = await repo.findWorkspace(trx, workspaceId);
      if (!before) return undefined;
      await repo.setApiAccess(trx, workspaceId, enabled);
      const change = { before: before.apiAccessEnabled, after: enabled };
      await recordAudit(trx, this.dialect, workspaceId, by, [{ action: 'workspace.api_access_changed', target: workspaceId, details: change }]);
      return { workspaceId: before.id, name: before.name, apiAccess: enabled };
    });
  }

  /**
   * Issues a new key for a user, revoking the previous one of the same kind (full or read-only) in
   * the same transaction: the old key stops working the moment the new one exists, and the user's key
   * of the other kind is untouched. `presetKey` is for unattended installs.
   */
  async createKey(email: string, workspaceId?: string, presetKey?: string, options: { readOnly?: boolean; by?: AuditActor } = {}): Promise<CreatedKey> {
    const readOnly = options.readOnly === true;
    const users = await repo.findUsersByEmail(this.db, email.trim().toLowerCase(), workspaceId);
    if (users.length === 0) throw new WorkspaceError(`No user with email '${email}'`);
    if (users.length > 1) throw new WorkspaceError(`User '${email}' exists in several workspaces; name one with --workspace`);
    const user = users[0];
    if (presetKey !== undefined && !isApiKeyFormat(presetKey)) throw new WorkspaceError('An API key must be ib_ followed by 40 letters or digits');
    const apiKey = presetKey ?? generateApiKey();
    const now = Date.now();
    await this.db.transaction().execute(async (trx) => {
      const revoked = await repo.revokeUserKeys(trx, user.workspaceId, user.id, readOnly, now);
      const details = { user: user.email, readOnly };
      const audit = [
        ...revoked.map((prefix) => ({ action: 'key.revoked' as const, target: prefix, details })),
        { action: 'key.issued' as const, target: displayPrefix(apiKey), details },
      ];
      await recordAudit(trx, this.dialect, user.workspaceId, options.by ?? CLI_ACTOR, audit);
      await repo.insertApiKey(trx, {
        workspaceId: user.workspaceId,
        id: newId(now),
        userId: user.id,
        keyHash: hashApiKey(apiKey),
        keyPrefix: displayPrefix(apiKey),
        createdAt: now,
        readOnly,
      });
    });
    return { workspaceId: user.workspaceId, userId: user.id, email: user.email, apiKey };
  }

  async authenticate(presented: string | undefined): Promise<AuthResult> {
    if (presented === undefined || presented === '') return { ok: false, reason: 'missing' };
    if (!isApiKeyFormat(presented)) return { ok: false, reason: 'invalid' };
    const presentedHash = hashApiKey(presented);
    const match = (await repo.findActiveKeysByHash(this.db, presentedHash)).find((key) => hashesEqual(key.keyHash, presentedHash));
    if (!match) return { ok: false, reason: 'invalid' };
    if (!match.apiAccessEnabled) return { ok: false, reason: 'api-access-disabled' };
    return { ok: true, workspaceId: match.workspaceId, userId: match.userId, keyId: match.keyId, readOnly: match.readOnly };
  }

  async getWorkspace(workspaceId: string): Promise<WorkspaceView> {
    const workspace = await repo.findWorkspace(this.db, workspaceId);
    if (!workspace) throw ApiError.notFound('Workspace not found');
    return { workspaceId: workspace.id, name: workspace.name, apiAccess: workspace.apiAccessEnabled };
  }

  /** The console's API access switch: it governs `X-Api-Key` requests only, never console sessions. */
  async setWorkspaceApiAccess(workspaceId: string, enabled: boolean, by: AuditActor, call?: IdempotentCall): Promise<WorkspaceView> {
    const switched = await this.switchApiAccess(workspaceId, enabled, by, call);
    if (!switched) throw ApiError.notFound('Workspace not found');
    return switched;
  }

  /** The user's active key of one kind (read-write unless `readOnly`), by its prefix; never the key. */
  async keyStatus(workspaceId: string, userId: string, readOnly = false): Promise<KeyStatus> {
    const key = await repo.findActiveKeyOfUser(this.db, workspaceId, userId, readOnly);
    return { active: key !== undefined, keyPrefix: key?.keyPrefix ?? null, createdAt: key ? new Date(key.createdAt).toISOString() : null };
  }

  async listUsers(workspaceId: string): Promise<UserView[]> {
    return (await repo.listUsers(this.db, workspaceId)).map(userView);
  }

  /** Adds a user with a password: the one given, or one generated here and answered once. */
  async createUserWithPassword(workspaceId: string, input: { email: string; role: UserRole; password?: string }, by: AuditActor): Promise<PasswordOutcome> {
    const { password, generatedPassword } = chosenPassword(input.password);
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(password);
    const now = Date.now();
    const user = { workspaceId, id: newId(now), email, role: input.role };
    await this.db.transaction().execute(async (trx) => {
      if ((await repo.findUsersByEmail(trx, email, workspaceId)).length > 0) throw ApiError.conflict(`A user with email '${email}' already exists in this workspace`);
      await repo.insertUser(trx, user, now, passwordHash);
      await recordAudit(trx, this.dialect, workspaceId, by, [{ action: 'user.added', target: email, details: { role: input.role } }]);
    });
    return { user: userView({ ...user, createdAt: now, hasPassword: true }), generatedPassword };
  }

  /** Sets a user's password (given or generated) and ends their sessions, as `intentbase user password` does. */
  async resetPassword(workspaceId: string, userId: string, given: string | undefined, by: AuditActor): Promise<PasswordOutcome> {
    checkUserId(userId);
    const { password, generatedPassword } = chosenPassword(given);
    const user = await repo.findUser(this.db, workspaceId, userId);
    if (!user) throw ApiError.notFound('User not found');
    const passwordHash = await hashPassword(password);
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ password_hash: passwordHash }).where('workspace_id', '=', workspaceId).where('id', '=', userId).execute();
      await trx.deleteFrom('console_sessions').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
      await recordAudit(trx, this.dialect, workspaceId, by, [{ action: 'user.changed', target: user.email, details: { password: 'reset' } }]);
    });
    const listed = (await repo.listUsers(this.db, workspaceId)).find((u) => u.id === userId)!;
    return { user: userView(listed), generatedPassword };
  }

  /**
   * Removes a user: their keys are revoked and their sessions end at once. An admin cannot remove
   * themselves (that is how a workspace would lose its last admin by accident), nor the last admin.
   */
  async removeUser(workspaceId: string, actingUserId: string, userId: string, by: AuditActor): Promise<{ removed: true; userId: string }> {
    checkUserId(userId);
    if (userId === actingUserId) throw ApiError.badRequest('You cannot remove yourself; ask another admin');
    await this.db.transaction().execute(async (trx) => {
      await this.dialect.lockTransaction(trx, `users:${workspaceId}`);
      const user = await repo.findUser(trx, workspaceId, userId);
      if (!user) throw ApiError.notFound('User not found');
      if (user.role === 'admin' && (await repo.countAdmins(trx, workspaceId)) <= 1) throw ApiError.conflict('The last admin of a workspace cannot be removed');
      const revoked = await repo.revokeAllUserKeys(trx, workspaceId, userId, Date.now());
      await repo.deleteUser(trx, workspaceId, userId);
      await recordAudit(trx, this.dialect, workspaceId, by, [
        ...revoked.map((prefix) => ({ action: 'key.revoked' as const, target: prefix, details: { user: user.email } })),
        { action: 'user.removed', target: user.email, details: { role: user.role } },
      ]);
    });
    return { removed: true, userId };
  }

  /**
   * First start on an empty database: one workspace with API access on, an admin user with that
   * console password (when given) and that user's key. Returns undefined when the database already has a workspace, including when another
   * process starting at the same moment got there first (the transaction-scoped lock decides).
   */
  async bootstrapIfEmpty(adminEmail = 'admin@intentbase.local', presetKey?: string, password?: string): Promise<CreatedKey | undefined> {
    if ((await repo.countWorkspaces(this.db)) > 0) return undefined;
    const passwordHash = password === undefined ? null : await hashPassword(password);
    const now = Date.now();
    const apiKey = presetKey ?? generateApiKey();
    const workspaceId = newId(now);
    const userId = newId(now);
    try {
      await this.db.transaction().execute(async (trx) => {
        await this.dialect.lockTransaction(trx, 'bootstrap');
        if ((await repo.countWorkspaces(trx)) > 0) throw new WorkspaceError('already bootstrapped');
        await repo.insertWorkspace(trx, { id: workspaceId, name: 'Default workspace', apiAccessEnabled: true, createdAt: now });
        await repo.insertUser(trx, { workspaceId, id: userId, email: adminEmail.toLowerCase(), role: 'admin' }, now, passwordHash);
        await repo.insertApiKey(trx, {
          workspaceId,
          id: newId(now),
          userId,
          keyHash: hashApiKey(apiKey),
          keyPrefix: displayPrefix(apiKey),
          createdAt: now,
        });
        const email = adminEmail.toLowerCase();
        await recordAudit(trx, this.dialect, workspaceId, CLI_ACTOR, [
          { action: 'user.added', target: email, details: { role: 'admin', firstStart: true } },
          { action: 'key.issued', target: displayPrefix(apiKey), details: { user: email, readOnly: false } },
        ]);
      });
    } catch (error) {
      if (error instanceof WorkspaceError) return undefined;
      throw error;
    }
    return { workspaceId, userId, email: adminEmail.toLowerCase(), apiKey };
  }
}

function userView(user: repo.UserListing): UserView {
  return { userId: user.id, email: user.email, role: user.role, createdAt: new Date(user.createdAt).toISOString(), hasPassword: user.hasPassword };
}

function chosenPassword(given: string | undefined): { password: string; generatedPassword: string | null } {
  if (given === undefined) {
    const generated = generatePassword();
    return { password: generated, generatedPassword: generated };
  }
  const problem = passwordProblem(given);
  if (problem) throw ApiError.badRequest(problem);
  return { password: given, generatedPassword: null };
}

function checkUserId(userId: string): void {
  if (!isId(userId)) throw ApiError.badRequest('Invalid userId format');
}
