/**
 * The console session (POST/GET/DELETE /api/v1/console/session, typed from the OpenAPI document):
 * the signed-in user and the CSRF token every write must carry. The cookie itself (ib_session,
 * HttpOnly) is never visible here.
 */
import { api, ApiError, setCsrfToken, toApiError, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type Session = components['schemas']['ConsoleSession'];
export type SessionUser = components['schemas']['ConsoleUser'];

export const sessionQueryKey = ['session'] as const;

/** The current session, or null when signed out (401). */
export async function fetchSession(): Promise<Session | null> {
  const { data, error, response } = await api.GET('/api/v1/console/session');
  if (response.status === 401) {
    setCsrfToken(undefined);
    return null;
  }
  if (data === undefined) throw await toApiError(response, error);
  setCsrfToken(data.data.csrfToken);
  return data.data;
}

export async function signIn(email: string, password: string): Promise<Session> {
  const session = await unwrap(api.POST('/api/v1/console/session', { body: { email, password } }));
  setCsrfToken(session.csrfToken);
  return session;
}

/** Ends the session (the client sends the CSRF token); already signed out (401) is signed out all the same. */
export async function signOut(): Promise<void> {
  const { error, response } = await api.DELETE('/api/v1/console/session');
  if (!response.ok && response.status !== 401) throw await toApiError(response, error);
  setCsrfToken(undefined);
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
