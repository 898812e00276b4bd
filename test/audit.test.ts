// Issue 13 §5: the audit trail — who (key prefix, user, cli), what, when, from where, before/after —
// recorded in the same transaction as the change; GET /audit-events for admins; `intentbase audit`.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { cliEnv, databaseUrl, killAllChildren, runCli, scratchDir } from './support/cli.js';
import { createTestDatabase, describeEachEngine } from './support/engines.js';
import { useTestApp, type Reply } from './support/test-app.js';
import { displayPrefix } from '../src/modules/workspaces/api-key.js';

after(killAllChildren);

async function ok(reply: Promise<Reply>) {
  const answer = await reply;
  assert.equal(answer.statusCode, 200, answer.raw);
  return answer.body.data;
}

describeEachEngine('audit trail', (engine) => {
  const ctx = useTestApp(engine);

  test('segment, settings and deletion changes are recorded with the key prefix, the address and before/after; admins read them, members cannot', async () => {
    const tenant = await ctx().newTenant();
    const keyActor = `key:${displayPrefix(tenant.apiKey)}`;
    // The tenant's setup (its admin and key, by the CLI's code) is recorded first; this test reads what follows.
    const { syncTimestamp: setUp } = await ok(tenant.request('GET', '/api/v1/audit-events'));
    const segment = await ok(tenant.request('POST', '/api/v1/segments', { name: 'Targets', type: 'dynamic', rules: { all: [{ field: 'rtp_account_score', op: 'gte', value: 50 }] } }));
    await ok(tenant.request('PATCH', `/api/v1/segments/${segment.segmentId}`, { name: 'Hot targets' }));
    await ok(tenant.request('PUT', '/api/v1/scoring/config', { sources: { website: { weight: 0.5 } } }));
    const [acme] = (await ok(tenant.request('POST', '/api/v1/accounts', { accounts: [{ domain: 'acme.com', name: 'Acme' }] }))).results;
    const { syncTimestamp: beforeDeletes } = await ok(tenant.request('GET', '/api/v1/audit-events'));
    await ok(tenant.request('DELETE', `/api/v1/accounts/${acme.rtp_aid}`));
    await ok(tenant.request('POST', '/api/v1/deals', { deals: [{ externalDealId: 'D-1', name: 'Deal' }] }));
    await ok(tenant.request('DELETE', '/api/v1/deals/D-1'));
    await ok(tenant.request('DELETE', '/api/v1/contacts/jane@acme.com'));

    const events = (await ok(tenant.request('GET', `/api/v1/audit-events?limit=1000&lastSync=${encodeURIComponent(setUp)}`))).data;
    assert.deepEqual(
      events.map((e: { action: string; actor: string; address: string | null }) => [e.action, e.actor, e.address]),
      ['segment.created', 'segment.changed', 'scoring.settings_changed', 'account.deleted', 'deal.deleted', 'contact.erased'].map((action) => [action, keyActor, '127.0.0.1']),
    );
    const byAction = new Map(events.map((e: { action: string }) => [e.action, e]));
    assert.deepEqual((byAction.get('segment.changed') as any).details, {
      before: { name: 'Targets', type: 'dynamic', status: 'active', rules: { all: [{ field: 'rtp_account_score', op: 'gte', value: 50 }] } },
      after: { name: 'Hot targets', type: 'dynamic', status: 'active', rules: { all: [{ field: 'rtp_account_score', op: 'gte', value: 50 }] } },
    });
    assert.deepEqual((byAction.get('scoring.settings_changed') as any).details, { before: {}, after: { sources: { website: { weight: 0.5 } } } });
    assert.deepEqual((byAction.get('account.deleted') as any).target, acme.rtp_aid);
    assert.doesNotMatch(JSON.stringify(byAction.get('contact.erased')), /jane/, 'an erasure does not record whom it erased');

    const since = await ok(tenant.request('GET', `/api/v1/audit-events?lastSync=${encodeURIComponent(beforeDeletes)}`));
    assert.deepEqual(since.data.map((e: { action: string }) => e.action), ['account.deleted', 'deal.deleted', 'contact.erased']);
    const first = await ok(tenant.request('GET', `/api/v1/audit-events?limit=4&lastSync=${encodeURIComponent(setUp)}`));
    const rest = await ok(tenant.request('GET', `/api/v1/audit-events?limit=4&lastSync=${encodeURIComponent(setUp)}&cursor=${first.nextCursor}`));
    assert.deepEqual([...first.data, ...rest.data], events);

    // Another workspace sees none of it; a member's key is refused.
    const other = await ctx().newTenant();
    assert.deepEqual((await ok(other.request('GET', '/api/v1/audit-events'))).data.map((e: { target: string }) => e.target), [other.email, displayPrefix(other.apiKey)]);
    await ctx().services.workspaces.addUser(tenant.workspaceId, 'member@example.com', 'member');
    const { apiKey: memberKey } = await ctx().services.workspaces.createKey('member@example.com', tenant.workspaceId);
    const refused = await tenant.request('GET', '/api/v1/audit-events', undefined, { 'x-api-key': memberKey });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.body.customMessage, 'The audit trail is for admins: use an admin user’s key or session');
  });

  test('keys, users and the API access switch are recorded, from the CLI as `cli` and from the console as the signed-in user', async () => {
    const tenant = await ctx().newTenant();
    const { syncTimestamp: start } = await ok(tenant.request('GET', '/api/v1/audit-events'));
    const { services } = ctx();
    const { apiKey } = await services.workspaces.createKey(tenant.email, tenant.workspaceId);
    await services.workspaces.setApiAccess(tenant.workspaceId, false);
    await services.workspaces.setApiAccess(tenant.workspaceId, true);
    await services.workspaces.addUser(tenant.workspaceId, 'rep@example.com', 'member');
    await services.console.setPassword(tenant.email, 'a long console passphrase', tenant.workspaceId);

    // The console: sign in, regenerate the key, add a user, remove them.
    const signIn = await ctx().inject({ method: 'POST', url: '/api/v1/console/session', payload: { email: tenant.email, password: 'a long console passphrase' } });
    assert.equal(signIn.statusCode, 200, signIn.raw);
    const session = { cookie: String(signIn.headers['set-cookie']).split(';')[0], 'x-csrf-token': signIn.body.data.csrfToken };
    const regenerated = await ctx().inject({ method: 'POST', url: '/api/v1/console/api-key', headers: session });
    assert.equal(regenerated.statusCode, 200, regenerated.raw);
    const added = await ctx().inject({ method: 'POST', url: '/api/v1/console/users', headers: session, payload: { email: 'analyst@example.com', role: 'member' } });
    assert.equal(added.statusCode, 200, added.raw);
    const removed = await ctx().inject({ method: 'DELETE', url: `/api/v1/console/users/${added.body.data.user.userId}`, headers: session });
    assert.equal(removed.statusCode, 200, removed.raw);

    const newKey = regenerated.body.data.apiKey as string;
    const events = (await ok(tenant.request('GET', `/api/v1/audit-events?lastSync=${encodeURIComponent(start)}`, undefined, { 'x-api-key': newKey }))).data;
    const me = `user:${tenant.email}`;
    assert.deepEqual(
      events.map((e: { action: string; actor: string; target: string | null; details: unknown }) => [e.action, e.actor, e.target, e.details]),
      [
        ['key.revoked', 'cli', displayPrefix(tenant.apiKey), { user: tenant.email, readOnly: false }],
        ['key.issued', 'cli', displayPrefix(apiKey), { user: tenant.email, readOnly: false }],
        ['workspace.api_access_changed', 'cli', tenant.workspaceId, { before: true, after: false }],
        ['workspace.api_access_changed', 'cli', tenant.workspaceId, { before: false, after: true }],
        ['user.added', 'cli', 'rep@example.com', { role: 'member' }],
        ['user.changed', 'cli', tenant.email, { password: 'set' }],
        ['key.revoked', me, displayPrefix(apiKey), { user: tenant.email, readOnly: false }],
        ['key.issued', me, displayPrefix(newKey), { user: tenant.email, readOnly: false }],
        ['user.added', me, 'analyst@example.com', { role: 'member' }],
        ['user.removed', me, 'analyst@example.com', { role: 'member' }],
      ],
    );
  });

  test('a change that fails records nothing; no route writes to the trail', async () => {
    const tenant = await ctx().newTenant();
    const { syncTimestamp: setUp } = await ok(tenant.request('GET', '/api/v1/audit-events'));
    assert.equal((await tenant.request('PATCH', `/api/v1/segments/${'0'.repeat(24)}`, { name: 'Ghost' })).statusCode, 404);
    assert.equal((await tenant.request('DELETE', '/api/v1/deals/nope')).statusCode, 404);
    assert.deepEqual((await ok(tenant.request('GET', `/api/v1/audit-events?lastSync=${encodeURIComponent(setUp)}`))).data, []);
    const writes = ctx().app.routeCatalog.filter((route) => route.url.includes('audit') && route.method !== 'GET');
    assert.deepEqual(writes, []);
  });
});

test('intentbase audit prints the trail, --since filters it, --json gives one object per line', async () => {
  const database = await createTestDatabase('sqlite');
  const cwd = scratchDir();
  try {
    const env = cliEnv({ DATABASE_URL: databaseUrl(database.config) });
    const migrated = await runCli(['migrate'], { env, cwd: cwd.path });
    assert.equal(migrated.code, 0, migrated.stderr);
    const workspace = (await runCli(['workspace', 'create', '--name', 'Audit'], { env, cwd: cwd.path })).stdout.trim();
    // The first events of a fresh database, recorded as a deletion through the API would be.
    const { createDatabase } = await import('../src/db/index.js');
    const { recordAudit } = await import('../src/modules/audit/audit.js');
    const handle = createDatabase(database.config);
    try {
      await handle.db.transaction().execute((trx) =>
        recordAudit(trx, handle.dialect, workspace, { actor: 'key:ib_Ab12', address: '203.0.113.7' }, [{ action: 'account.deleted', target: 'x', details: { domain: 'acme.com' } }]),
      );
    } finally {
      await handle.close();
    }
    const printed = await runCli(['audit'], { env, cwd: cwd.path });
    assert.equal(printed.code, 0, printed.stderr);
    assert.match(printed.stdout, /^\d{4}-\d\d-\d\dT[\d:.]+Z\tkey:ib_Ab12\t203\.0\.113\.7\taccount\.deleted\tx\t\{"domain":"acme\.com"\}\n$/);
    const [event] = printed.stdout.split('\t');
    const json = await runCli(['audit', '--json'], { env, cwd: cwd.path });
    assert.equal(JSON.parse(json.stdout).action, 'account.deleted');
    const since = await runCli(['audit', '--since', event], { env, cwd: cwd.path });
    assert.equal(since.stdout, '', 'nothing after the last event');
    const bad = await runCli(['audit', '--since', 'yesterday'], { env, cwd: cwd.path });
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /ISO 8601/);
  } finally {
    cwd.remove();
    await database.drop();
  }
});
