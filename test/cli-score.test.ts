import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createDatabase, type DatabaseHandle } from '../src/db/index.js';
import { DAY_MS } from '../src/modules/scoring/scoring-model.js';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './support/engines.js';
import { BIN, cliEnv, databaseUrl, killAllChildren, runCli, scratchDir } from './support/cli.js';
import { injectJson } from './support/test-app.js';

// `intentbase score` as a user runs it: a real process against a real database, beside an app
// (in this process) that pushes data and pulls delta syncs over the same database.

after(killAllChildren);

interface World {
  testDb: TestDatabase;
  database: DatabaseHandle;
  app: FastifyInstance;
  workspaceId: string;
  apiKey: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
  close(): Promise<void>;
}

async function openWorld(engine: 'sqlite' | 'postgres'): Promise<World> {
  const testDb = await createTestDatabase(engine);
  const app = await buildApp({ ...loadConfig({ LOG_LEVEL: 'silent' }), database: testDb.config }, { logger: false });
  const database = createDatabase(testDb.config);
  await app.ready();
  const workspace = await app.runtime.services.workspaces.createWorkspace('Score CLI');
  await app.runtime.services.workspaces.addUser(workspace.id, 'ops@example.com', 'admin');
  const { apiKey } = await app.runtime.services.workspaces.createKey('ops@example.com', workspace.id);
  const dir = scratchDir();
  return {
    testDb,
    database,
    app,
    workspaceId: workspace.id,
    apiKey,
    env: cliEnv({ DATABASE_URL: databaseUrl(testDb.config), LOG_LEVEL: 'silent' }),
    cwd: dir.path,
    close: async () => {
      await app.close();
      await database.close();
      await testDb.drop();
      dir.remove();
    },
  };
}

const request = (world: World, method: 'GET' | 'POST', url: string, body?: unknown) =>
  injectJson(world.app, {
    method,
    url,
    headers: { 'x-api-key': world.apiKey, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });

/** N accounts, account i with (i + 1) page views a day old: website score round(2(i+1)·2^(-1/14)). */
async function seed(world: World, n: number): Promise<string[]> {
  const domains = Array.from({ length: n }, (_, i) => `co${String(i).padStart(3, '0')}.example.com`);
  for (let i = 0; i < n; i += 100) {
    const reply = await request(world, 'POST', '/api/v1/accounts', { accounts: domains.slice(i, i + 100).map((domain) => ({ domain, name: domain })) });
    assert.equal(reply.statusCode, 200, reply.raw);
  }
  const occurredAt = new Date(Date.now() - DAY_MS).toISOString();
  const signals = domains.map((domain, i) => ({ source: 'website', domain, type: 'page_view', occurredAt, count: i + 1 }));
  const reply = await request(world, 'POST', '/api/v1/signals', { signals });
  assert.equal(reply.statusCode, 200, reply.raw);
  return domains;
}

async function syncTimestamp(world: World): Promise<string> {
  return (await request(world, 'GET', '/api/v1/accounts?limit=1')).body.data.syncTimestamp;
}

async function changedSince(world: World, lastSync: string): Promise<Array<Record<string, any>>> {
  const out: Array<Record<string, any>> = [];
  let cursor: string | undefined;
  do {
    const reply = await request(world, 'GET', `/api/v1/accounts?limit=1000&lastSync=${encodeURIComponent(lastSync)}${cursor ? `&cursor=${cursor}` : ''}`);
    out.push(...reply.body.data.data);
    cursor = reply.body.data.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/** Spawns `intentbase score …`; resolves `marker` when stderr first matches the pattern. */
function spawnScore(world: World, args: string[], marker?: RegExp) {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'score', ...args], { env: world.env, cwd: world.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let markerSeen: () => void = () => {};
  const seen = new Promise<void>((resolve) => (markerSeen = resolve));
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    if (marker?.test(stderr)) markerSeen();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, seen, exited, stdout: () => stdout, stderr: () => stderr };
}

const websiteScore = (i: number, ageMs: number) => Math.round(Math.min(100, 2 * (i + 1) * Math.pow(2, -ageMs / (14 * DAY_MS))));

describeEachEngine('intentbase score', (engine) => {
  test('scores, then delta sync returns exactly the changed accounts; a second run sends nothing', { timeout: 120_000 }, async () => {
    const world = await openWorld(engine);
    try {
      const domains = await seed(world, 25);
      await request(world, 'POST', '/api/v1/accounts', { accounts: [{ domain: 'quiet.example.com', name: 'Quiet' }] });
      const before = await syncTimestamp(world);
      const first = await runCli(['score'], { env: world.env, cwd: world.cwd, timeoutMs: 60_000 });
      assert.equal(first.code, 0, first.stderr);
      const run = JSON.parse(first.stdout.trim());
      assert.equal(run.status, 'succeeded');
      assert.equal(run.ranHere, true);
      assert.deepEqual(run.counts, { accountsEvaluated: 26, accountsTotal: 26, accountsChanged: 25, signalsRead: 25, membershipsChanged: 0 });
      assert.match(first.stderr, /succeeded — 26 accounts evaluated, 25 changed/);

      const changed = await changedSince(world, before);
      assert.deepEqual(changed.map((a) => a.domain).sort(), domains, 'exactly the accounts whose scores changed');
      const age = Date.parse(run.asOf) - (Date.now() - DAY_MS);
      for (const account of changed) {
        const i = domains.indexOf(account.domain);
        // Within a rounding step of the exact age (the signal time was taken before the push).
        assert.ok(Math.abs(account.rtp_website_intent_score - websiteScore(i, DAY_MS)) <= 1, `${account.domain}: ${account.rtp_website_intent_score}`);
        assert.equal(account.rtp_journey_stage, 'Aware', 'a signal in the last 30 days');
      }
      assert.ok(age > 0);

      const afterFirst = await syncTimestamp(world);
      const second = await runCli(['score'], { env: world.env, cwd: world.cwd, timeoutMs: 60_000 });
      assert.equal(second.code, 0, second.stderr);
      assert.equal(JSON.parse(second.stdout.trim()).counts.accountsChanged, 0);
      assert.deepEqual(await changedSince(world, afterFirst), []);
    } finally {
      await world.close();
    }
  });

  test('a run killed after its first chunk is continued by the next one, which completes it correctly', { timeout: 120_000 }, async () => {
    const world = await openWorld(engine);
    try {
      const domains = await seed(world, 60);
      const before = await syncTimestamp(world);
      // Progress lines report committed chunks: the first one means the run has progress to continue from.
      const doomed = spawnScore(world, ['--chunk-size', '5', '--pause-ms', '300', '--lease-seconds', '2'], /accounts evaluated, \d+ changed\n/);
      await Promise.race([doomed.seen, doomed.exited.then(() => assert.fail(`exited early: ${doomed.stderr()}`))]);
      doomed.child.kill('SIGKILL');
      assert.equal((await doomed.exited).signal, 'SIGKILL');

      const runs = await request(world, 'GET', '/api/v1/scoring/runs');
      const killed = runs.body.data.data[0];
      assert.equal(killed.status, 'running', 'the killed run is left unfinished');
      assert.ok(killed.counts.accountsEvaluated >= 5 && killed.counts.accountsEvaluated < 60, JSON.stringify(killed.counts));

      // Waits for the dead holder's lease to expire, then continues its run.
      const next = await runCli(['score', '--chunk-size', '5'], { env: world.env, cwd: world.cwd, timeoutMs: 60_000 });
      assert.equal(next.code, 0, next.stderr);
      const finished = JSON.parse(next.stdout.trim());
      assert.equal(finished.runId, killed.runId, 'the same run, continued');
      assert.equal(finished.status, 'succeeded');
      assert.equal(finished.resumes, 1);
      assert.deepEqual(finished.counts, { accountsEvaluated: 60, accountsTotal: 60, accountsChanged: 60, signalsRead: 60, membershipsChanged: 0 });

      const changed = await changedSince(world, before);
      assert.equal(changed.length, 60, 'every account once');
      assert.deepEqual(changed.map((a) => a.domain).sort(), domains);
      for (const account of changed) {
        const i = domains.indexOf(account.domain);
        assert.ok(Math.abs(account.rtp_website_intent_score - websiteScore(i, DAY_MS)) <= 1, `${account.domain}: ${account.rtp_website_intent_score}`);
      }
      const again = await runCli(['score'], { env: world.env, cwd: world.cwd, timeoutMs: 60_000 });
      assert.equal(JSON.parse(again.stdout.trim()).counts.accountsChanged, 0);
    } finally {
      await world.close();
    }
  });

  test('a failed run: the run record says it failed, the error itself is on stderr, the exit code is 1', { timeout: 120_000 }, async () => {
    const world = await openWorld(engine);
    try {
      await seed(world, 3);
      // A real database failure inside the run: the table of running states is gone for a moment.
      await sql`alter table account_scores rename to account_scores_away`.execute(world.database.db);
      let failed;
      try {
        failed = await runCli(['score'], { env: world.env, cwd: world.cwd, timeoutMs: 60_000 });
      } finally {
        await sql`alter table account_scores_away rename to account_scores`.execute(world.database.db);
      }
      assert.equal(failed.code, 1, failed.stderr);
      const run = JSON.parse(failed.stdout.trim());
      assert.equal(run.status, 'failed');
      assert.equal(run.error, `The run failed because of an internal error (logged with runId ${run.runId}); the next run recomputes everything since the last successful run`);
      assert.match(failed.stderr, /error: scoring: run failed: .*account_scores/);
      const again = await runCli(['score'], { env: world.env, cwd: world.cwd, timeoutMs: 60_000 });
      assert.equal(again.code, 0, again.stderr);
    } finally {
      await world.close();
    }
  });

  test('two processes started together run it once', { timeout: 120_000 }, async () => {
    const world = await openWorld(engine);
    try {
      await seed(world, 40);
      // The second process starts once the first reports progress, so its run is under way, and the
      // run is slow enough (20 chunks, 400 ms apart) that it is still running when the second,
      // started on a loaded machine, asks for one.
      const args = ['--chunk-size', '2', '--pause-ms', '400'];
      const a = spawnScore(world, args, /accounts evaluated/);
      await Promise.race([a.seen, a.exited.then(() => assert.fail(`exited before reporting progress: ${a.stderr()}`))]);
      const b = spawnScore(world, args);
      const [ea, eb] = await Promise.all([a.exited, b.exited]);
      assert.equal(ea.code, 0, a.stderr());
      assert.equal(eb.code, 0, b.stderr());
      const [ra, rb] = [a, b].map((p) => JSON.parse(p.stdout().trim()));
      assert.equal(ra.runId, rb.runId, 'both report the one run');
      assert.deepEqual([ra.ranHere, rb.ranHere].sort(), [false, true]);
      const runs = await request(world, 'GET', '/api/v1/scoring/runs');
      assert.equal(runs.body.data.data.length, 1);
      assert.equal(runs.body.data.data[0].counts.accountsChanged, 40);
    } finally {
      await world.close();
    }
  });
});

test('intentbase score --help, and an unknown workspace', async () => {
  const dir = scratchDir();
  try {
    const help = await runCli(['score', '--help'], { env: cliEnv({}), cwd: dir.path });
    assert.equal(help.code, 0, help.stderr);
    assert.match(help.stdout, /^Usage: intentbase score /);
    assert.match(help.stdout, /--full/);
    const testDb = await createTestDatabase('sqlite');
    try {
      const unknown = await runCli(['score', '--workspace', 'f'.repeat(24)], { env: cliEnv({ DATABASE_URL: databaseUrl(testDb.config) }), cwd: dir.path });
      assert.equal(unknown.code, 1);
      assert.equal(unknown.stderr, `intentbase: Workspace '${'f'.repeat(24)}' not found\n`);
      const bad = await runCli(['score', '--chunk-size', '0'], { env: cliEnv({ DATABASE_URL: databaseUrl(testDb.config) }), cwd: dir.path });
      assert.notEqual(bad.code, 0);
      assert.match(bad.stderr, /expected a whole number from 1 to 100000/);
    } finally {
      await testDb.drop();
    }
  } finally {
    dir.remove();
  }
});
