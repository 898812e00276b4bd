import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { apiKeyAuth } from '../src/http/auth.js';
import { newId } from '../src/lib/ids.js';
import { describeEachEngine } from './support/engines.js';
import { apiRoutes, assertEnvelope, assertErrorReply, fillPath, pathParams, routeLabel, takesBody, takesJsonBody } from './support/route-contract.js';
import { injectJson, useTestApp } from './support/test-app.js';

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describeEachEngine('HTTP conventions', (engine) => {
  const ctx = useTestApp(engine);

  test('unknown route answers 404 in the envelope with the path and no query string', async () => {
    const tenant = await ctx().newTenant();
    const reply = await tenant.request('GET', '/api/v1/nothing-here?x=1');
    assert.equal(reply.statusCode, 404);
    assert.equal(reply.body.statusCode, 404);
    assert.equal(reply.body.path, '/api/v1/nothing-here');
    assert.equal(reply.body.message, 'Not Found');
    assert.equal(reply.body.customMessage, 'Cannot GET /api/v1/nothing-here');
    assert.equal(reply.body.data, null);
    assert.match(reply.body.timestamp, ISO_MS);
    assert.ok(reply.headers['x-request-id']);
  });

  test('healthz answers ok without a key', async () => {
    const reply = await ctx().inject({ method: 'GET', url: '/healthz' });
    assert.equal(reply.statusCode, 200);
    assert.deepEqual(reply.body, { status: 'ok' });
  });
});

// SPEC §2.2–§2.4 on real routes where one exists (taken from the route catalogue), and on
// test-only routes of a separately built app where none can show the case (a thrown error, an
// exact schema). Those apps share the suite's database, so the tenants' keys work on them.
describeEachEngine('HTTP conventions: requests, envelope, validation errors', (engine) => {
  const ctx = useTestApp(engine);
  const JSON_TYPE = { 'content-type': 'application/json' };

  function bodyRoutes() {
    return apiRoutes(ctx().app).filter(takesJsonBody);
  }

  /** A fresh app over the suite's database, with test-only routes under /api/v1/__test behind the key check. */
  async function appWith(
    routes: (api: FastifyInstance) => void,
    options: { bodyLimitBytes?: number; logLines?: string[] } = {},
  ): Promise<FastifyInstance> {
    const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), ...(options.bodyLimitBytes ? { bodyLimitBytes: options.bodyLimitBytes } : {}) };
    const logLines = options.logLines;
    const logger = logLines ? { level: 'error', stream: { write: (line: string) => void logLines.push(line) } } : false;
    const app = await buildApp(config, { runtime: ctx().app.runtime, logger });
    await app.register(
      async (api) => {
        api.addHook('onRequest', apiKeyAuth(app.runtime.services.workspaces));
        routes(api);
      },
      { prefix: '/api/v1/__test' },
    );
    await app.ready();
    return app;
  }

  test('every route taking a body answers 415 to a body that is not application/json', async (t) => {
    const tenant = await ctx().newTenant();
    for (const route of bodyRoutes()) {
      for (const [contentType, payload] of [
        ['text/plain', '{"a":1}'],
        ['application/x-www-form-urlencoded', 'a=1&b=2'],
        ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--'],
        ['application/xml', '<a/>'],
      ]) {
        await t.test(`${routeLabel(route)} ${contentType}`, async () => {
          const url = fillPath(route.url, newId());
          const reply = await injectJson(ctx().app, {
            method: route.method,
            url: `${url}?q=1`,
            headers: { 'x-api-key': tenant.apiKey, 'content-type': contentType },
            payload,
          });
          assertErrorReply(reply, url, 415, 'Content-Type must be application/json', routeLabel(route));
          assert.equal(reply.body.message, 'Unsupported Media Type');
        });
      }
    }
  });

  test('every route taking a body answers 400 `Request body is not valid JSON` to unparseable JSON', async (t) => {
    const tenant = await ctx().newTenant();
    for (const route of bodyRoutes()) {
      for (const payload of ['{"accounts": [', "{'a': 1}", '{"a":1,}', 'not json', '', '{"__proto__":{"x":1}}']) {
        await t.test(`${routeLabel(route)} ${JSON.stringify(payload)}`, async () => {
          const url = fillPath(route.url, newId());
          const reply = await injectJson(ctx().app, { method: route.method, url, headers: { 'x-api-key': tenant.apiKey, ...JSON_TYPE }, payload });
          assertErrorReply(reply, url, 400, 'Request body is not valid JSON', routeLabel(route));
          assert.equal(reply.body.message, 'Bad Request');
        });
      }
    }
  });

  test('a body over the default 5 MiB limit answers 413 on every route taking a body; one at the limit is read', async (t) => {
    const tenant = await ctx().newTenant();
    const limit = 5 * 1024 * 1024;
    const sized = (bytes: number) => `{"x":"${'y'.repeat(bytes - 8)}"}`;
    assert.equal(Buffer.byteLength(sized(limit)), limit);
    for (const route of bodyRoutes()) {
      await t.test(routeLabel(route), async () => {
        const url = fillPath(route.url, newId());
        const send = (payload: string) =>
          injectJson(ctx().app, { method: route.method, url, headers: { 'x-api-key': tenant.apiKey, ...JSON_TYPE }, payload });
        const over = await send(sized(limit + 1));
        assert.equal(over.statusCode, 413, routeLabel(route));
        assertEnvelope(over, url, routeLabel(route));
        assert.equal(over.body.message, 'Payload Too Large');
        assert.equal(over.body.data, null);
        const atLimit = await send(sized(limit));
        assert.notEqual(atLimit.statusCode, 413, routeLabel(route));
        assert.ok(atLimit.statusCode < 500, `${routeLabel(route)}: ${atLimit.raw.slice(0, 300)}`);
      });
    }
  });

  test('the body limit follows config.bodyLimitBytes', async () => {
    const route = bodyRoutes()[0];
    assert.ok(route, 'no catalogued route takes a body');
    const tenant = await ctx().newTenant();
    const app = await appWith(() => {}, { bodyLimitBytes: 1024 });
    try {
      const url = fillPath(route.url, newId());
      const send = (size: number) =>
        injectJson(app, { method: route.method, url, headers: { 'x-api-key': tenant.apiKey, ...JSON_TYPE }, payload: `{"x":"${'y'.repeat(size - 8)}"}` });
      const over = await send(1025);
      assert.equal(over.statusCode, 413);
      assertEnvelope(over, url);
      assert.equal(over.body.message, 'Payload Too Large');
      assert.notEqual((await send(1024)).statusCode, 413);
    } finally {
      await app.close();
    }
  });

  test('every response carries our own X-Request-Id; a client\'s is never taken, only logged beside ours', async () => {
    const tenant = await ctx().newTenant();
    const logLines: string[] = [];
    const logger = { level: 'info', stream: { write: (line: string) => void logLines.push(line) } };
    const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }), { runtime: ctx().app.runtime, logger });
    await app.ready();
    try {
      const route = apiRoutes(app).find((r) => r.method === 'GET' && pathParams(r.url).length === 0) ?? apiRoutes(app)[0];
      const url = fillPath(route.url, newId());
      const cases: Array<[string, string, Record<string, string>]> = [
        ['success or validation', url, { 'x-api-key': tenant.apiKey }],
        ['401', url, {}],
        ['404', '/api/v1/no-such-route', { 'x-api-key': tenant.apiKey }],
      ];
      const seen = new Set<string>();
      for (const [name, target, headers] of cases) {
        for (const [sent, logged] of [
          ['req-42.Abc_9', 'req-42.Abc_9'],
          ['has spaces; and "quotes"', 'has spaces; and "quotes"'],
          ['x'.repeat(300), 'x'.repeat(128)],
          ['caf\u00e9\ttab', 'caf??tab'],
          [undefined, undefined],
        ] as const) {
          const reply = await injectJson(app, { method: route.method, url: target, headers: { ...headers, ...(sent === undefined ? {} : { 'x-request-id': sent }) } });
          const id = String(reply.headers['x-request-id']);
          assert.match(id, UUID, `${name}: our id is a fresh UUID`);
          assert.ok(!seen.has(id), `${name}: ids are unique`);
          seen.add(id);
          assertEnvelope(reply, target, name);
          const lines = logLines.map((line) => JSON.parse(line)).filter((entry) => entry.reqId === id);
          assert.ok(lines.length >= 2, `${name}: the request is logged under our id`);
          for (const entry of lines) assert.equal(entry.clientRequestId, logged, `${name}: ${JSON.stringify(entry)}`);
        }
      }
    } finally {
      await app.close();
    }
  });

  test('a URL Fastify cannot route (bad escape, over-long path parameter) still answers in the envelope with a request id', async () => {
    const tenant = await ctx().newTenant();
    const route = apiRoutes(ctx().app).find((r) => pathParams(r.url).length > 0);
    assert.ok(route, 'no catalogued route has a path parameter');
    for (const [segment, customMessage] of [
      ['%zz', 'The request URL is malformed'],
      ['%ED%A0%80', 'The request URL is malformed'],
      ['a'.repeat(250), 'A path parameter is too long'],
    ]) {
      const url = fillPath(route.url, segment);
      const reply = await injectJson(ctx().app, {
        method: route.method,
        url: `${url}?x=1`,
        headers: { 'x-api-key': tenant.apiKey, 'x-request-id': 'bad-url-1', ...(takesBody(route.method) ? JSON_TYPE : {}) },
        ...(takesBody(route.method) ? { payload: '{}' } : {}),
      });
      assertErrorReply(reply, url, 400, customMessage, `${route.method} ${url.slice(0, 60)}`);
      assert.match(String(reply.headers['x-request-id']), UUID);
    }
  });

  test('a 500 reveals nothing: no message, stack or SQL; it is logged with the request id', async () => {
    const tenant = await ctx().newTenant();
    const logLines: string[] = [];
    const app = await appWith(
      (api) => {
        api.get('/throws', async () => {
          throw new Error('secret detail: password=hunter2');
        });
        api.get('/bad-sql', async () => {
          await sql`select secret_column from no_such_table_xyz`.execute(ctx().database.db);
          return {};
        });
        api.post('/rejects', async () => Promise.reject(Object.assign(new TypeError('boom at /srv/app/src/x.ts:12'), { statusCode: undefined })));
      },
      { logLines },
    );
    try {
      for (const [method, path] of [['GET', '/api/v1/__test/throws'], ['GET', '/api/v1/__test/bad-sql'], ['POST', '/api/v1/__test/rejects']] as const) {
        const reply = await injectJson(app, {
          method,
          url: `${path}?token=abc`,
          headers: { 'x-api-key': tenant.apiKey, ...(method === 'POST' ? JSON_TYPE : {}) },
          ...(method === 'POST' ? { payload: '{}' } : {}),
        });
        assert.equal(reply.statusCode, 500, `${path}: ${reply.raw}`);
        assertEnvelope(reply, path, path);
        assert.equal(reply.body.message, 'Internal Server Error');
        assert.equal(reply.body.data, null);
        assert.deepEqual(Object.keys(reply.body).sort(), ['customMessage', 'data', 'message', 'path', 'statusCode', 'timestamp']);
        for (const leak of ['hunter2', 'secret', 'no_such_table', 'select', 'SQLITE', 'relation', 'boom', '.ts', 'TypeError', 'Error:', ' at ']) {
          assert.ok(!reply.raw.includes(leak), `${path}: the 500 reveals '${leak}': ${reply.raw}`);
        }
        const requestId = String(reply.headers['x-request-id']);
        const logged = logLines.map((line) => JSON.parse(line)).find((entry) => entry.reqId === requestId && entry.level >= 50);
        assert.ok(logged, `${path}: no error log line with reqId ${requestId}`);
        assert.ok(JSON.stringify(logged).length > 0);
      }
    } finally {
      await app.close();
    }
  });

  test('the SPEC §2.4 example: an empty domain in POST /accounts', async () => {
    const tenant = await ctx().newTenant();
    assert.ok(apiRoutes(ctx().app).some((r) => r.method === 'POST' && r.url === '/api/v1/accounts'), 'POST /api/v1/accounts is not registered');
    const reply = await tenant.request('POST', '/api/v1/accounts?upsert=1', { accounts: [{ domain: '', name: 'Acme Corp' }] });
    assertEnvelope(reply, '/api/v1/accounts');
    assert.equal(reply.statusCode, 400);
    assert.equal(reply.body.message, 'Bad Request');
    assert.equal(reply.body.customMessage, 'domain should not be empty');
    assert.deepEqual(reply.body.data, [{ property: 'domain', path: 'accounts[0].domain', constraints: { isNotEmpty: 'domain should not be empty' } }]);
  });

  test('validation errors: one flat entry per offending property, templates exact, messages joined with "; "', async () => {
    const tenant = await ctx().newTenant();
    const Item = Type.Object({ domain: Type.String({ minLength: 1 }), count: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })) });
    const Body = Type.Object({
      accounts: Type.Array(Item, { minItems: 1, maxItems: 2 }),
      name: Type.String(),
      kind: Type.Optional(Type.Unsafe<string>({ enum: ['a', 'b', 'c'] })),
      at: Type.Optional(Type.String({ format: 'iso8601' })),
      flag: Type.Optional(Type.Boolean()),
      tags: Type.Optional(Type.Array(Type.String())),
    });
    const app = await appWith((api) => {
      api.post('/validate', { schema: { body: Body } }, async () => ({ ok: true }));
    });
    const send = (payload: unknown) =>
      injectJson(app, { method: 'POST', url: '/api/v1/__test/validate', headers: { 'x-api-key': tenant.apiKey, ...JSON_TYPE }, payload: JSON.stringify(payload) });
    const expectIssues = async (payload: unknown, issues: Array<[string, string, Record<string, string>]>) => {
      const reply = await send(payload);
      assert.equal(reply.statusCode, 400, reply.raw);
      assertEnvelope(reply, '/api/v1/__test/validate');
      const data = issues.map(([property, path, constraints]) => ({ property, path, constraints }));
      assert.deepEqual(reply.body.data, data);
      assert.equal(reply.body.customMessage, data.flatMap((issue) => Object.values(issue.constraints)).join('; '));
    };
    try {
      await expectIssues({ name: 'n' }, [['accounts', 'accounts', { isArray: 'accounts must be an array', arrayMinSize: 'accounts must contain at least 1 elements' }]]);
      await expectIssues({ accounts: [], name: 'n' }, [['accounts', 'accounts', { arrayMinSize: 'accounts must contain at least 1 elements' }]]);
      await expectIssues({ accounts: [{ domain: 'a' }, { domain: 'b' }, { domain: 'c' }], name: 'n' }, [
        ['accounts', 'accounts', { arrayMaxSize: 'accounts must contain no more than 2 elements' }],
      ]);
      await expectIssues({ accounts: [{ domain: '' }, { count: 0 }], name: 5 }, [
        ['domain', 'accounts[0].domain', { isNotEmpty: 'domain should not be empty' }],
        ['domain', 'accounts[1].domain', { isNotEmpty: 'domain should not be empty' }],
        ['count', 'accounts[1].count', { min: 'count must not be less than 1' }],
        ['name', 'name', { isString: 'name must be a string' }],
      ]);
      await expectIssues({ accounts: [{ domain: 'a', count: 1.5 }], name: null, kind: 'z', at: '2026-02-30T00:00:00Z', flag: 'yes', tags: ['x', 1] }, [
        ['count', 'accounts[0].count', { isInt: 'count must be an integer number' }],
        ['name', 'name', { isNotEmpty: 'name should not be empty' }],
        ['kind', 'kind', { isIn: 'kind must be one of the following values: a, b, c' }],
        ['at', 'at', { isISO8601: 'at must be a valid ISO 8601 date string' }],
        ['flag', 'flag', { isBoolean: 'flag must be a boolean value' }],
        ['tags', 'tags[1]', { isString: 'each value in tags must be a string' }],
      ]);
      const ok = await send({ accounts: [{ domain: 'a', count: 10 }], name: 'n', kind: 'b', at: '2026-01-15T10:00:00+02:00' });
      assert.equal(ok.statusCode, 200, ok.raw);
      assertEnvelope(ok, '/api/v1/__test/validate');
      assert.deepEqual(ok.body.data, { ok: true });
    } finally {
      await app.close();
    }
  });

  test('text PostgreSQL cannot store (NUL, unpaired surrogates) is a 400 on every engine, nothing written', async () => {
    const tenant = await ctx().newTenant();
    const app = await appWith((api) => {
      api.post('/store', async (request) => ({ stored: request.body }));
    });
    const send = (payload: string) =>
      injectJson(app, { method: 'POST', url: '/api/v1/__test/store', headers: { 'x-api-key': tenant.apiKey, ...JSON_TYPE }, payload });
    try {
      const reply = await send('{"accounts":[{"name":"a\\u0000b","tags":["ok","x\\ud800"]}],"k\\u0000":1,"fine":"\\ud83d\\ude00"}');
      assert.equal(reply.statusCode, 400, reply.raw);
      assertEnvelope(reply, '/api/v1/__test/store');
      assert.deepEqual(reply.body.data, [
        { property: 'name', path: 'accounts[0].name', constraints: { noNulCharacter: 'name must not contain NUL characters' } },
        { property: 'tags', path: 'accounts[0].tags[1]', constraints: { isWellFormed: 'each value in tags must be well-formed Unicode text' } },
        { property: 'k\\u0000', path: 'k\\u0000', constraints: { noNulCharacter: 'property k\\u0000 must not contain NUL characters' } },
      ]);
      const fine = await send('{"fine":"\\ud83d\\ude00 caf\\u00e9"}');
      assert.equal(fine.statusCode, 200, fine.raw);
      assert.deepEqual(fine.body.data, { stored: { fine: '\u{1F600} café' } });
    } finally {
      await app.close();
    }
    // And on a real route, where PostgreSQL would otherwise answer 500.
    const segments = apiRoutes(ctx().app).find((r) => r.method === 'POST' && r.url === '/api/v1/segments');
    if (segments) {
      const reply = await tenant.request('POST', '/api/v1/segments', { name: 'a\u0000b', type: 'static' });
      assert.equal(reply.statusCode, 400, reply.raw);
      assert.equal(reply.body.customMessage, 'name must not contain NUL characters');
      const list = await tenant.request('GET', '/api/v1/segments?type=all');
      assert.equal(list.statusCode, 200, list.raw);
      assert.deepEqual(list.body.data.data, []);
    }
  });
});
