/**
 * When to retry a call and how long to wait first: Stripe's client's policy (exponential backoff from
 * half a second, capped, with jitter; the server's `Retry-After` when it asks for longer, up to a
 * minute), applied to what the Intentbase API says can be retried (docs/api.md): 429, 503, a network
 * failure, and a 409 for an `Idempotency-Key` whose first request is still running.
 */
export interface RetryOptions {
  /** Retries after the first attempt (default 3); 0 turns retrying off. */
  maxRetries: number;
  /** The first backoff (default 500 ms); each retry doubles it up to `maxDelayMs`. */
  initialDelayMs: number;
  /** The longest backoff (default 8 s); a longer `Retry-After` is still honoured up to `maxRetryAfterMs`. */
  maxDelayMs: number;
  /** The longest `Retry-After` waited for (default 60 s); beyond it the backoff applies, as in Stripe's client. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxRetries: 3, initialDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };

/** The statuses an Intentbase server answers for a request that may simply be sent again. */
const RETRYABLE_STATUSES = new Set([429, 503]);

/** The 409 of docs/api.md "Idempotent retries": "retry a little later". */
const KEY_IN_PROGRESS = 'A request with this Idempotency-Key is still in progress';

export function isRetryableAnswer(status: number, body: unknown): boolean {
  if (RETRYABLE_STATUSES.has(status)) return true;
  return status === 409 && typeof body === 'object' && body !== null && (body as { customMessage?: unknown }).customMessage === KEY_IN_PROGRESS;
}

/** `Retry-After` in milliseconds: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry number `retry` (1 for the first): the backoff, jittered to between half and all
 * of itself so that clients refused together do not come back together, never less than the initial
 * delay, and at least `Retry-After` when the server sent one within bounds.
 */
export function retryDelayMs(retry: number, retryAfterMs: number | undefined, options: RetryOptions, random: () => number = Math.random): number {
  const backoff = Math.min(options.initialDelayMs * 2 ** (retry - 1), options.maxDelayMs);
  const jittered = Math.max(options.initialDelayMs, backoff * 0.5 * (1 + random()));
  if (retryAfterMs !== undefined && retryAfterMs <= options.maxRetryAfterMs) return Math.max(jittered, retryAfterMs);
  return jittered;
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
