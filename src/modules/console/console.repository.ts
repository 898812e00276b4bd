import type { Executor } from '../../db/index.js';

/** A user who may sign in: their password hash and their workspace's API switch. */
export interface SignInCandidate {
  workspaceId: string;
  userId: string;
  email: string;
  role: string;
  passwordHash: string | null;
  apiAccessEnabled: boolean;
}

export interface StoredSession {
  workspaceId: string;
  userId: string;
  email: string;
  role: string;
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
  apiAccessEnabled: boolean;
}

/** Every user with this (normalised) email, oldest first: an email may belong to users of several workspaces. */
export async function findSignInCandidates(db: Executor, email: string): Promise<SignInCandidate[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('workspaces', 'workspaces.id', 'users.workspace_id')
    .select(['users.workspace_id', 'users.id', 'users.email', 'users.role', 'users.password_hash', 'workspaces.api_access_enabled'])
    .where('users.email', '=', email)
    .orderBy('users.created_at')
    .orderBy('users.id')
    .execute();
  return rows.map((row) => ({
    workspaceId: row.workspace_id,
    userId: row.id,
    email: row.email,
    role: row.role,
    passwordHash: row.password_hash,
    apiAccessEnabled: row.api_access_enabled === 1,
  }));
}

export async function setPasswordHash(db: Executor, workspaceId: string, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('workspace_id', '=', workspaceId).where('id', '=', userId).execute();
}

export async function insertSession(
  db: Executor,
  session: { workspaceId: string; tokenHash: string; userId: string; csrfToken: string; at: number },
): Promise<void> {
  await db
    .insertInto('console_sessions')
    .values({
      workspace_id: session.workspaceId,
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.at,
      last_seen_at: session.at,
    })
    .execute();
}

/** The session with its user (gone when the user was removed) and the workspace's API switch. */
export async function findSession(db: Executor, workspaceId: string, tokenHash: string): Promise<StoredSession | undefined> {
  const row = await db
    .selectFrom('console_sessions as s')
    .innerJoin('users as u', (join) => join.onRef('u.workspace_id', '=', 's.workspace_id').onRef('u.id', '=', 's.user_id'))
    .innerJoin('workspaces as w', 'w.id', 's.workspace_id')
    .select(['s.workspace_id', 's.user_id', 'u.email', 'u.role', 's.csrf_token', 's.created_at', 's.last_seen_at', 'w.api_access_enabled'])
    .where('s.workspace_id', '=', workspaceId)
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return (
    row && {
      workspaceId: row.workspace_id,
      userId: row.user_id,
      email: row.email,
      role: row.role,
      csrfToken: row.csrf_token,
      createdAt: Number(row.created_at),
      lastSeenAt: Number(row.last_seen_at),
      apiAccessEnabled: row.api_access_enabled === 1,
    }
  );
}

export async function touchSession(db: Executor, workspaceId: string, tokenHash: string, at: number): Promise<void> {
  await db.updateTable('console_sessions').set({ last_seen_at: at }).where('workspace_id', '=', workspaceId).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Executor, workspaceId: string, tokenHash: string): Promise<void> {
  await db.deleteFrom('console_sessions').where('workspace_id', '=', workspaceId).where('token_hash', '=', tokenHash).execute();
}

/** A user's sessions: all of them, or only those idle since `idleBefore` or created before `createdBefore`. */
export async function deleteUserSessions(
  db: Executor,
  workspaceId: string,
  userId: string,
  expired?: { idleBefore: number; createdBefore: number },
): Promise<void> {
  let query = db.deleteFrom('console_sessions').where('workspace_id', '=', workspaceId).where('user_id', '=', userId);
  if (expired) query = query.where((eb) => eb.or([eb('last_seen_at', '<', expired.idleBefore), eb('created_at', '<', expired.createdBefore)]));
  await query.execute();
}

export type ThrottleScope = 'email' | 'address';

export async function insertFailure(db: Executor, failure: { scope: ThrottleScope; subject: string; id: string; at: number }): Promise<void> {
  await db.insertInto('sign_in_failures').values({ scope: failure.scope, subject: failure.subject, id: failure.id, failed_at: failure.at }).execute();
}

export async function deleteFailure(db: Executor, scope: ThrottleScope, subject: string, id: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('scope', '=', scope).where('subject', '=', subject).where('id', '=', id).execute();
}

export async function clearFailures(db: Executor, scope: ThrottleScope, subject: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('scope', '=', scope).where('subject', '=', subject).execute();
}

/** The times of a subject's failures since `since`, newest first, at most `limit` of them. */
export async function recentFailures(db: Executor, scope: ThrottleScope, subject: string, since: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('sign_in_failures')
    .select('failed_at')
    .where('scope', '=', scope)
    .where('subject', '=', subject)
    .where('failed_at', '>', since)
    .orderBy('failed_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => Number(row.failed_at));
}

export async function purgeFailuresBefore(db: Executor, before: number): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('failed_at', '<=', before).execute();
}
