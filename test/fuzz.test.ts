/**
 * Fuzzing of every catalogued /api/v1 route (SPEC §2.2–§2.4): malformed bodies, content types,
 * bytes, query strings and path ids, sent with a valid key so they reach parsing, validation and
 * the handlers. Hostile shapes (issue 10) are generated, not listed: nesting thousands deep,
 * strings at, over and far over each field's limit, characters of every Unicode category in every
 * string, non-finite and over-long number tokens, every legal ISO 8601 form and impossible ones —
 * each also placed deep inside bodies that are otherwise accepted.
 *
 * The properties: never a 5xx, always the envelope (test/support/route-contract.ts
 * `assertEnvelope`), a refused write changes nothing in the workspace, and no error escapes as an
 * unhandled rejection or exception. A second test replays the fixed edge cases against a real
 * `intentbase serve` and checks the process is alive and healthy after them. Routes are
 * discovered through the route catalogue, so new ones are fuzzed without changes here.
 *
 * Budget: every fixed edge case runs on every route; beyond them, FUZZ_RUNS generated cases per
 * engine are shared between the routes (at least MIN_RUNS_PER_ROUTE each), and each route also gets
 * at most its share of FUZZ_TIME_MS, so the file stays within about
 * a minute on both engines however many routes there are. FUZZ_SEED reproduces a run;
 * FUZZ_VERBOSE=1 prints the status spread per route (to see how deep the cases get).
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { loadConfig } from '../src/config.js';
import { databaseUrl, getJson, killAllChildren, printedKey, scratchDir, startServe } from './support/cli.js';
import { createTestDatabase, describeEachEngine } from './support/engines.js';
import { describeRequest, edgeRequests, requestArbitrary, UNICODE_BY_CATEGORY, type FuzzRequest } from './support/fuzz-requests.js';
import { apiRoutes, assertEnvelope, expectedPath, routeLabel } from './support/route-contract.js';
import { workspaceFingerprint } from './support/row-counts.js';
import type { CatalogedRoute } from '../src/http/route-catalog.js';
import { injectJson, useTestApp, type Reply } from './support/test-app.js';

const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 2400);
const TIME_BUDGET_MS = Number(process.env.FUZZ_TIME_MS ?? 20_000);
const MIN_RUNS_PER_ROUTE = 40;
const VERBOSE = process.env.FUZZ_VERBOSE === '1';
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const BODY_LIMIT = loadConfig({}).bodyLimitBytes;

const ID_IN_JSON = /"([0-9a-f]{24})"/g;

after(killAllChildren);

test('the fuzz alphabet holds characters of every Unicode general category', () => {
  const categories = ['Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co', 'Cn'];
  assert.deepEqual(Object.keys(UNICODE_BY_CATEGORY).sort(), [...categories].sort());
  for (const [category, characters] of Object.entries(UNICODE_BY_CATEGORY)) {
    for (const character of characters) assert.match(character, new RegExp(`^\\p{${category}}$`, 'u'), `${JSON.stringify(character)} is not ${category}`);
  }
});

/** Errors that escaped every handler while `run` ran (they would end a real server). */
async function escapedErrors(run: () => Promise<void>): Promise<unknown[]> {
  const escaped: unknown[] = [];
  const record = (error: unknown) => escaped.push(error);
  process.on('unhandledRejection', record);
  process.on('uncaughtException', record);
  try {
    await run();
  } finally {
    process.off('unhandledRejection', record);
    process.off('uncaughtException', record);
  }
  return escaped;
}

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

    // A refused write must leave the workspace as it was. A started scoring run is awaited, so
    // its own writes never show up as a change made by a later request.
    const fingerprint = () => workspaceFingerprint(ctx().database.db, tenant.workspaceId);
    const send = async (route: CatalogedRoute, request: FuzzRequest) => {
      lastLoggedError = undefined;
      const writes = request.method !== 'GET';
      const before = writes ? await fingerprint() : undefined;
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
      assertEnvelope(reply, expectedPath(request.url), context);
      const runId = (reply.body as { data?: { runId?: unknown } } | undefined)?.data?.runId;
      if (reply.statusCode < 300 && typeof runId === 'string') await ctx().services.scoring.waitForRun(tenant.workspaceId, runId);
      if (writes && reply.statusCode >= 400) assert.equal(await fingerprint(), before, `${context}: refused with ${String(reply.statusCode)} but the workspace changed`);
      remember(reply);
      return reply.statusCode;
    };

    let total = 0;
    for (const route of routes) {
      await t.test(routeLabel(route), async () => {
        const statuses = new Map<number, number>();
        const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const escaped = await escapedErrors(async () => {
          // The fixed edge cases always run in full; the generated ones as the time budget allows.
          for (const request of edgeRequests(route, tenant.apiKey, BODY_LIMIT)) count(await send(route, request));
          // fast-check's time limit abandons the case in flight without awaiting it: that request
          // would still write while the next route's requests compare the workspace before and after
          // (a POST /segments of one route committed during the next route's refused request, and
          // failed it in CI). It is awaited below, and what it found still fails the test.
          let inFlight: Promise<void> = Promise.resolve();
          let lateFailure: { error: unknown } | undefined;
          const property = fc.asyncProperty(requestArbitrary(route, tenant.apiKey, BODY_LIMIT, () => knownIds), async (request: FuzzRequest) => {
            const sent = send(route, request);
            inFlight = sent.then(
              () => undefined,
              (error: unknown) => {
                lateFailure = { error };
              },
            );
            count(await sent);
          });
          const details = await fc.check(property, {
            numRuns: runsPerRoute,
            /* eslint-disable @typescript-eslint/no-deprecated -- the interruptAfterTimeLimit plugin that replaces them reports interruptions differently */
            interruptAfterTimeLimit: timePerRouteMs,
            markInterruptAsFailure: false,
            /* eslint-enable @typescript-eslint/no-deprecated */
            ...(SEED !== undefined ? { seed: SEED } : {}),
          });
          // fast-check counts a property interrupted before its first case as failed. Here that means
          // a slow first case on a loaded machine (a password hash), not a finding: the edge cases
          // above ran in full. A counterexample always fails.
          const interruptedBeforeAnyCase = details.interrupted && details.counterexample === null && details.numRuns === 0;
          if (details.failed && !interruptedBeforeAnyCase) assert.fail(fc.defaultReportMessage(details));
          await inFlight;
          if (lateFailure !== undefined) throw lateFailure.error;
        });
        assert.deepEqual(escaped, [], `${routeLabel(route)}: errors escaped every handler`);
        const runs = [...statuses.values()].reduce((sum, n) => sum + n, 0);
        total += runs;
        const spread = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${String(status)}×${String(n)}`).join(' ');
        if (VERBOSE) t.diagnostic(`${routeLabel(route)}: ${String(runs)} requests: ${spread}`);
      });
    }
    t.diagnostic(`${total} requests over ${routes.length} routes (${runsPerRoute} per route at most, ${timePerRouteMs} ms each at most)`);
  });
  test('a real intentbase serve answers every edge case of every route below 500 and stays alive and healthy', async () => {
    const testDb = await createTestDatabase(engine);
    const cwd = scratchDir();
    const server = await startServe({ env: { DATABASE_URL: databaseUrl(testDb.config) }, cwd: cwd.path });
    try {
      const key = printedKey(server.stdout());
      assert.ok(key, server.stdout());
      for (const route of apiRoutes(ctx().app)) {
        for (const request of edgeRequests(route, key, BODY_LIMIT)) {
          // A body over the limit is read and thrown away before its 413 (src/http/setup.ts), so
          // even a client that writes the whole body first gets an answer, never a broken pipe.
          const response = await fetch(`${server.url}${request.url}`, {
            method: request.method,
            headers: request.headers,
            ...(request.payload !== undefined ? { body: typeof request.payload === 'string' ? request.payload : new Uint8Array(request.payload) } : {}),
            signal: AbortSignal.timeout(30_000),
          });
          const text = await response.text();
          assert.ok(response.status < 500, `${String(response.status)} from ${routeLabel(route)} ${describeRequest(request)}: ${text.slice(0, 300)}`);
        }
      }
      assert.equal(server.child.exitCode, null, `serve exited:\n${server.stderr()}`);
      assert.deepEqual(await getJson(`${server.url}/healthz`), { status: 200, body: { status: 'ok' } });
      assert.doesNotMatch(server.stdout() + server.stderr(), /unhandled|uncaught/i);
      assert.deepEqual(await server.stop('SIGTERM'), { code: 0, signal: null });
    } finally {
      await server.stop('SIGKILL').catch(() => undefined);
      await testDb.drop();
      cwd.remove();
    }
  });
});
