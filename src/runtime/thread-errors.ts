import { ApiError, type ErrorCode, type ValidationIssue } from '../http/errors.js';

/**
 * An error as it crosses between the service thread and the HTTP thread. Structured cloning keeps
 * only an Error's message and stack, so what callers test is carried explicitly: an ApiError's code,
 * message and issues (the closed list of codes makes it whole again on the other side), and other
 * errors' name and `code` (the dialects classify database errors by it, e.g. SQLITE_BUSY → 503).
 */
export type EncodedError =
  | { kind: 'api'; code: ErrorCode; customMessage: string; data: ValidationIssue[] | null }
  | { kind: 'error'; name: string; message: string; code?: unknown; stack?: string };

export function encodeError(error: unknown): EncodedError {
  if (error instanceof ApiError) return { kind: 'api', code: error.code, customMessage: error.customMessage, data: error.data };
  if (!(error instanceof Error)) return { kind: 'error', name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { kind: 'error', name: error.name, message: error.message, stack: error.stack, ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}) };
}

export function decodeError(encoded: EncodedError): Error {
  if (encoded.kind === 'api') return new ApiError(encoded.code, encoded.customMessage, encoded.data);
  const error = Object.assign(new Error(encoded.message), encoded.code === undefined ? {} : { code: encoded.code });
  error.name = encoded.name;
  if (encoded.stack !== undefined) error.stack = encoded.stack;
  return error;
}
