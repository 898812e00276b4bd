import type { Executor } from '../../db/index.js';

export interface Workspace {
  id: string;
  name: string;
  apiAccessEnabled: boolean;
  createdAt: number;
}

export interface User {
  workspaceId: string;
  id: string;
  email: string;
  role: string;
}

export interface ActiveKey {
  workspaceId: string;
  keyId: string;
  userId: string;
  keyHash: string;
  apiAccessEnabled: boolean;
  readOnly: boolean;
}

export async function insertWorkspace(db: Executor, workspace: Workspace): Promise<void> {
  await db
    .insertInto('workspaces')
    .values({
      id: workspace.id,
      name: workspace.name,
      api_access_enabled: workspace.apiAccessEnabled ? 1 : 0,
      change_seq: 0,
      // The clock starts at the creation, so an empty list's syncTimestamp is never 1970.
      change_clock: workspace.createdAt,
      created_at: workspace.createdAt,
    })
    .execute();
}

export async function findWorkspace(db: Executor, id: string): Promise<Workspace | undefined> {
  const row = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, name: row.name, apiAccessEnabled: row.api_access_enabled === 1, createdAt: Number(row.created_at) };
}

export async function listWorkspaces(db: Executor): Promise<Workspace[]> {
  const rows = await db.selectFrom('workspaces').selectAll().orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, name: row.name, apiAccessEnabled: row.api_access_enabled === 1, createdAt: Number(row.created_at) }));
}

export async function countWorkspaces(db: Executor): Promise<number> {
  const row = await db.selectFrom('workspaces').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function setApiAccess(db: Executor, id: string, enabled: boolean): Promise<boolean> {
  const result = await db.updateTable('workspaces').set({ api_access_enabled: enabled ? 1 : 0 }).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertUser(db: Executor, user: User, createdAt: number, passwordHash: string | null = null): Promise<void> {
  await db
    .insertInto('users')
    .values({ workspace_id: user.workspaceId, id: user.id, email: user.email, role: user.role, created_at: createdAt, password_hash: passwordHash })
    .execute();
}

/** Finds a user by email, in one workspace or (when none is given) in any. */
export async function findUsersByEmail(db: Executor, email: string, workspaceId?: string): Promise<User[]> {
  let query = db.selectFrom('users').selectAll().where('email', '=', email);
  if (workspaceId) query = query.where('workspace_id', '=', workspaceId);
  const rows = await query.execute();
  return rows.map((row) => ({ workspaceId: row.workspace_id, id: row.id, email: row.email, role: row.role }));
}

/** Revokes a user's active keys of one kind (full or read-only). */
/** Revokes the user's active key of one kind; answers the revoked keys' display prefixes. */
export async function revokeUserKeys(db: Executor, workspaceId: string, userId: string, readOnly: boolean, at: number): Promise<string[]> {
  const rows = await db
    .updateTable('api_keys')
    .set({ revoked_at: at })
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('read_only', '=', readOnly ? 1 : 0)
    .where('revoked_at', 'is', null)
    .returning('key_prefix')
    .execute();
  return rows.map((row) => row.key_prefix);
}

export async function insertApiKey(
  db: Executor,
  key: { workspaceId: string; id: string; userId: string; keyHash: string; keyPrefix: string; createdAt: number; readOnly?: boolean },
): Promise<void> {
  await db
    .insertInto('api_keys')
    .values({
      workspace_id: key.workspaceId,
      id: key.id,
      user_id: key.userId,
      key_hash: key.keyHash,
      key_prefix: key.keyPrefix,
      created_at: key.createdAt,
      revoked_at: null,
      read_only: key.readOnly === true ? 1 : 0,
    })
    .execute();
}

/** Active keys with this hash (in practice zero or one) and their workspace's API switch. */
export async function findActiveKeysByHash(db: Executor, keyHash: string): Promise<ActiveKey[]> {
  const rows = await db
    .selectFrom('api_keys')
    .innerJoin('workspaces', 'workspaces.id', 'api_keys.workspace_id')
    .select([
      'api_keys.workspace_id',
      'api_keys.id',
      'api_keys.user_id',
      'api_keys.key_hash',
      'api_keys.read_only',
      'workspaces.api_access_enabled',
    ])
    .where('api_keys.key_hash', '=', keyHash)
    .where('api_keys.revoked_at', 'is', null)
    .execute();
  return rows.map((row) => ({
    workspaceId: row.workspace_id,
    keyId: row.id,
    userId: row.user_id,
    keyHash: row.key_hash,
    apiAccessEnabled: row.api_access_enabled === 1,
    readOnly: row.read_only === 1,
  }));
}

/** A user as the console's users list shows them. */
export interface UserListing extends User {
  createdAt: number;
  hasPassword: boolean;
}

/** The workspace's users, oldest first. */
export async function listUsers(db: Executor, workspaceId: string): Promise<UserListing[]> {
  const rows = await db
    .selectFrom('users')
    .select(['workspace_id', 'id', 'email', 'role', 'created_at', 'password_hash'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    workspaceId: row.workspace_id,
    id: row.id,
    email: row.email,
    role: row.role,
    createdAt: Number(row.created_at),
    hasPassword: row.password_hash !== null,
  }));
}

export async function findUser(db: Executor, workspaceId: string, userId: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').select(['workspace_id', 'id', 'email', 'role']).where('workspace_id', '=', workspaceId).where('id', '=', userId).executeTakeFirst();
  return row && { workspaceId: row.workspace_id, id: row.id, email: row.email, role: row.role };
}

export async function countAdmins(db: Executor, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Revokes every active key of a user, of both kinds. */
/** Revokes every active key of the user; answers their display prefixes. */
export async function revokeAllUserKeys(db: Executor, workspaceId: string, userId: string, at: number): Promise<string[]> {
  const rows = await db
    .updateTable('api_keys')
    .set({ revoked_at: at })
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .returning('key_prefix')
    .execute();
  return rows.map((row) => row.key_prefix);
}

export async function deleteUser(db: Executor, workspaceId: string, userId: string): Promise<void> {
  await db.deleteFrom('console_sessions').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
  await db.deleteFrom('users').where('workspace_id', '=', workspaceId).where('id', '=', userId).execute();
}

/** The creation time and display prefix of a user's active key of one kind, if they have one. */
export async function findActiveKeyOfUser(
  db: Executor,
  workspaceId: string,
  userId: string,
  readOnly: boolean,
): Promise<{ keyPrefix: string; createdAt: number } | undefined> {
  const row = await db
    .selectFrom('api_keys')
    .select(['key_prefix', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('read_only', '=', readOnly ? 1 : 0)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row && { keyPrefix: row.key_prefix, createdAt: Number(row.created_at) };
}
