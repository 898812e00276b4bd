import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ValidationIssue } from './errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * `false` for routes that serve a document rather than API data (the OpenAPI document, the
     * Swagger UI, src/http/openapi.ts): the envelope hook of src/http/setup.ts leaves their payload as it is.
     */
    envelope?: boolean;
    /** `true` where an empty object is a meaningful body: no body or `null` is then a 400 (src/http/setup.ts). */
    bodyRequired?: boolean;
  }
  interface FastifyRequest {
    /** The time (epoch ms) the success envelope states, when not now: an idempotent request's claim (src/http/idempotency.ts). */
    responseTimestamp?: number;
  }
}

export interface Envelope<T = unknown> {
  statusCode: number;
  timestamp: string;
  path: string;
  message?: string;
  customMessage?: string;
  data: T;
}

/** The request path without its query string (SPEC §2.3). */
export function requestPath(request: FastifyRequest): string {
  const url = request.raw.url ?? request.url;
  const queryAt = url.indexOf('?');
  return queryAt === -1 ? url : url.slice(0, queryAt);
}

const envelopes = new WeakSet();

export function isEnvelope(payload: unknown): boolean {
  return typeof payload === 'object' && payload !== null && envelopes.has(payload);
}

export function successEnvelope<T>(request: FastifyRequest, reply: FastifyReply, data: T): Envelope<T> {
  const envelope = { statusCode: reply.statusCode, timestamp: new Date(request.responseTimestamp ?? Date.now()).toISOString(), path: requestPath(request), data };
  envelopes.add(envelope);
  return envelope;
}

export function errorEnvelope(
  request: FastifyRequest,
  statusCode: number,
  reason: string,
  customMessage: string,
  data: ValidationIssue[] | null,
): Envelope<ValidationIssue[] | null> {
  return errorEnvelopeAt(requestPath(request), statusCode, reason, customMessage, data);
}

/** An error envelope for a path known without a routed request (a request Node's HTTP parser refused). */
export function errorEnvelopeAt(
  path: string,
  statusCode: number,
  reason: string,
  customMessage: string,
  data: ValidationIssue[] | null,
): Envelope<ValidationIssue[] | null> {
  const envelope = {
    statusCode,
    timestamp: new Date().toISOString(),
    path,
    message: reason,
    customMessage,
    data,
  };
  envelopes.add(envelope);
  return envelope;
}
