import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../../db/index.js';
import { newId } from '../../lib/ids.js';
import { displayPrefix, generateApiKey, hashApiKey, hashesEqual, isApiKeyFormat } from './api-key.js';
import * as repo from './workspaces.repository.js';
import { hashPassword } from '../console/password-hash.js';

export type AuthResult =
  | { ok: true; workspaceId: string; userId: string; keyId: string }
  | { ok: false; reason: 'missing' | 'invalid' | 'api-access-disabled' };

export class WorkspaceError extends Error {}

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

  async setApiAccess(workspaceId: string, enabled: boolean): Promise<void> {
    if (!(await repo.setApiAccess(this.db, workspaceId, enabled))) throw new WorkspaceError(`Workspace '${workspaceId}' not found`);
  }

  async addUser(workspaceId: string, email: string, role: 'admin' | 'member' = 'member'): Promise<repo.User> {
    if (!(await repo.findWorkspace(this.db, workspaceId))) throw new WorkspaceError(`Workspace '${workspaceId}' not found`);
    const normalizedEmail = email.trim().toLowerCase();
    if ((await repo.findUsersByEmail(this.db, normalizedEmail, workspaceId)).length > 0) {
      throw new WorkspaceError(`User '${normalizedEmail}' already exists in workspace '${workspaceId}'`);
    }
    const user = { workspaceId, id: newId(), email: normalizedEmail, role };
    await repo.insertUser(this.db, user, Date.now());
    return user;
  }

  /**
   * Issues a new key for a user, revoking the previous one in the same transaction: the old key
   * stops working the moment the new one exists. `presetKey` is for unattended installs.
   */
  async createKey(email: string, workspaceId?: string, presetKey?: string): Promise<CreatedKey> {
    const users = await repo.findUsersByEmail(this.db, email.trim().toLowerCase(), workspaceId);
    if (users.length === 0) throw new WorkspaceError(`No user with email '${email}'`);
    if (users.length > 1) throw new WorkspaceError(`User '${email}' exists in several workspaces; name one with --workspace`);
    const user = users[0];
    if (presetKey !== undefined && !isApiKeyFormat(presetKey)) throw new WorkspaceError('An API key must be ib_ followed by 40 letters or digits');
    const apiKey = presetKey ?? generateApiKey();
    const now = Date.now();
    await this.db.transaction().execute(async (trx) => {
      await repo.revokeUserKeys(trx, user.workspaceId, user.id, now);
      await repo.insertApiKey(trx, {
        workspaceId: user.workspaceId,
        id: newId(now),
        userId: user.id,
        keyHash: hashApiKey(apiKey),
        keyPrefix: displayPrefix(apiKey),
        createdAt: now,
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
    return { ok: true, workspaceId: match.workspaceId, userId: match.userId, keyId: match.keyId };
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
      });
    } catch (error) {
      if (error instanceof WorkspaceError) return undefined;
      throw error;
    }
    return { workspaceId, userId, email: adminEmail.toLowerCase(), apiKey };
  }
}
