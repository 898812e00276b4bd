import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.js';
import { assertErrorReply } from '../../../test/support/route-contract.js';
import { useTestApp, type Reply, type TestContext } from '../../../test/support/test-app.js';

const PASSWORD = 'admin console passphrase';

/** A console session of a user (signed in through the API), and calls made with it. */
async function sessionOf(ctx: TestContext, email: string, password: string) {
  const reply = await ctx.inject({
    method: 'POST',
    url: '/api/v1/console/session',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ email, password }),
  });
  assert.equal(reply.statusCode, 200, reply.raw);
  const cookie = String(reply.headers['set-cookie']).split(';')[0];
  const csrfToken = reply.body.data.csrfToken as string;
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> =>
    ctx.inject({
      method,
      url,
      headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
  return { call, userId: reply.body.data.user.userId as string };
}

describeEachEngine('console: API key, users and the API access switch', (engine) => {
  const ctx = useTestApp(engine);

  async function adminSession() {
    const tenant = await ctx().newTenant();
    await ctx().services.console.setPassword(tenant.email, PASSWORD, tenant.workspaceId);
    return { tenant, ...(await sessionOf(ctx(), tenant.email, PASSWORD)) };
  }

  test('generating a key answers it once and revokes the previous one at once; the status never shows it', async () => {
    const { tenant, call } = await adminSession();
    const before = await call('GET', '/api/v1/console/api-key');
    assert.equal(before.statusCode, 200, before.raw);
    assert.equal(before.body.data.active, true);
    assert.equal(before.body.data.keyPrefix, tenant.apiKey.slice(0, 9));
    const generated = await call('POST', '/api/v1/console/api-key');
    assert.equal(generated.statusCode, 200, generated.raw);
    const { apiKey } = generated.body.data;
    assert.match(apiKey, /^ib_[0-9A-Za-z]{40}$/);
    const byKey = (key: string) => ctx().inject({ method: 'GET', url: '/api/v1/accounts', headers: { 'x-api-key': key } });
    assertErrorReply(await byKey(tenant.apiKey), '/api/v1/accounts', 401, 'Invalid API key');
    assert.equal((await byKey(apiKey)).statusCode, 200);
    const after = await call('GET', '/api/v1/console/api-key');
    assert.deepEqual(after.body.data, { active: true, keyPrefix: apiKey.slice(0, 9), createdAt: generated.body.data.createdAt });
    assert.ok(!after.raw.includes(apiKey));
    // An API key is not a session: it cannot mint keys.
    const withKey = await ctx().inject({ method: 'POST', url: '/api/v1/console/api-key', headers: { 'x-api-key': apiKey } });
    assert.equal(withKey.statusCode, 401);
  });

  test('an admin adds users (password generated or given), resets a password, removes a user; keys and sessions end', async () => {
    const { tenant, call } = await adminSession();
    const added = await call('POST', '/api/v1/console/users', { email: 'Member@Example.com', role: 'member' });
    assert.equal(added.statusCode, 200, added.raw);
    const generated = added.body.data.generatedPassword as string;
    assert.equal(generated.length, 24);
    assert.equal(added.body.data.user.email, 'member@example.com');
    assert.equal(added.body.data.user.role, 'member');
    const member = await sessionOf(ctx(), 'member@example.com', generated);

    const duplicate = await call('POST', '/api/v1/console/users', { email: 'member@example.com', role: 'admin', password: 'another long passphrase' });
    assertErrorReply(duplicate, '/api/v1/console/users', 409, "A user with email 'member@example.com' already exists in this workspace");
    const short = await call('POST', '/api/v1/console/users', { email: 'b@example.com', role: 'member', password: 'short' });
    assertErrorReply(short, '/api/v1/console/users', 400, 'Password must be at least 12 characters long');
    const badRole = await call('POST', '/api/v1/console/users', { email: 'b@example.com', role: 'owner' });
    assert.equal(badRole.statusCode, 400);
    assert.equal(badRole.body.data[0].property, 'role');

    const listed = await call('GET', '/api/v1/console/users');
    assert.deepEqual(
      listed.body.data.users.map((u: { email: string; role: string }) => [u.email, u.role]),
      [
        [tenant.email, 'admin'],
        ['member@example.com', 'member'],
      ],
    );

    const reset = await call('POST', `/api/v1/console/users/${member.userId}/password`, { password: 'a brand new passphrase' });
    assert.equal(reset.statusCode, 200, reset.raw);
    assert.equal(reset.body.data.generatedPassword, null);
    assert.equal((await member.call('GET', '/api/v1/console/session')).statusCode, 401, 'a reset ends the user’s sessions');
    const again = await sessionOf(ctx(), 'member@example.com', 'a brand new passphrase');
    const { apiKey: memberKey } = (await again.call('POST', '/api/v1/console/api-key')).body.data;
    assert.equal((await ctx().inject({ method: 'GET', url: '/api/v1/accounts', headers: { 'x-api-key': memberKey } })).statusCode, 200);

    const removed = await call('DELETE', `/api/v1/console/users/${member.userId}`);
    assert.deepEqual(removed.body.data, { removed: true, userId: member.userId });
    assertErrorReply(await ctx().inject({ method: 'GET', url: '/api/v1/accounts', headers: { 'x-api-key': memberKey } }), '/api/v1/accounts', 401, 'Invalid API key');
    assert.equal((await again.call('GET', '/api/v1/console/session')).statusCode, 401);
    assertErrorReply(await call('DELETE', `/api/v1/console/users/${member.userId}`), `/api/v1/console/users/${member.userId}`, 404, 'User not found');
    assertErrorReply(await call('DELETE', '/api/v1/console/users/nope'), '/api/v1/console/users/nope', 400, 'Invalid userId format');
  });

  test('an admin cannot remove themselves; a member gets 403 on every admin route', async () => {
    const { call, userId } = await adminSession();
    assertErrorReply(await call('DELETE', `/api/v1/console/users/${userId}`), `/api/v1/console/users/${userId}`, 400, 'You cannot remove yourself; ask another admin');
    const added = await call('POST', '/api/v1/console/users', { email: 'plain@example.com', role: 'member', password: 'member passphrase 1' });
    const member = await sessionOf(ctx(), 'plain@example.com', 'member passphrase 1');
    const refused: Array<[Parameters<typeof member.call>[0], string, unknown?]> = [
      ['GET', '/api/v1/console/users'],
      ['POST', '/api/v1/console/users', { email: 'x@example.com', role: 'admin' }],
      ['POST', `/api/v1/console/users/${userId}/password`, {}],
      ['DELETE', `/api/v1/console/users/${userId}`],
      ['GET', '/api/v1/console/workspace'],
      ['PATCH', '/api/v1/console/workspace', { apiAccess: false }],
    ];
    for (const [method, url, body] of refused) assertErrorReply(await member.call(method, url, body), url.split('?')[0], 403, 'This action needs an admin');
    // Their own key is theirs to generate.
    assert.equal((await member.call('POST', '/api/v1/console/api-key')).statusCode, 200);
    assert.equal(added.body.data.user.userId.length, 24);
  });

  test('API access off: keys get 401, the console keeps working and switches it back on', async () => {
    const { tenant, call } = await adminSession();
    const workspace = (await call('GET', '/api/v1/console/workspace')).body.data;
    assert.deepEqual([workspace.workspaceId, workspace.apiAccess], [tenant.workspaceId, true]);
    assert.equal((await call('PATCH', '/api/v1/console/workspace', { apiAccess: false })).body.data.apiAccess, false);
    const byKey = await ctx().inject({ method: 'GET', url: '/api/v1/accounts', headers: { 'x-api-key': tenant.apiKey } });
    assertErrorReply(byKey, '/api/v1/accounts', 401, 'API access is not enabled for this workspace');
    assert.equal((await call('GET', '/api/v1/accounts')).statusCode, 200);
    assert.equal((await call('PATCH', '/api/v1/console/workspace', { apiAccess: true })).body.data.apiAccess, true);
    assert.equal((await ctx().inject({ method: 'GET', url: '/api/v1/accounts', headers: { 'x-api-key': tenant.apiKey } })).statusCode, 200);
    const noCsrf = await call('PATCH', '/api/v1/console/workspace', { apiAccess: false }, { 'x-csrf-token': '' });
    assertErrorReply(noCsrf, '/api/v1/console/workspace', 403, 'Missing or invalid CSRF token');
  });
});
