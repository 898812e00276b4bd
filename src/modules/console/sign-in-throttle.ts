/**
 * Sign-in throttling (docs/operations.md, "Console sign-in"): failed attempts per email and per
 * client address within a sliding window, counted in the database so every process sees them.
 */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const THROTTLE_LIMITS = { email: 5, address: 20 } as const;

/**
 * Seconds until a subject with these failures (times, newest first) may try again: 0 while it has
 * fewer than `limit` in the window, else until the `limit`-th newest leaves it (at least 1).
 */
export function retryAfterSeconds(failuresNewestFirst: readonly number[], limit: number, now: number, windowMs = THROTTLE_WINDOW_MS): number {
  if (failuresNewestFirst.length < limit) return 0;
  const freedAt = failuresNewestFirst[limit - 1] + windowMs;
  return Math.max(1, Math.ceil((freedAt - now) / 1000));
}
