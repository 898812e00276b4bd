/**
 * The console's API client: @intentbase/client, typed from the OpenAPI document like every
 * integration's. The browser sends the session cookie (same origin, so no key); every write carries
 * the session's CSRF token. The client does not retry: the
 * queries retry by their own rule (main.tsx) and a write is the user's to send again. An error is an
 * IntentbaseError whose `message` is the envelope's `customMessage`, which is what the user is shown.
 */
import { createClient, IntentbaseError } from '@intentbase/client';

export type { components, operations } from '@intentbase/client';
export { IntentbaseError };

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | undefined;

/** The token of the signed-in session (undefined when signed out): sent as X-CSRF-Token on writes. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export const api = createClient({
  baseUrl: window.location.origin,
  headers: ({ method }): Record<string, string> => (csrfToken !== undefined && UNSAFE_METHODS.has(method) ? { 'X-CSRF-Token': csrfToken } : {}),
  retry: { maxRetries: 0 },
});

/** The status of a failed call's answer; undefined for anything else. */
export function errorStatus(error: unknown): number | undefined {
  return error instanceof IntentbaseError ? error.statusCode : undefined;
}

/** The envelope's `data` of a failed call (a validation error's issues); undefined for anything else. */
export function errorData(error: unknown): unknown {
  if (!(error instanceof IntentbaseError) || typeof error.body !== 'object' || error.body === null) return undefined;
  return (error.body as { data?: unknown }).data;
}

/** What to show for a failed query or mutation. */
export function errorText(error: unknown): string {
  if (error instanceof IntentbaseError && error.isConnectionError) return 'The server could not be reached. Check your connection and try again.';
  return error instanceof Error ? error.message : 'Something went wrong';
}
