/**
 * The OpenAPI document (GET /api/v1/openapi.json) against the real API:
 * - it is served public and raw, and validates as OpenAPI 3.1 (@seriousme/openapi-schema-validator);
 * - every catalogued route has its operation, with an operationId, the X-Api-Key requirement and a
 *   declared 200 (a route registered without response schemas fails here, by name);
 * - every example in it conforms to its schema;
 * - real responses of every route — successes and errors (test/support/openapi-cases.ts, plus auth,
 *   content-type and JSON probes on each route) — conform to the schema declared for their status,
 *   with undeclared fields refused;
 * - a client generated from it by openapi-typescript type-checks (tsc) against those responses, and
 *   a deliberately wrong assignment does not;
 * - the Swagger UI at /docs answers with its HTML, scripts and styles.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '../src/config.js';
import { API_KEY_SCHEME, OPENAPI_DOCUMENT_URL, SESSION_COOKIE_SCHEME } from '../src/http/openapi.js';
import { describeEachEngine } from './support/engines.js';
import { CONSOLE_PASSWORD, exerciseConsole, exerciseGeneration, type ApiCase } from './support/openapi-cases.js';
import { openApiPath, operationOf, schemaChecker, type Media, type OpenApiDocument } from './support/openapi-document.js';
import { apiRoutes, fillPath, routeLabel, takesBody } from './support/route-contract.js';
import { injectJson, useTestApp, type Reply, type Tenant } from './support/test-app.js';
import { newId } from '../src/lib/ids.js';

const BODY_LIMIT = loadConfig({}).bodyLimitBytes;
const tscBin = createRequire(import.meta.url).resolve('typescript/bin/tsc');

interface Recorded {
  method: string;
  route: string;
  url: string;
  status: number;
  body: unknown;
}

describeEachEngine('OpenAPI document', (engine) => {
  const ctx = useTestApp(engine);
  let document: OpenApiDocument;
  const recorded: Recorded[] = [];

  before(async () => {
    const reply = await ctx().inject({ method: 'GET', url: OPENAPI_DOCUMENT_URL });
    assert.equal(reply.statusCode, 200, reply.raw.slice(0, 300));
    document = reply.body;
  });

  test('is served without a key, as the document itself (not in the envelope)', async () => {
    assert.equal(document.openapi, '3.1.0');
    assert.ok(!('statusCode' in document) && !('data' in document), 'the document must not be wrapped in the envelope');
    const swaggerUiCopy = await ctx().inject({ method: 'GET', url: '/docs/json' });
    assert.equal(swaggerUiCopy.statusCode, 200);
    assert.deepEqual(swaggerUiCopy.body, document, '/docs/json serves the same document');
    assert.deepEqual(document.components.securitySchemes?.[API_KEY_SCHEME], {
      type: 'apiKey',
      in: 'header',
      name: 'X-Api-Key',
      description: 'A user’s API key: `ib_` followed by 40 base62 characters (docs/api.md#authentication)',
    });
  });

  test('validates as OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    assert.equal(validator.version, '3.1');
    assert.ok(result.valid, `the document is not valid OpenAPI 3.1:\n${JSON.stringify(result.errors, null, 2)?.slice(0, 4000)}`);
  });

  test('every catalogued route has its operation: operationId, X-Api-Key, a 200 response schema and the common errors', () => {
    const problems: string[] = [];
    const operationIds = new Set<string>();
    for (const route of apiRoutes(ctx().app)) {
      const label = routeLabel(route);
      const declared = (route.schema as { response?: Record<string, unknown> } | undefined)?.response;
      if (!declared?.[200]) {
        problems.push(
          `${label} declares no 200 response schema: add \`response: apiResponses(Envelope(<data schema>, …), …)\` ` +
            '(src/http/response-schemas.ts) to its route options, with operationId, summary and tags',
        );
        continue;
      }
      const operation = operationOf(document, route.method, route.url);
      if (!operation) {
        problems.push(`${label} is missing from the document (${openApiPath(route.url)})`);
        continue;
      }
      if (!operation.operationId) problems.push(`${label} has no operationId`);
      else if (operationIds.has(operation.operationId)) problems.push(`${label}: operationId ${operation.operationId} is used twice`);
      else operationIds.add(operation.operationId);
      // A key or the console's session cookie; signing in needs neither, the session routes the cookie.
      const security = { credentials: [{ [API_KEY_SCHEME]: [] }, { [SESSION_COOKIE_SCHEME]: [] }], public: [], session: [{ [SESSION_COOKIE_SCHEME]: [] }] }[route.access];
      if (JSON.stringify(operation.security) !== JSON.stringify(security)) problems.push(`${label} does not declare the security of a ${route.access} route`);
      for (const status of ['200', '400', '401', '403', '429', '500', '503', ...(takesBody(route.method) ? ['413', '415'] : [])]) {
        if (!operation.responses[status]?.content?.['application/json']?.schema) problems.push(`${label} has no ${status} response schema`);
      }
    }
    assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
  });

  test('every example conforms to its schema', () => {
    const check = schemaChecker(document);
    const problems: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const media: Array<[string, Media | undefined]> = [
          ['request body', operation.requestBody?.content['application/json']],
          ...Object.entries(operation.responses).map(([status, r]): [string, Media | undefined] => [status, r.content?.['application/json']]),
        ];
        for (const [where, m] of media) {
          if (!m?.schema || m.example === undefined) continue;
          const error = check(m.schema)(m.example);
          if (error) problems.push(`${method.toUpperCase()} ${path} ${where}: ${error}`);
        }
      }
    }
    assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
  });

  test('real responses of every route conform to the schema declared for their status', async () => {
    const { app } = ctx();
    const routes = apiRoutes(app);
    const send = (tenant: Tenant | undefined, headers: Record<string, string> = {}) => async (c: ApiCase): Promise<Reply> => {
      const raw = typeof c.body === 'string';
      const reply = await injectJson(app, {
        method: c.method,
        url: c.url,
        headers: {
          ...(tenant ? { 'x-api-key': tenant.apiKey } : {}),
          ...(c.body === undefined || raw ? {} : { 'content-type': 'application/json' }),
          ...headers,
          ...c.headers,
        },
        ...(c.body === undefined ? {} : { payload: raw ? (c.body as string) : JSON.stringify(c.body) }),
      });
      assert.equal(reply.statusCode, c.status, `${c.method} ${c.url} answered ${reply.statusCode}, the case expects ${c.status}: ${reply.raw.slice(0, 500)}`);
      recorded.push({ method: c.method, route: c.route, url: c.url, status: reply.statusCode, body: reply.body });
      return reply;
    };

    for (const base of ['/api/v1', '/api/v1/crm'] as const) {
      const tenant = await ctx().newTenant();
      await exerciseGeneration(base, send(tenant), BODY_LIMIT, (label) => routes.some((route) => routeLabel(route) === label));
    }
    const signingIn = await ctx().newTenant();
    await ctx().services.console.setPassword(signingIn.email, CONSOLE_PASSWORD, signingIn.workspaceId);
    await exerciseConsole(send(undefined), { email: signingIn.email, password: CONSOLE_PASSWORD });

    // Every route, however new: no key, a workspace with API access off, and for body routes a
    // foreign content type and broken JSON.
    const disabled = await ctx().newTenant();
    await ctx().services.workspaces.setApiAccess(disabled.workspaceId, false);
    const keyed = await ctx().newTenant();
    for (const route of routes) {
      const url = fillPath(route.url, newId());
      const probe = { method: route.method as ApiCase['method'], route: route.url, url };
      if (route.access !== 'public') {
        await send(undefined)({ ...probe, status: 401 });
        await send(disabled)({ ...probe, status: 401 });
      }
      if (takesBody(route.method)) {
        await send(keyed)({ ...probe, status: 415, body: '{}', headers: { 'content-type': 'application/xml' } });
        // Broken JSON is a 400 where the body is JSON; a route taking another type (a CSV upload) answers it 415 above.
        const json = operationOf(document, route.method, route.url)?.requestBody?.content['application/json'] !== undefined;
        if (json) await send(keyed)({ ...probe, status: 400, body: '{"broken', headers: { 'content-type': 'application/json' } });
      }
    }

    const check = schemaChecker(document);
    const problems: string[] = [];
    for (const r of recorded) {
      const operation = operationOf(document, r.method, r.route);
      const schema = operation?.responses[String(r.status)]?.content?.['application/json']?.schema;
      if (!schema) {
        problems.push(`${r.method} ${r.url} answered ${r.status}, which ${r.method} ${r.route} does not declare`);
        continue;
      }
      const error = check(schema)(r.body);
      if (error) problems.push(`${r.method} ${r.url} → ${r.status} does not match its schema:\n  ${error}\n  body: ${JSON.stringify(r.body).slice(0, 600)}`);
    }
    // The control: the check refuses a body with an undeclared field, a missing one, or a wrong type.
    const sample = recorded.find((r) => r.method === 'GET' && r.route === '/api/v1/accounts/:rtp_aid' && r.status === 200)!;
    const sampleSchema = operationOf(document, 'GET', sample.route)!.responses['200'].content!['application/json'].schema!;
    const sampleData = (sample.body as { data: Record<string, unknown> }).data;
    for (const data of [{ ...sampleData, undocumented: 1 }, { ...sampleData, domain: undefined }, { ...sampleData, tags: 'enterprise' }]) {
      assert.ok(check(sampleSchema)({ ...(sample.body as object), data: JSON.parse(JSON.stringify(data)) }), `accepted ${JSON.stringify(data)}`);
    }

    const untested = routes.filter((route) => !recorded.some((r) => r.method === route.method && r.route === route.url && r.status === 200));
    for (const route of untested) {
      problems.push(`${routeLabel(route)} has no success case: add one to test/support/openapi-cases.ts`);
    }
    assert.deepEqual(problems, [], `\n${problems.join('\n\n')}`);
  });

  test('a client generated by openapi-typescript type-checks against the real responses', async (t) => {
    assert.ok(recorded.length > 0, 'no responses were recorded');
    const dir = mkdtempSync(join(tmpdir(), 'intentbase-openapi-client-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));

    writeFileSync(join(dir, 'api.d.ts'), astToString(await openapiTS(structuredClone(document) as never, { silent: true })));
    const lines = [
      "import type { operations } from './api';",
      '// The JSON body of an operation’s response for a status, as the generated client types it.',
      "type Json<Op extends keyof operations, S extends keyof operations[Op]['responses']> =",
      "  operations[Op]['responses'][S] extends { content: { 'application/json': infer B } } ? B : never;",
    ];
    const typeOf = (r: Recorded) => {
      const operationId = operationOf(document, r.method, r.route)?.operationId;
      assert.ok(operationId, `${r.method} ${r.route} has no operationId`);
      return `Json<'${operationId}', ${r.status}>`;
    };
    writeFileSync(
      join(dir, 'responses.ts'),
      [...lines, ...recorded.map((r, i) => `export const r${i}: ${typeOf(r)} = ${JSON.stringify(r.body)};`), ''].join('\n'),
    );

    // The control: assignments that are wrong must not type-check, each on its own line.
    const account = recorded.find((r) => r.method === 'GET' && r.route.endsWith('/api/v1/accounts/:rtp_aid') && r.status === 200)!;
    const data = (account.body as { data: Record<string, unknown> }).data;
    const wrong = [
      { ...(account.body as object), data: { ...data, rtp_account_score: String(data.rtp_account_score) } },
      { ...(account.body as object), data: { ...data, rtp_aid: undefined } },
      { ...(account.body as object), data: { ...data, undocumented: true } },
      { ...(account.body as object), statusCode: 201 },
    ];
    const negative = [...lines, ...wrong.map((w, i) => `export const w${i}: ${typeOf(account)} = ${JSON.stringify(w)};`), ''];
    writeFileSync(join(dir, 'negative.ts'), negative.join('\n'));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'ES2022', lib: ['ES2022'], module: 'ESNext', moduleResolution: 'Bundler', types: [] },
        files: ['api.d.ts', 'responses.ts', 'negative.ts'],
      }),
    );

    const tsc = spawnSync(process.execPath, [tscBin, '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: dir, encoding: 'utf8' });
    const errors = `${tsc.stdout}${tsc.stderr}`.split('\n').filter((line) => /error TS\d+/.test(line));
    const inPositive = errors.filter((line) => !line.startsWith('negative.ts'));
    assert.deepEqual(inPositive, [], `the generated client rejects real responses:\n${inPositive.slice(0, 20).join('\n')}`);
    const firstWrongLine = lines.length + 1;
    wrong.forEach((_, i) => {
      const line = firstWrongLine + i;
      assert.ok(
        errors.some((e) => e.startsWith(`negative.ts(${line},`)),
        `wrong assignment w${i} (negative.ts line ${line}) type-checked; tsc said:\n${errors.join('\n')}`,
      );
    });
  });

  test('/docs serves the Swagger UI with its scripts and styles', async () => {
    const { app } = ctx();
    const page = await app.inject({ method: 'GET', url: '/docs/' });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    const assets = [...page.body.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => `/docs/${m[1]}`);
    assert.ok(assets.some((a) => a.endsWith('.js')) && assets.some((a) => a.endsWith('.css')), `assets: ${assets.join(', ')}`);
    for (const asset of [...new Set(assets)]) {
      const reply = await app.inject({ method: 'GET', url: asset });
      assert.equal(reply.statusCode, 200, asset);
      assert.ok(reply.body.length > 0, asset);
      if (asset.endsWith('.js')) assert.match(String(reply.headers['content-type']), /javascript/, asset);
      if (asset.endsWith('.css')) assert.match(String(reply.headers['content-type']), /text\/css/, asset);
    }
    const initializer = await app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    assert.match(initializer.body, /resolveUrl\('\.\/json'\)/, 'the UI loads the document from /docs/json');
  });
});
