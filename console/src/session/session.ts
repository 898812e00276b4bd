/**
 * The console session (POST/GET/DELETE /api/v1/console/session): the signed-in user and the CSRF
 * token every write must carry. The cookie itself (ib_session, HttpOnly) is never visible here.
 */
import { ApiError, setCsrfToken, toApiError } from '../api/client';

export interface SessionUser {
  userId: string;
  email: string;
  role: 'admin' | 'member';
  workspaceId: string;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
}

export const SESSION_URL = '/api/v1/console/session';
export const sessionQueryKey = ['session'] as const;

async function sessionRequest(method: 'GET' | 'POST' | 'DELETE', body?: unknown, token?: string): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token !== undefined) headers['x-csrf-token'] = token;
  return fetch(SESSION_URL, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** The current session, or null when signed out (401). */
export async function fetchSession(): Promise<Session | null> {
  const response = await sessionRequest('GET');
  if (response.status === 401) {
    setCsrfToken(undefined);
    return null;
  }
  if (!response.ok) throw await toApiError(response);
  const session = ((await response.json()) as { data: Session }).data;
  setCsrfToken(session.csrfToken);
  return session;
}

export async function signIn(email: string, password: string): Promise<Session> {
  const response = await sessionRequest('POST', { email, password });
  if (!response.ok) throw await toApiError(response);
  const session = ((await response.json()) as { data: Session }).data;
  setCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(token: string | undefined): Promise<void> {
  const response = await sessionRequest('DELETE', undefined, token);
  // Already signed out (401) is signed out all the same.
  if (!response.ok && response.status !== 401) throw await toApiError(response);
  setCsrfToken(undefined);
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
