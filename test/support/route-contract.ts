/**
 * Shared contract checks for every route under /api/v1 (DESIGN §4, SPEC §2.1 and §2.3).
 *
 * The routes come from `app.routeCatalog` (src/http/route-catalog.ts), so a route is covered the
 * moment it is registered; nothing here lists routes by hand.
 *
 * - `runAuthContract(engine)` — call once inside `describeEachEngine` (test/auth-contract.test.ts
 *   does). For every catalogued route: no key, unknown key, malformed key, revoked key and a key of
 *   a workspace with API access off, each answered with the exact status, message, customMessage
 *   and full envelope. It fails when the catalogue is empty, so it can never pass vacuously.
 *
 * - `expectSameAsMissing(owner, other, ownedId, build, options?)` — for feature tests: proves that
 *   another workspace's id behaves exactly like an id that does not exist. `build(id)` returns the
 *   request to try; the helper sends it with `other`'s key once with `ownedId` (an id that exists
 *   in `owner`'s workspace) and once with a fresh unknown id, and asserts the two answers are
 *   identical once the id itself and the timestamp are masked. For a GET it also checks that the
 *   owner's own request answers differently (so the id really existed); for a write, pass
 *   `ownerView` — a request the owner can make to see the resource — and the helper asserts that
 *   view is unchanged by the foreign request. Example:
 *
 *     const owner = await ctx().newTenant();
 *     const other = await ctx().newTenant();
 *     const id = (await owner.request('POST', '/api/v1/segments', { name: 'S', type: 'static' })).body.data.segmentId;
 *     await expectSameAsMissing(owner, other, id, (id) => ({ method: 'GET', url: `/api/v1/segments/${id}` }));
 *     await expectSameAsMissing(owner, other, id,
 *       (id) => ({ method: 'PATCH', url: `/api/v1/segments/${id}`, body: { name: 'Taken over' } }),
 *       { ownerView: { method: 'GET', url: `/api/v1/segments/${id}` } });
 *
 *   Ids a client chooses (externalDealId, pipelineId) are not hex: pass `missingId` too.
 *
 * - `apiRoutes(app)`, `fillPath(url, id)` and `assertEnvelope(reply, path)` are the building blocks,
 *   shared with test/fuzz.test.ts.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, test } from 'node:test';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { CatalogedRoute } from '../../src/http/route-catalog.js';
import { newId } from '../../src/lib/ids.js';
import type { EngineName } from './engines.js';
import { injectJson, useTestApp, type Reply, type Tenant } from './test-app.js';

export const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** SPEC §2.3: the reason phrase of every status the API answers with. */
export const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function takesBody(method: string): boolean {
  return BODY_METHODS.has(method);
}

/** Whether the route reads a JSON body: every body route but one that declares other `consumes` (the CSV upload). */
export function takesJsonBody(route: CatalogedRoute): boolean {
  const consumes = (route.schema as { consumes?: string[] } | undefined)?.consumes;
  return takesBody(route.method) && (consumes === undefined || consumes.includes('application/json'));
}

/** The catalogued /api/v1 routes; throws when there are none, so no contract passes vacuously. */
export function apiRoutes(app: FastifyInstance): readonly CatalogedRoute[] {
  const routes = app.routeCatalog;
  if (!Array.isArray(routes) || routes.length === 0) {
    throw new Error(
      'The route catalogue is empty: no route is registered under /api/v1, or installRouteCatalog() ' +
        'runs after the API plugin is registered (src/app.ts). The route contracts would pass vacuously.',
    );
  }
  return routes;
}

/** The names of a URL pattern's path parameters, in order (`:rtp_aid`, `*` as `*`). */
export function pathParams(url: string): string[] {
  return [...url.matchAll(/:([A-Za-z0-9_]+)|\*/g)].map((m) => m[1] ?? '*');
}

/** A concrete URL for a pattern: each parameter filled by `fill(name)` (already URL-encoded). */
export function fillPath(url: string, fill: string | ((name: string) => string)): string {
  const valueOf = typeof fill === 'string' ? () => fill : fill;
  return url.replace(/:([A-Za-z0-9_]+)(\([^)]*\))?|\*/g, (whole, name: string | undefined) => valueOf(name ?? '*'));
}

/** The path the envelope must report: what the server sees, without the query string. */
export function expectedPath(url: string): string {
  return new URL(url, 'http://localhost').pathname;
}

export function routeLabel(route: CatalogedRoute): string {
  return `${route.method} ${route.url}`;
}

function describeReply(reply: Reply): string {
  const raw = reply.raw.length > 600 ? `${reply.raw.slice(0, 600)}…` : reply.raw;
  return `HTTP ${reply.statusCode} ${raw}`;
}

/**
 * SPEC §2.3 on any response: a JSON object whose statusCode is the HTTP status, an ISO timestamp
 * with milliseconds, the path without query string, `data`; errors add the reason phrase as
 * `message`, a `customMessage`, and `data` null or the §2.4 issue array; an X-Request-Id header.
 */
export function assertEnvelope(reply: Reply, path: string, context = ''): void {
  const where = `${context ? `${context}: ` : ''}${describeReply(reply)}`;
  const body = reply.body;
  assert.ok(typeof body === 'object' && body !== null && !Array.isArray(body), `body is not a JSON object — ${where}`);
  const contentType = reply.headers['content-type'];
  assert.match(typeof contentType === 'string' ? contentType : '', /^application\/json/, `content-type — ${where}`);
  const requestId = reply.headers['x-request-id'];
  assert.ok(typeof requestId === 'string' && requestId.length > 0, `X-Request-Id header missing — ${where}`);
  assert.equal(body.statusCode, reply.statusCode, `statusCode must equal the HTTP status — ${where}`);
  assert.ok(typeof body.timestamp === 'string' && ISO_MS.test(body.timestamp), `timestamp — ${where}`);
  assert.equal(body.path, path, `path — ${where}`);
  assert.ok('data' in body, `data missing — ${where}`);
  if (reply.statusCode < 400) return;
  assert.equal(body.message, REASON_PHRASES[reply.statusCode], `message must be the reason phrase — ${where}`);
  assert.ok(typeof body.customMessage === 'string' && body.customMessage.length > 0, `customMessage — ${where}`);
  if (body.data === null) return;
  assert.ok(Array.isArray(body.data) && body.data.length > 0, `error data must be null or a non-empty issue array — ${where}`);
  const messages: string[] = [];
  for (const issue of body.data) {
    assert.ok(typeof issue === 'object' && issue !== null, `issue is not an object — ${where}`);
    assert.deepEqual(Object.keys(issue).sort(), ['constraints', 'path', 'property'], `issue keys — ${where}`);
    assert.equal(typeof issue.property, 'string', `issue.property — ${where}`);
    assert.equal(typeof issue.path, 'string', `issue.path — ${where}`);
    assert.ok(typeof issue.constraints === 'object' && issue.constraints !== null, `issue.constraints — ${where}`);
    const values = Object.values(issue.constraints);
    assert.ok(values.length > 0 && values.every((v) => typeof v === 'string'), `constraint messages — ${where}`);
    messages.push(...values);
  }
  assert.equal(body.customMessage, messages.join('; '), `customMessage must join the constraint messages with '; ' — ${where}`);
}

/** An error envelope with exactly this status, reason phrase, customMessage and `data: null`. */
export function assertErrorReply(reply: Reply, path: string, status: number, customMessage: string, context = ''): void {
  const where = `${context ? `${context}: ` : ''}${describeReply(reply)}`;
  assert.equal(reply.statusCode, status, `status — ${where}`);
  assertEnvelope(reply, path, context);
  assert.equal(reply.body.customMessage, customMessage, `customMessage — ${where}`);
  assert.equal(reply.body.data, null, `data — ${where}`);
}

/** A syntactically valid key (`ib_` + 40 base62) that was never issued. */
export function unknownApiKey(): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  return `ib_${[...randomBytes(40)].map((b) => alphabet[b % 62]).join('')}`;
}

const MALFORMED_KEYS = [
  'not-a-key',
  'ib_',
  `ib_${'a'.repeat(39)}`,
  `ib_${'a'.repeat(41)}`,
  `IB_${'a'.repeat(40)}`,
  `ib_${'a'.repeat(39)}-`,
  `Bearer ib_${'a'.repeat(40)}`,
];

interface AuthCase {
  name: string;
  status: number;
  customMessage: string;
  headers: () => Record<string, string>;
}

/** Sends a request for a catalogued route with only the given headers (and a JSON body where one is taken). */
function probe(app: FastifyInstance, route: CatalogedRoute, headers: Record<string, string>, payload = '{}') {
  const url = `${fillPath(route.url, newId())}?probe=1&limit=1`;
  const options: InjectOptions = { method: route.method, url, headers: { ...headers } };
  if (takesBody(route.method)) {
    options.headers = { ...options.headers, 'content-type': 'application/json' };
    options.payload = payload;
  }
  return { url, send: () => injectJson(app, options) };
}

/**
 * SPEC §2.1 against every catalogued route: registers the tests of one engine's suite. Call it
 * directly inside `describeEachEngine`.
 */
export function runAuthContract(engine: EngineName): void {
  const ctx = useTestApp(engine);
  const keys = { valid: '', revoked: '', replacement: '', disabled: '' };

  before(async () => {
    const active = await ctx().newTenant();
    keys.valid = active.apiKey;
    const rotated = await ctx().newTenant();
    keys.revoked = rotated.apiKey;
    keys.replacement = (await ctx().services.workspaces.createKey(rotated.email, rotated.workspaceId)).apiKey;
    const switchedOff = await ctx().newTenant();
    await ctx().services.workspaces.setApiAccess(switchedOff.workspaceId, false);
    keys.disabled = switchedOff.apiKey;
  });

  test('the route catalogue lists the /api/v1 routes', () => {
    const routes = apiRoutes(ctx().app);
    for (const route of routes) {
      assert.ok(route.url.startsWith('/api/v1'), `${routeLabel(route)} is outside /api/v1`);
      assert.notEqual(route.method, 'HEAD', `${routeLabel(route)}: the automatic HEAD twin must not be catalogued`);
    }
    const labels = routes.map(routeLabel);
    assert.equal(new Set(labels).size, labels.length, `duplicate catalogue entries: ${labels.join(', ')}`);
  });

  const cases: AuthCase[] = [
    { name: 'no X-Api-Key header', status: 401, customMessage: 'X-Api-Key header is required', headers: () => ({}) },
    { name: 'an unknown well-formed key', status: 401, customMessage: 'Invalid API key', headers: () => ({ 'x-api-key': unknownApiKey() }) },
    ...MALFORMED_KEYS.map((key) => ({
      name: `a malformed key '${key.slice(0, 16)}…'`,
      status: 401,
      customMessage: 'Invalid API key',
      headers: () => ({ 'x-api-key': key }),
    })),
    { name: 'a revoked key', status: 401, customMessage: 'Invalid API key', headers: () => ({ 'x-api-key': keys.revoked }) },
    {
      name: 'a valid key of a workspace with API access off',
      status: 401,
      customMessage: 'API access is not enabled for this workspace',
      headers: () => ({ 'x-api-key': keys.disabled }),
    },
  ];

  // Signing in is the one route that needs no credentials; the console's session routes take the
  // same hook as every other, so they refuse bad keys alike, but a valid key has no session.
  const guarded = () => apiRoutes(ctx().app).filter((route) => route.access !== 'public');

  for (const authCase of cases) {
    test(`every route answers ${authCase.status} to ${authCase.name}`, async (t) => {
      for (const route of guarded()) {
        await t.test(routeLabel(route), async () => {
          const { url, send } = probe(ctx().app, route, authCase.headers());
          const reply = await send();
          assertErrorReply(reply, expectedPath(url), authCase.status, authCase.customMessage, `${routeLabel(route)} with ${authCase.name}`);
          assert.equal(reply.body.message, authCase.status === 401 ? 'Unauthorized' : 'Forbidden');
        });
      }
    });
  }

  test('every route checks the key before it reads the body', async (t) => {
    for (const route of guarded().filter((r) => takesBody(r.method))) {
      await t.test(routeLabel(route), async () => {
        const { url, send } = probe(ctx().app, route, {}, '{"not json');
        assertErrorReply(await send(), expectedPath(url), 401, 'X-Api-Key header is required', routeLabel(route));
      });
    }
  });

  // The controls: the keys above are refused because of what they are, not because the route
  // refuses everyone.
  test('every route lets a valid key through, including the key that replaced a revoked one', async (t) => {
    for (const route of apiRoutes(ctx().app).filter((r) => r.access === 'credentials')) {
      await t.test(routeLabel(route), async () => {
        for (const key of [keys.valid, keys.replacement]) {
          const { url, send } = probe(ctx().app, route, { 'x-api-key': key });
          const reply = await send();
          assert.ok(![401, 403].includes(reply.statusCode), `${routeLabel(route)} refused a valid key — ${describeReply(reply)}`);
          assert.ok(reply.statusCode < 500, `${routeLabel(route)} — ${describeReply(reply)}`);
          assertEnvelope(reply, expectedPath(url), routeLabel(route));
        }
      });
    }
  });
  test('the public routes answer without credentials; the session routes refuse a valid key (it is no session)', async (t) => {
    const routes = apiRoutes(ctx().app);
    assert.ok(routes.some((r) => r.access === 'public') && routes.some((r) => r.access === 'session'), 'no public or session route is catalogued');
    for (const route of routes.filter((r) => r.access !== 'credentials')) {
      await t.test(routeLabel(route), async () => {
        const { url, send } = probe(ctx().app, route, route.access === 'public' ? {} : { 'x-api-key': keys.valid });
        const reply = await send();
        assertEnvelope(reply, expectedPath(url), routeLabel(route));
        if (route.access === 'public') assert.ok(![401, 403].includes(reply.statusCode), describeReply(reply));
        else assert.equal(reply.statusCode, 401, describeReply(reply));
      });
    }
  });
}

export interface RequestSpec {
  method: InjectOptions['method'];
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

function send(tenant: Tenant, spec: RequestSpec): Promise<Reply> {
  return tenant.request(spec.method, spec.url, spec.body, spec.headers);
}

const VOLATILE_KEYS = new Set(['timestamp', 'syncTimestamp']);

/** The reply with the given id masked and the clock-dependent fields dropped, for comparison. */
function comparable(reply: Reply, id?: string): { statusCode: number; body: unknown } {
  const raw = id ? reply.raw.split(id).join('<id>') : reply.raw;
  let body: unknown;
  try {
    body = JSON.parse(raw, (key, value) => (VOLATILE_KEYS.has(key) ? undefined : value));
  } catch {
    body = raw;
  }
  return { statusCode: reply.statusCode, body };
}

/**
 * SPEC §2.1: an id that belongs to another workspace behaves exactly like an id that does not
 * exist. See the top of this file for how to call it; returns both replies for further asserts.
 */
export async function expectSameAsMissing(
  owner: Tenant,
  other: Tenant,
  ownedId: string,
  build: (id: string) => RequestSpec,
  options: { missingId?: string; ownerView?: RequestSpec } = {},
): Promise<{ foreign: Reply; missing: Reply }> {
  assert.notEqual(owner.workspaceId, other.workspaceId, 'owner and other must be different workspaces');
  const missingId = options.missingId ?? newId();
  assert.notEqual(missingId, ownedId);
  const probeSpec = build(ownedId);
  const label = `${probeSpec.method} ${probeSpec.url}`;

  const viewBefore = options.ownerView ? await send(owner, options.ownerView) : undefined;
  if (viewBefore) assert.ok(viewBefore.statusCode < 300, `ownerView must succeed for the owner — ${describeReply(viewBefore)}`);
  if (probeSpec.method === 'GET') {
    const own = await send(owner, probeSpec);
    const missingForOwner = await send(owner, build(missingId));
    assert.notDeepEqual(
      comparable(own, ownedId),
      comparable(missingForOwner, missingId),
      `${label}: the owner's own request answers like a missing id, so ${ownedId} does not exist in its workspace`,
    );
  }

  const foreign = await send(other, probeSpec);
  const missing = await send(other, build(missingId));
  assert.deepEqual(
    comparable(foreign, ownedId),
    comparable(missing, missingId),
    `${label}: another workspace's id must answer exactly like a missing id\n  foreign: ${describeReply(foreign)}\n  missing: ${describeReply(missing)}`,
  );

  if (viewBefore && options.ownerView) {
    const viewAfter = await send(owner, options.ownerView);
    assert.deepEqual(comparable(viewAfter), comparable(viewBefore), `${label}: the foreign request changed the owner's data`);
  }
  return { foreign, missing };
}
