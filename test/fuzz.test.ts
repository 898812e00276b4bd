/**
 * Fuzzing of every catalogued /api/v1 route (SPEC §2.2–§2.4): malformed bodies, content types,
 * bytes, query strings and path ids, sent with a valid key so they reach parsing, validation and
 * the handlers. The property: never a 5xx, and always the envelope (test/support/route-contract.ts
 * `assertEnvelope`). Routes are discovered through the route catalogue, so new ones are fuzzed
 * without changes here.
 *
 * Budget: FUZZ_RUNS cases per engine are shared between the routes (at least MIN_RUNS_PER_ROUTE
 * each), and each route also gets at most its share of FUZZ_TIME_MS, so the file stays within about
 * a minute on both engines however many routes there are. FUZZ_SEED reproduces a run;
 * FUZZ_VERBOSE=1 prints the status spread per route (to see how deep the cases get).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { loadConfig } from '../src/config.js';
import { describeEachEngine } from './support/engines.js';
import { describeRequest, edgeRequests, requestArbitrary, type FuzzRequest } from './support/fuzz-requests.js';
import { apiRoutes, assertEnvelope, expectedPath, routeLabel } from './support/route-contract.js';
import { injectJson, useTestApp, type Reply } from './support/test-app.js';

const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 2400);
const TIME_BUDGET_MS = Number(process.env.FUZZ_TIME_MS ?? 20_000);
const MIN_RUNS_PER_ROUTE = 40;
const VERBOSE = process.env.FUZZ_VERBOSE === '1';
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const BODY_LIMIT = loadConfig({}).bodyLimitBytes;

const ID_IN_JSON = /"([0-9a-f]{24})"/g;

describeEachEngine('fuzz: malformed requests never yield a 5xx and always the envelope', (engine) => {
  const ctx = useTestApp(engine);

  test('every catalogued route', async (t) => {
    const { app } = ctx();
    const routes = apiRoutes(app);
    const tenant = await ctx().newTenant();
    const runsPerRoute = Math.max(MIN_RUNS_PER_ROUTE, Math.floor(TOTAL_RUNS / routes.length));
    const timePerRouteMs = Math.max(500, Math.floor(TIME_BUDGET_MS / routes.length));

    // What the error handler logs for a 500 (the envelope rightly hides it): kept for the report.
    // With the logger off, every request logs through this one object.
    let lastLoggedError: unknown;
    const log = app.log as unknown as { error: (...args: unknown[]) => void };
    const originalError = log.error;
    log.error = (obj: unknown) => {
      lastLoggedError = (obj as { err?: unknown })?.err ?? obj;
    };
    t.after(() => {
      log.error = originalError;
    });

    // Ids the server hands out (segments, accounts…), reused as path ids so handlers also meet existing records.
    const knownIds: string[] = [];
    const remember = (reply: Reply) => {
      if (reply.statusCode >= 300 || knownIds.length >= 200) return;
      for (const match of reply.raw.matchAll(ID_IN_JSON)) {
        if (!knownIds.includes(match[1]) && match[1] !== tenant.workspaceId) knownIds.push(match[1]);
      }
    };

    let total = 0;
    for (const route of routes) {
      await t.test(routeLabel(route), async () => {
        let runs = 0;
        const statuses = new Map<number, number>();
        const property = fc.asyncProperty(requestArbitrary(route, tenant.apiKey, BODY_LIMIT, () => knownIds), async (request: FuzzRequest) => {
          runs += 1;
          lastLoggedError = undefined;
          const reply = await injectJson(app, {
            method: request.method,
            url: request.url,
            headers: request.headers,
            ...(request.payload !== undefined ? { payload: request.payload } : {}),
          });
          const context = `${routeLabel(route)} ${describeRequest(request)}`;
          if (reply.statusCode >= 500) {
            const cause = lastLoggedError instanceof Error ? lastLoggedError.stack : JSON.stringify(lastLoggedError);
            assert.fail(`5xx from ${context}\n  response: ${reply.raw.slice(0, 500)}\n  server error: ${cause}`);
          }
          statuses.set(reply.statusCode, (statuses.get(reply.statusCode) ?? 0) + 1);
          assertEnvelope(reply, expectedPath(request.url), context);
          remember(reply);
        });
        const examples = edgeRequests(route, tenant.apiKey, BODY_LIMIT).map((request) => [request] as [FuzzRequest]);
        await fc.assert(property, {
          examples,
          numRuns: runsPerRoute + examples.length,
          /* eslint-disable @typescript-eslint/no-deprecated -- the interruptAfterTimeLimit plugin that replaces them reports interruptions differently */
          interruptAfterTimeLimit: timePerRouteMs,
          markInterruptAsFailure: false,
          /* eslint-enable @typescript-eslint/no-deprecated */
          ...(SEED !== undefined ? { seed: SEED } : {}),
        });
        total += runs;
        const spread = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ');
        if (VERBOSE) t.diagnostic(`${routeLabel(route)}: ${runs} requests: ${spread}`);
        assert.ok(runs >= Math.min(MIN_RUNS_PER_ROUTE, runsPerRoute) / 4, `${routeLabel(route)}: only ${runs} cases ran within ${timePerRouteMs} ms`);
      });
    }
    t.diagnostic(`${total} requests over ${routes.length} routes (${runsPerRoute} per route at most, ${timePerRouteMs} ms each at most)`);
  });
});
