/** One entry of a validation error's `data` (docs/api.md "Validation errors"). */
export interface ValidationEntry {
  /** The offending property's name. */
  property: string;
  /** Its full location, e.g. `accounts[0].domain`. */
  path: string;
  /** Constraint name → message, e.g. `{ isNotEmpty: 'domain should not be empty' }`. */
  constraints: Record<string, string>;
}

/** What an error answer of the API holds: the envelope of docs/api.md "The envelope". */
export interface ErrorEnvelope {
  statusCode: number;
  timestamp?: string;
  path?: string;
  message?: string;
  customMessage?: string;
  data?: unknown;
}

/**
 * Every failure of a call: an error answer of the API (after any retries), or a server that could not
 * be reached (`statusCode` 0, the network error as `cause`). `message` is the sentence saying what is
 * wrong (the envelope's `customMessage` when there is one); `statusText` is the envelope's own
 * `message`, the reason phrase (`Bad Request`).
 */
export class IntentbaseError extends Error {
  override readonly name = 'IntentbaseError';
  /** The HTTP status; 0 when no answer arrived. */
  readonly statusCode: number;
  /** The envelope's `message`: the HTTP reason phrase (`Not Found`, `Too Many Requests`, …). */
  readonly statusText: string;
  /** The envelope's `customMessage`, when the answer was the API's envelope. */
  readonly customMessage: string | undefined;
  /** One entry per offending property of a 400 validation error; empty otherwise. */
  readonly validationErrors: ValidationEntry[];
  /** The `X-Request-Id` the server gave the request: quote it when reporting a problem. */
  readonly requestId: string | undefined;
  /** The method and path the call sent, e.g. `POST /api/v1/accounts`. */
  readonly request: string;
  /** The parsed error body as it arrived (the envelope, or whatever a proxy sent). */
  readonly body: unknown;

  constructor(init: {
    statusCode: number;
    statusText: string;
    customMessage?: string;
    validationErrors?: ValidationEntry[];
    requestId?: string;
    request: string;
    body?: unknown;
    cause?: unknown;
  }) {
    super(init.customMessage ?? init.statusText, init.cause === undefined ? undefined : { cause: init.cause });
    this.statusCode = init.statusCode;
    this.statusText = init.statusText;
    this.customMessage = init.customMessage;
    this.validationErrors = init.validationErrors ?? [];
    this.requestId = init.requestId;
    this.request = init.request;
    this.body = init.body;
  }

  /** True when no answer arrived at all (the server was unreachable, the connection broke, the call timed out). */
  get isConnectionError(): boolean {
    return this.statusCode === 0;
  }
}

function isValidationEntry(value: unknown): value is ValidationEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.property === 'string' && typeof entry.path === 'string' && typeof entry.constraints === 'object';
}

/** The error of an answer that was not a success: the envelope's fields when it is one. */
export function errorFromAnswer(response: Response, body: unknown, request: string): IntentbaseError {
  const envelope = typeof body === 'object' && body !== null ? (body as ErrorEnvelope) : undefined;
  const entries = Array.isArray(envelope?.data) ? envelope.data.filter(isValidationEntry) : [];
  return new IntentbaseError({
    statusCode: response.status,
    statusText: typeof envelope?.message === 'string' ? envelope.message : response.statusText || `HTTP ${response.status}`,
    ...(typeof envelope?.customMessage === 'string' ? { customMessage: envelope.customMessage } : {}),
    validationErrors: entries,
    ...requestIdOf(response),
    request,
    body,
  });
}

function requestIdOf(response: Response): { requestId?: string } {
  const id = response.headers.get('x-request-id');
  return id === null ? {} : { requestId: id };
}

/** The error of a call that never got an answer. */
export function connectionError(cause: unknown, request: string, baseUrl: string): IntentbaseError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new IntentbaseError({ statusCode: 0, statusText: 'Connection failed', customMessage: `Could not reach ${baseUrl}: ${reason}`, request, cause });
}
