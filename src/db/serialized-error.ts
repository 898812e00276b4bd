/** Errors crossing between threads: structured cloning keeps only an Error's message and stack. */

/** An error as it crosses a thread: what callers test (name, code) and what logs show. */
export interface SerializedError {
  name: string;
  message: string;
  code?: unknown;
  stack?: string;
}

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  return { name: error.name, message: error.message, code: (error as { code?: unknown }).code, stack: error.stack };
}

/** The error on the calling side: same name, message and code (so `dialect.isUnavailable` and name checks work). */
export function reviveError(serialized: SerializedError): Error {
  const error = new Error(serialized.message);
  error.name = serialized.name;
  if (serialized.code !== undefined) (error as Error & { code?: unknown }).code = serialized.code;
  if (serialized.stack !== undefined) error.stack = serialized.stack;
  return error;
}
