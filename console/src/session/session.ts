/**
 * The console session (POST/GET/DELETE /api/v1/console/session, typed from the OpenAPI document):
 * the signed-in user and the CSRF token every write must carry. The cookie itself (ib_session,
 * HttpOnly) is never visible here.
 */
import { api, errorStatus, setCsrfToken } from '../api/client';
import type { components } from '../api/client';

export type Session = components['schemas']['ConsoleSession'];
export type SessionUser = components['schemas']['ConsoleUser'];

export const sessionQueryKey = ['session'] as const;

/** The current session, or null when signed out (401). */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get('/api/v1/console/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
    setCsrfToken(undefined);
    return null;
  }
}

export async function signIn(email: string, password: string): Promise<Session> {
  const session = await api.post('/api/v1/console/session', { body: { email, password } });
  setCsrfToken(session.csrfToken);
  return session;
}

/** Ends the session (the client sends the CSRF token); already signed out (401) is signed out all the same. */
export async function signOut(): Promise<void> {
  try {
    await api.delete('/api/v1/console/session');
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
  }
  setCsrfToken(undefined);
}

export function isUnauthorized(error: unknown): boolean {
  return errorStatus(error) === 401;
}
