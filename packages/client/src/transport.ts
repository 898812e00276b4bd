/**
 * One call of the API over `fetch`: the URL, the key, the JSON body, an `Idempotency-Key` on every
 * POST, PUT and PATCH (the same one on each retry, so a retried write is replayed by the server, not
 * done twice), the retries, and the envelope unwrapped — its `data` on success, an IntentbaseError
 * otherwise.
 */
import { connectionError, errorFromAnswer, type IntentbaseError } from './errors.js';
import { DEFAULT_RETRY, isRetryableAnswer, parseRetryAfter, retryDelayMs, sleep, type RetryOptions } from './retry.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type QueryValue = string | number | boolean | null | undefined;

export interface TransportOptions {
  baseUrl: string;
  /** The key sent as `X-Api-Key`. Left out by a page of the server's own origin signed in with its session cookie (the console). */
  apiKey?: string;
  /** Headers added to every request, or a function asked at each attempt (the console's `X-CSRF-Token` on its writes, which changes on sign-in). */
  headers?: Record<string, string> | ((request: { method: HttpMethod; path: string }) => Record<string, string>);
  /** The fetch to use (default: the global one); a test or a proxy-aware runtime passes its own. */
  fetch?: typeof fetch;
  /** How long one attempt may take before it is abandoned and retried (default 80 s, as Stripe's client). */
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
}

export interface CallOptions {
  query?: Record<string, QueryValue> | undefined;
  body?: unknown;
  /** `application/json` (the default: the body is serialised) or another type for a body sent as it is (text/csv). */
  contentType?: string;
  /** The key of this logical request; by default each POST, PUT and PATCH gets a random one. */
  idempotencyKey?: string;
  signal?: AbortSignal | undefined;
}

const KEYED_METHODS = new Set<HttpMethod>(['POST', 'PUT', 'PATCH']);

/**
 * The console's routes sign in with a cookie, not a key, and those answering a secret refuse an
 * Idempotency-Key (docs/api.md): no automatic key there.
 */
const UNKEYED_PREFIX = '/api/v1/console/';

/** The other routes answering a secret shown once (a webhook endpoint's): they refuse an Idempotency-Key too. */
const SECRET_ROUTES = [/^\/api\/v1\/webhooks$/, /^\/api\/v1\/webhooks\/[^/]+\/roll-secret$/];

function takesIdempotencyKey(method: HttpMethod, path: string): boolean {
  return KEYED_METHODS.has(method) && !path.startsWith(UNKEYED_PREFIX) && !(method === 'POST' && SECRET_ROUTES.some((route) => route.test(path)));
}

/** Answers outside the envelope (docs/api.md "The envelope"). */
const UNWRAPPED_PATHS = new Set(['/healthz', '/api/v1/openapi.json']);

/** 128 random bits as hex: crypto.randomUUID needs a secure context in browsers, getRandomValues does not. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

type Attempt = { ok: true; value: unknown } | { ok: false; error: IntentbaseError; retryable: boolean; retryAfterMs?: number | undefined };

export class Transport {
  readonly baseUrl: string;
  private readonly apiKey: string | undefined;
  private readonly extraHeaders: TransportOptions['headers'];
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;
  private readonly retry: RetryOptions;

  constructor(options: TransportOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.apiKey = options.apiKey;
    this.extraHeaders = options.headers;
    // Bound late, so a fetch replaced after the client was made (a test's mock) is the one used.
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 80_000;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
  }

  /** Sends the call, retrying what may be retried; resolves with the envelope's `data`. */
  async call(method: HttpMethod, path: string, options: CallOptions = {}): Promise<unknown> {
    const url = this.url(path, options.query);
    const headers = this.headers(method, path, options);
    const body = options.body === undefined ? undefined : this.serialise(options);
    for (let retry = 1; ; retry += 1) {
      const attempt = await this.attempt(method, path, url, { method, headers: { ...this.extra(method, path), ...headers }, body, signal: options.signal });
      if (attempt.ok) return attempt.value;
      if (!attempt.retryable || retry > this.retry.maxRetries) throw attempt.error;
      await sleep(retryDelayMs(retry, attempt.retryAfterMs, this.retry), options.signal);
    }
  }

  private url(path: string, query: CallOptions['query']): string {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) params.set(name, String(value));
    }
    const search = params.toString();
    return `${this.baseUrl}${path}${search === '' ? '' : `?${search}`}`;
  }

  private extra(method: HttpMethod, path: string): Record<string, string> {
    return typeof this.extraHeaders === 'function' ? this.extraHeaders({ method, path }) : { ...this.extraHeaders };
  }

  private headers(method: HttpMethod, path: string, options: CallOptions): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.apiKey !== undefined) headers['x-api-key'] = this.apiKey;
    if (options.body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
    if (takesIdempotencyKey(method, path)) headers['idempotency-key'] = options.idempotencyKey ?? newIdempotencyKey();
    return headers;
  }

  private serialise(options: CallOptions): string {
    const json = (options.contentType ?? 'application/json') === 'application/json';
    return json ? JSON.stringify(options.body) : String(options.body);
  }

  private async attempt(method: HttpMethod, path: string, url: string, init: RequestInit & { signal: AbortSignal | undefined }): Promise<Attempt> {
    const label = `${method} ${path}`;
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = init.signal ? eitherSignal(init.signal, timeout) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(url, { ...init, signal });
      text = await response.text();
    } catch (error) {
      // The caller's own abort ends the call; anything else (refused, reset, timed out) never reached an answer.
      if (init.signal?.aborted) throw init.signal.reason;
      return { ok: false, error: connectionError(error, label, this.baseUrl), retryable: true };
    }
    const body = parseJson(text);
    if (response.ok) return { ok: true, value: UNWRAPPED_PATHS.has(path) ? body : (body as { data?: unknown } | undefined)?.data };
    return {
      ok: false,
      error: errorFromAnswer(response, body, label),
      retryable: isRetryableAnswer(response.status, body),
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    };
  }
}

/** Aborts when either does: AbortSignal.any where the runtime has it (Node 20.3+, browsers since 2024), else by hand. */
function eitherSignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([a, b]);
  const controller = new AbortController();
  for (const signal of [a, b]) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
