import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../app.js';
import { loadConfig, type Config } from '../../config.js';
import { createDatabase, type DatabaseHandle } from '../../db/index.js';
import { createTestDatabase, describeEachEngine, type TestDatabase } from '../../../test/support/engines.js';
import { assertEnvelope, assertErrorReply } from '../../../test/support/route-contract.js';
import { injectJson, type Reply } from '../../../test/support/test-app.js';

const SESSION_URL = '/api/v1/console/session';
const START = Date.parse('2026-12-05T10:00:00.000Z');
const MINUTE = 60_000;
const PASSWORD = 'correct horse battery staple';
const COOKIE_FORM = /^ib_session=([0-9a-f]{24}\.[A-Za-z0-9_-]{43}); HttpOnly; SameSite=Lax; Path=\/$/;

/** The cookie a reply set, and the value to send back. */
function sessionCookie(reply: Reply): string {
  const header = reply.headers['set-cookie'];
  assert.equal(typeof header, 'string', `no single Set-Cookie: ${JSON.stringify(header)}`);
  const match = COOKIE_FORM.exec(header as string);
  assert.ok(match, `unexpected Set-Cookie: ${String(header)}`);
  return `ib_session=${match[1]}`;
}

describeEachEngine('console sign-in, sessions, throttling and CSRF', (engine) => {
  let testDb: TestDatabase;
  let config: Config;
  let app: FastifyInstance;
  let database: DatabaseHandle;
  let now = START;
  const clock = () => now;
  let users = 0;
  let addresses = 0;

  before(async () => {
    testDb = await createTestDatabase(engine);
    config = { ...loadConfig({ LOG_LEVEL: 'silent' }), database: testDb.config };
    app = await buildApp(config, { logger: false, clock });
    await app.ready();
    database = createDatabase(testDb.config);
  });
  after(async () => {
    await app.close();
    await database.close();
    await testDb.drop();
  });

  /** A new workspace with an admin who has PASSWORD (unless told otherwise) and an API key. */
  async function newUser(options: { password?: string | null } = {}) {
    users += 1;
    const workspace = await app.runtime.services.workspaces.createWorkspace(`Console ${users}`);
    const email = `user${users}@example.com`;
    const added = await app.runtime.services.workspaces.addUser(workspace.id, email, 'admin');
    const password = options.password === undefined ? PASSWORD : options.password;
    if (password !== null) await app.runtime.services.console.setPassword(email, password, workspace.id);
    const { apiKey } = await app.runtime.services.workspaces.createKey(email, workspace.id);
    return { workspaceId: workspace.id, userId: added.id, email, apiKey };
  }

  /** A client address of its own, so one test's failures never throttle another's. */
  const newAddress = () => `198.51.100.${++addresses}`;

  const send = (options: InjectOptions, on: FastifyInstance = app) => injectJson(on, options);
  const signIn = (email: string, password: string, remoteAddress: string, on: FastifyInstance = app, headers: Record<string, string> = {}) =>
    send({ method: 'POST', url: SESSION_URL, remoteAddress, headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify({ email, password }) }, on);
  const withCookie = (method: InjectOptions['method'], url: string, cookie: string, headers: Record<string, string> = {}, body?: unknown, on: FastifyInstance = app) =>
    send(
      {
        method,
        url,
        headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      },
      on,
    );

  async function signedIn(on: FastifyInstance = app) {
    const user = await newUser();
    const reply = await signIn(user.email, PASSWORD, newAddress(), on);
    assert.equal(reply.statusCode, 200, reply.raw);
    return { ...user, cookie: sessionCookie(reply), csrfToken: reply.body.data.csrfToken as string };
  }

  test('sign in, the session, cookie auth on the API, sign out', async () => {
    const user = await newUser();
    const reply = await signIn(user.email.toUpperCase(), PASSWORD, newAddress());
    assert.equal(reply.statusCode, 200, reply.raw);
    assertEnvelope(reply, SESSION_URL);
    const cookie = sessionCookie(reply);
    const { csrfToken } = reply.body.data;
    assert.deepEqual(reply.body.data, { user: { userId: user.userId, email: user.email, role: 'admin', workspaceId: user.workspaceId }, csrfToken });
    assert.match(csrfToken, /^[A-Za-z0-9_-]{43}$/);
    // Only a hash of the token is stored.
    const rows = await database.db.selectFrom('console_sessions').selectAll().where('workspace_id', '=', user.workspaceId).execute();
    assert.equal(rows.length, 1);
    assert.ok(!cookie.includes(rows[0].token_hash) && !rows[0].token_hash.includes(cookie.split('.')[1]));

    const session = await withCookie('GET', SESSION_URL, cookie);
    assert.equal(session.statusCode, 200, session.raw);
    assert.deepEqual(session.body.data, reply.body.data);
    const accounts = await withCookie('GET', '/api/v1/accounts', cookie);
    assert.equal(accounts.statusCode, 200, accounts.raw);

    const noToken = await withCookie('DELETE', SESSION_URL, cookie);
    assertErrorReply(noToken, SESSION_URL, 403, 'Missing or invalid CSRF token');
    const out = await withCookie('DELETE', SESSION_URL, cookie, { 'x-csrf-token': csrfToken });
    assert.equal(out.statusCode, 200, out.raw);
    assertEnvelope(out, SESSION_URL);
    assert.deepEqual(out.body.data, { signedOut: true });
    assert.equal(out.headers['set-cookie'], 'ib_session=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0');
    assert.equal((await database.db.selectFrom('console_sessions').selectAll().where('workspace_id', '=', user.workspaceId).execute()).length, 0);
    const after = await withCookie('GET', SESSION_URL, cookie);
    assertErrorReply(after, SESSION_URL, 401, 'Your session has expired or was ended; sign in again');
    assertErrorReply(await withCookie('GET', '/api/v1/accounts', cookie), '/api/v1/accounts', 401, 'Your session has expired or was ended; sign in again');
  });

  test('a wrong password, an unknown email and a user without a password get the same 401', async () => {
    const user = await newUser();
    const noPassword = await newUser({ password: null });
    const answers = [
      await signIn(user.email, 'not the password at all', newAddress()),
      await signIn('nobody@example.com', PASSWORD, newAddress()),
      await signIn(noPassword.email, PASSWORD, newAddress()),
    ];
    for (const reply of answers) {
      assertErrorReply(reply, SESSION_URL, 401, 'Invalid email or password');
      assert.equal(reply.body.message, 'Unauthorized');
      assert.equal(reply.headers['set-cookie'], undefined);
    }
    const comparable = (reply: Reply) => ({ ...reply.body, timestamp: undefined });
    assert.deepEqual(comparable(answers[1]), comparable(answers[0]));
    const empty = await signIn(user.email, '', newAddress());
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.body.customMessage, 'password should not be empty');
  });

  test('throttled per email: the sixth attempt in 15 minutes is a 429, from any address, until the window moves on', async () => {
    const user = await newUser();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      assertErrorReply(await signIn(user.email, 'wrong password!', newAddress()), SESSION_URL, 401, 'Invalid email or password');
    }
    const throttled = await signIn(user.email, PASSWORD, newAddress());
    assertErrorReply(throttled, SESSION_URL, 429, 'Too many sign-in attempts; retry in 900 seconds');
    assert.equal(throttled.body.message, 'Too Many Requests');
    assert.equal(throttled.headers['retry-after'], '900');
    now += 100_000;
    const later = await signIn(user.email.toUpperCase(), PASSWORD, newAddress());
    assertErrorReply(later, SESSION_URL, 429, 'Too many sign-in attempts; retry in 800 seconds');
    assert.equal(later.headers['retry-after'], '800');
    // Throttled attempts are not failures: the window ends 15 minutes after the fifth failure.
    now += 800_000;
    assert.equal((await signIn(user.email, PASSWORD, newAddress())).statusCode, 200);
    // A success clears the email's failures.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      assert.equal((await signIn(user.email, 'wrong password!', newAddress())).statusCode, 401);
    }
    assert.equal((await signIn(user.email, PASSWORD, newAddress())).statusCode, 429);
    now += 15 * MINUTE;
  });

  test('throttled per address: 20 failures from one address in 15 minutes, whatever the emails', async () => {
    const user = await newUser();
    const address = newAddress();
    for (let attempt = 0; attempt < 20; attempt += 1) {
      assert.equal((await signIn(`stranger${attempt}@example.com`, 'wrong password!', address)).statusCode, 401);
    }
    const throttled = await signIn(user.email, PASSWORD, address);
    assertErrorReply(throttled, SESSION_URL, 429, 'Too many sign-in attempts; retry in 900 seconds');
    assert.equal(throttled.headers['retry-after'], '900');
    assert.equal((await signIn(user.email, PASSWORD, newAddress())).statusCode, 200, 'another address is not throttled');
    now += 15 * MINUTE;
  });

  test('CSRF: a state-changing request with the cookie needs the session’s X-CSRF-Token; reads and API keys do not', async () => {
    const user = await signedIn();
    const body = { accounts: [{ domain: 'csrf.example.com', name: 'CSRF' }] };
    assertErrorReply(await withCookie('POST', '/api/v1/accounts', user.cookie, {}, body), '/api/v1/accounts', 403, 'Missing or invalid CSRF token');
    const wrong = await withCookie('POST', '/api/v1/accounts', user.cookie, { 'x-csrf-token': `${user.csrfToken.slice(0, -1)}x` }, body);
    assertErrorReply(wrong, '/api/v1/accounts', 403, 'Missing or invalid CSRF token');
    assert.equal(wrong.body.message, 'Forbidden');
    const other = await signedIn();
    assertErrorReply(await withCookie('POST', '/api/v1/accounts', user.cookie, { 'x-csrf-token': other.csrfToken }, body), '/api/v1/accounts', 403, 'Missing or invalid CSRF token');
    const accepted = await withCookie('POST', '/api/v1/accounts', user.cookie, { 'x-csrf-token': user.csrfToken }, body);
    assert.equal(accepted.statusCode, 200, accepted.raw);
    assert.equal(accepted.body.data.summary.created, 1);
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      const reply = await withCookie(method, `/api/v1/segments/${user.workspaceId}`, user.cookie, {}, {});
      assertErrorReply(reply, `/api/v1/segments/${user.workspaceId}`, 403, 'Missing or invalid CSRF token', method);
    }
    const listed = await withCookie('GET', '/api/v1/accounts', user.cookie);
    assert.deepEqual(listed.body.data.data.map((a: { domain: string }) => a.domain), ['csrf.example.com']);
    // An X-Api-Key header decides alone: the cookie is ignored, and no CSRF token is asked for.
    assertErrorReply(await withCookie('GET', '/api/v1/accounts', user.cookie, { 'x-api-key': 'not-a-key' }), '/api/v1/accounts', 401, 'Invalid API key');
    const keyed = await withCookie('POST', '/api/v1/accounts', user.cookie, { 'x-api-key': user.apiKey }, { accounts: [{ domain: 'key.example.com', name: 'Key' }] });
    assert.equal(keyed.statusCode, 200, keyed.raw);
    // The session routes need a session, which a key is not.
    assertErrorReply(
      await send({ method: 'GET', url: SESSION_URL, headers: { 'x-api-key': user.apiKey } }),
      SESSION_URL,
      401,
      'This route needs a console session (the ib_session cookie); an API key has none',
    );
  });

  test('idle expiry after SESSION_IDLE_MINUTES (60); last seen written at most once a minute', async () => {
    const user = await signedIn();
    const lastSeen = async () =>
      Number((await database.db.selectFrom('console_sessions').select('last_seen_at').where('workspace_id', '=', user.workspaceId).executeTakeFirstOrThrow()).last_seen_at);
    const signedInAt = now;
    now += 30_000;
    assert.equal((await withCookie('GET', SESSION_URL, user.cookie)).statusCode, 200);
    assert.equal(await lastSeen(), signedInAt, 'not written again within a minute');
    now = signedInAt + 59 * MINUTE;
    assert.equal((await withCookie('GET', '/api/v1/accounts', user.cookie)).statusCode, 200);
    assert.equal(await lastSeen(), now);
    now += 59 * MINUTE;
    assert.equal((await withCookie('GET', SESSION_URL, user.cookie)).statusCode, 200, 'activity keeps it alive');
    now += 60 * MINUTE;
    const expired = await withCookie('GET', SESSION_URL, user.cookie);
    assertErrorReply(expired, SESSION_URL, 401, 'Your session has expired or was ended; sign in again');
    assert.equal(expired.headers['set-cookie'], 'ib_session=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0');
    assert.equal((await database.db.selectFrom('console_sessions').selectAll().where('workspace_id', '=', user.workspaceId).execute()).length, 0);
  });

  test('absolute expiry 7 days after sign-in, however active', async () => {
    const weekLong = await buildApp({ ...config, sessionIdleMinutes: 7 * 24 * 60 }, { runtime: app.runtime, logger: false, clock });
    try {
      const user = await signedIn(weekLong);
      now += 6 * 24 * 60 * MINUTE;
      assert.equal((await withCookie('GET', SESSION_URL, user.cookie, {}, undefined, weekLong)).statusCode, 200);
      now += 24 * 60 * MINUTE;
      assertErrorReply(await withCookie('GET', SESSION_URL, user.cookie, {}, undefined, weekLong), SESSION_URL, 401, 'Your session has expired or was ended; sign in again');
    } finally {
      await weekLong.close();
    }
  });

  test('Secure over HTTPS: X-Forwarded-Proto counts only with TRUST_PROXY, which also gives the client address', async () => {
    const user = await newUser();
    const direct = await signIn(user.email, PASSWORD, newAddress(), app, { 'x-forwarded-proto': 'https' });
    assert.equal(direct.statusCode, 200);
    assert.doesNotMatch(String(direct.headers['set-cookie']), /Secure/);

    const proxied = await buildApp({ ...loadConfig({ LOG_LEVEL: 'silent', TRUST_PROXY: 'true' }), database: testDb.config }, { runtime: app.runtime, logger: false, clock });
    try {
      const reply = await signIn(user.email, PASSWORD, '10.0.0.1', proxied, { 'x-forwarded-proto': 'https' });
      assert.equal(reply.statusCode, 200, reply.raw);
      assert.match(String(reply.headers['set-cookie']), /^ib_session=[0-9a-f]{24}\.[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Lax; Path=\/; Secure$/);
      const cookie = String(reply.headers['set-cookie']).split(';')[0];
      const out = await send({ method: 'DELETE', url: SESSION_URL, headers: { cookie, 'x-csrf-token': reply.body.data.csrfToken, 'x-forwarded-proto': 'https' } }, proxied);
      assert.equal(out.headers['set-cookie'], 'ib_session=; HttpOnly; SameSite=Lax; Path=/; Secure; Max-Age=0');
      // The address throttled is the client's, from X-Forwarded-For, not the proxy's.
      const client = newAddress();
      for (let attempt = 0; attempt < 20; attempt += 1) {
        assert.equal((await signIn(`proxied${attempt}@example.com`, 'wrong password!', '10.0.0.1', proxied, { 'x-forwarded-for': client })).statusCode, 401);
      }
      assert.equal((await signIn(user.email, PASSWORD, '10.0.0.1', proxied, { 'x-forwarded-for': client })).statusCode, 429);
      assert.equal((await signIn(user.email, PASSWORD, '10.0.0.1', proxied, { 'x-forwarded-for': newAddress() })).statusCode, 200);
    } finally {
      await proxied.close();
      now += 15 * MINUTE;
    }
  });

  test('sessions and the throttle live in the database: a second app instance on it honours both', async () => {
    const second = await buildApp(config, { logger: false, clock });
    try {
      const user = await signedIn();
      const there = await withCookie('GET', SESSION_URL, user.cookie, {}, undefined, second);
      assert.equal(there.statusCode, 200, there.raw);
      assert.equal(there.body.data.user.userId, user.userId);
      const written = await withCookie('POST', '/api/v1/accounts', user.cookie, { 'x-csrf-token': user.csrfToken }, { accounts: [{ domain: 'two.example.com', name: 'Two' }] }, second);
      assert.equal(written.statusCode, 200, written.raw);
      assert.equal((await withCookie('DELETE', SESSION_URL, user.cookie, { 'x-csrf-token': user.csrfToken }, undefined, second)).statusCode, 200);
      assert.equal((await withCookie('GET', SESSION_URL, user.cookie)).statusCode, 401, 'signed out everywhere');

      const target = await newUser();
      for (let attempt = 0; attempt < 5; attempt += 1) assert.equal((await signIn(target.email, 'wrong password!', newAddress())).statusCode, 401);
      assert.equal((await signIn(target.email, PASSWORD, newAddress(), second)).statusCode, 429);
    } finally {
      await second.close();
      now += 15 * MINUTE;
    }
  });

  test('API access off refuses the key (401) but not the console: sessions work and sign-in works; a new password ends sessions', async () => {
    const user = await signedIn();
    await app.runtime.services.workspaces.setApiAccess(user.workspaceId, false);
    const byKey = await send({ method: 'GET', url: '/api/v1/accounts', headers: { 'x-api-key': user.apiKey } });
    assertErrorReply(byKey, '/api/v1/accounts', 401, 'API access is not enabled for this workspace');
    assert.equal((await withCookie('GET', '/api/v1/accounts', user.cookie)).statusCode, 200);
    assert.equal((await signIn(user.email, PASSWORD, newAddress())).statusCode, 200, 'an admin can still sign in to switch it back on');
    await app.runtime.services.workspaces.setApiAccess(user.workspaceId, true);
    assert.equal((await withCookie('GET', '/api/v1/accounts', user.cookie)).statusCode, 200);
    await app.runtime.services.console.setPassword(user.email, 'another long passphrase', user.workspaceId);
    assert.equal((await withCookie('GET', '/api/v1/accounts', user.cookie)).statusCode, 401);
    await assert.rejects(app.runtime.services.console.setPassword(user.email, 'too short', user.workspaceId), /at least 12 characters/);
  });

  test('passwords, session tokens and CSRF tokens never reach the log', async () => {
    const lines: string[] = [];
    const logged = await buildApp({ ...config, logLevel: 'trace' }, {
      runtime: app.runtime,
      clock,
      logger: { level: 'trace', redact: { paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]'], censor: '[redacted]' }, stream: { write: (line: string) => void lines.push(line) } },
    });
    try {
      const user = await signedIn(logged);
      await withCookie('POST', '/api/v1/accounts', user.cookie, { 'x-csrf-token': user.csrfToken }, { accounts: [{ domain: 'log.example.com', name: 'Log' }] }, logged);
      await signIn(user.email, 'a wrong password to log', newAddress(), logged);
      const text = lines.join('\n');
      assert.ok(lines.length > 0);
      for (const secret of [PASSWORD, 'a wrong password to log', user.cookie.split('=')[1], user.csrfToken]) assert.ok(!text.includes(secret), `logged: ${secret}`);
    } finally {
      await logged.close();
    }
  });
});
