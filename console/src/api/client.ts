/**
 * The typed API client: openapi-fetch over the paths of the OpenAPI document (schema.d.ts is
 * generated from it, see scripts/console-api-types.ts). The browser sends the session cookie
 * (same origin); every state-changing request carries the session's CSRF token. An error answer
 * becomes an ApiError carrying the envelope's `customMessage`, which is what the user is shown.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** The SPEC §2 envelope of an error. */
export interface ErrorEnvelope {
  statusCode: number;
  message?: string;
  customMessage?: string;
  data?: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body?: ErrorEnvelope,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | undefined;

/** The token of the signed-in session (undefined when signed out): sent as X-CSRF-Token on writes. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (csrfToken !== undefined && UNSAFE_METHODS.has(request.method)) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(csrf);

/** Turns an error answer (the envelope, or whatever a proxy sent) into an ApiError. */
export async function toApiError(response: Response, body?: unknown): Promise<ApiError> {
  let envelope = body as ErrorEnvelope | undefined;
  if (envelope === undefined) {
    try {
      envelope = (await response.clone().json()) as ErrorEnvelope;
    } catch {
      envelope = undefined;
    }
  }
  const text = envelope?.customMessage ?? envelope?.message ?? (response.statusText || `Request failed (${response.status})`);
  return new ApiError(response.status, text, envelope);
}

/** The `data` of a successful answer; throws an ApiError otherwise. */
export async function unwrap<T>(call: Promise<{ data?: { data: T }; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (data === undefined || !response.ok) throw await toApiError(response, error);
  return data.data;
}

/** What to show for a failed query or mutation. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return 'The server could not be reached. Check your connection and try again.';
  return error instanceof Error ? error.message : 'Something went wrong';
}
