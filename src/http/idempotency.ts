import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IdempotentCall } from '../db/idempotent-calls.js';
import type { ServiceApi } from '../lib/service-api.js';
import { requestHash, type IdempotencyService } from '../modules/idempotency/idempotency.service.js';
import { ApiError } from './errors.js';
import { isEnvelope, type Envelope } from './envelope.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route answers a secret shown once (a new API key, a generated password). A stored answer
     * would keep that secret in the database for a day, so the route refuses an Idempotency-Key.
     */
    answersSecret?: boolean;
    /**
     * The route writes in several transactions (a CSV import, batch by batch; a scoring run's
     * start), so no one transaction holds its whole effect: its answer is recorded once it has
     * ended. A crash before that leaves the key's claim to run out, and the retry runs again — which
     * these routes survive by themselves (signals are de-duplicated; a started run is continued).
     */
    answerRecordedAtEnd?: boolean;
    /** The route writes nothing (a preview): there is nothing to repeat or to protect, so no key is claimed. */
    writesNothing?: boolean;
  }
  interface FastifyRequest {
    /** An Idempotency-Key request: its key and the hash of the request as it arrived (src/http/idempotency.ts). */
    idempotency?: { key: string; hash: string };
    /**
     * The claim an Idempotency-Key request holds while it runs. A write route's handler passes it
     * to its service method (the trailing argument), whose write transaction records the answer.
     */
    idempotentCall?: IdempotentCall;
  }
}

export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH']);
export const INVALID_KEY_MESSAGE = 'Idempotency-Key must be 1–255 printable ASCII characters';
export const SECRET_ROUTE_MESSAGE = 'This route answers a secret that is shown once and never stored, so it takes no Idempotency-Key';
/** Printable ASCII; a header cannot carry leading or trailing spaces, so none are seen here. */
const KEY_PATTERN = /^[\x20-\x7e]{1,255}$/;

export interface IdempotencyOptions {
  clock: () => number;
  /** Tests only: die between an idempotent request's commit and its response (config.ts). */
  killBeforeResponse: boolean;
}

/**
 * `Idempotency-Key` on every POST, PUT and PATCH of the scope (docs/api.md#idempotent-retries). The
 * key is read and the request hashed before validation; after it (a refused request claims nothing):
 * 1. claim the key — or answer an earlier request's stored result (`Idempotent-Replayed: true`),
 *    422 when that request differed, 409 while it runs;
 * 2. run the handler, which passes the claim (`request.idempotentCall`) to the service method it
 *    calls: the method's write transaction records its result with its writes
 *    (src/db/idempotent-calls.ts) — except on `answerRecordedAtEnd` routes, recorded below;
 * 3. before an error's response, let go of the claim (nothing was written).
 * Both answers carry the claim's time as the envelope's `timestamp`, so a replay is byte for byte
 * the first response.
 */
export function installIdempotency(api: FastifyInstance, idempotency: ServiceApi<IdempotencyService>, options: IdempotencyOptions): void {
  // The body as sent: validation may fill in defaults.
  api.addHook('preValidation', async (request) => {
    const key = idempotencyKeyOf(request);
    if (key !== undefined) request.idempotency = { key, hash: requestHash(request.method, request.url, request.body) };
  });
  api.addHook('preHandler', async (request, reply) => {
    if (!request.idempotency) return;
    const { key, hash } = request.idempotency;
    const claim = await idempotency.claim(request.workspaceId, key, hash, options.clock());
    request.responseTimestamp = claim.claimedAt;
    if (claim.kind === 'claimed') {
      request.idempotentCall = claim.call;
      return;
    }
    await reply.header('idempotent-replayed', 'true').send(JSON.parse(claim.result) as unknown);
    return reply;
  });
  // After the root's hook has put the answer in its envelope.
  api.addHook('preSerialization', async (request, reply, payload: unknown) => {
    const call = request.idempotentCall;
    if (call && request.routeOptions.config.answerRecordedAtEnd && reply.statusCode === 200 && isEnvelope(payload)) {
      await idempotency.complete(call, (payload as Envelope).data);
    }
    return payload;
  });
  if (options.killBeforeResponse) {
    api.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.idempotentCall && reply.statusCode === 200) process.kill(process.pid, 'SIGKILL');
    });
  }
  // Every 200 recorded its answer (test/idempotency.test.ts checks each route); any other answer
  // wrote nothing, and lets the key go before the client hears of it, so its retry runs afresh.
  api.addHook('onSend', async (request, reply) => {
    if (request.idempotentCall) await idempotency.release(request.idempotentCall, reply.statusCode === 200);
  });
}

/** The request's key, when it has one and its method takes one; a malformed key is a 400. */
function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers['idempotency-key'];
  const { access, writesNothing } = request.routeOptions.config;
  if (header === undefined || !IDEMPOTENT_METHODS.has(request.method) || access === 'public' || writesNothing) return undefined;
  const key = Array.isArray(header) ? header[0] : header;
  if (!KEY_PATTERN.test(key)) throw ApiError.badRequest(INVALID_KEY_MESSAGE);
  if (request.routeOptions.config.answersSecret) throw ApiError.badRequest(SECRET_ROUTE_MESSAGE);
  return key;
}
