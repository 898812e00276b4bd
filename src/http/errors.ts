/** The closed list of error codes; each maps to exactly one HTTP status and reason phrase. */
export const ERROR_STATUS = {
  BAD_REQUEST: [400, 'Bad Request'],
  UNAUTHORIZED: [401, 'Unauthorized'],
  FORBIDDEN: [403, 'Forbidden'],
  NOT_FOUND: [404, 'Not Found'],
  REQUEST_TIMEOUT: [408, 'Request Timeout'],
  CONFLICT: [409, 'Conflict'],
  GONE: [410, 'Gone'],
  PAYLOAD_TOO_LARGE: [413, 'Payload Too Large'],
  UNSUPPORTED_MEDIA_TYPE: [415, 'Unsupported Media Type'],
  UNPROCESSABLE_ENTITY: [422, 'Unprocessable Entity'],
  TOO_MANY_REQUESTS: [429, 'Too Many Requests'],
  HEADERS_TOO_LARGE: [431, 'Request Header Fields Too Large'],
  INTERNAL: [500, 'Internal Server Error'],
  SERVICE_UNAVAILABLE: [503, 'Service Unavailable'],
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ValidationIssue {
  property: string;
  path: string;
  constraints: Record<string, string>;
}

/** The one error type handlers throw; the error handler turns it into the envelope. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly customMessage: string,
    readonly data: ValidationIssue[] | null = null,
  ) {
    super(customMessage);
    this.name = 'ApiError';
  }

  get statusCode(): number {
    return ERROR_STATUS[this.code][0];
  }

  get reason(): string {
    return ERROR_STATUS[this.code][1];
  }

  static badRequest(message: string): ApiError {
    return new ApiError('BAD_REQUEST', message);
  }

  static notFound(message: string): ApiError {
    return new ApiError('NOT_FOUND', message);
  }

  static conflict(message: string): ApiError {
    return new ApiError('CONFLICT', message);
  }

  /** A validation error whose issues are built by the caller (same shape as schema errors). */
  static validation(issues: ValidationIssue[]): ApiError {
    const message = issues.flatMap((issue) => Object.values(issue.constraints)).join('; ');
    return new ApiError('BAD_REQUEST', message, issues);
  }
}
