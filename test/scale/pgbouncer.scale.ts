import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { postgresDialect } from '../../src/db/dialects/postgres.js';
import { createDatabase, migrateToLatest, type DatabaseHandle } from '../../src/db/index.js';
import { createScratchDatabase, requireAdminUrl, skipReason, type ScratchDatabase } from './support/database.js';
import { startPgBouncer, type PgBouncer } from './support/pgbouncer.js';

/**
 * What running behind PgBouncer in transaction pooling mode needs beyond the scale tests (which
 * multi-process.scale.ts and faults.scale.ts run through one as well): no session state anywhere
 * in the code, and migrations that exclude each other with a lock that lives and dies with their
 * transaction (docs/operations.md, "Behind PgBouncer").
 */

/** The advisory lock id Kysely's Migrator and src/db/dialects/postgres.ts use. */
const KYSELY_MIGRATION_LOCK_ID = '3853314791062309107';

/** Where a statement's text starts: a Kysely sql template, a raw compiled query or a pg query string. */
const STATEMENT = String.raw`(?:sql\x60|CompiledQuery\.raw\(\s*['"\x60]|\.query\(\s*['"\x60])\s*`;

/**
 * Session state a transaction-pooled connection cannot keep: the next transaction of the same
 * process may run on another server connection, and the next client on this one inherits it.
 */
const SESSION_STATE: Array<{ what: string; pattern: RegExp }> = [
  { what: 'a session-level advisory lock (use pg_advisory_xact_lock)', pattern: /pg_(try_)?advisory_(lock|lock_shared|unlock|unlock_all)\s*\(/ },
  { what: 'a session-level SET (use SET LOCAL)', pattern: new RegExp(String.raw`${STATEMENT}set\s+(?!local\b)(session\s+)?\w+`, 'i') },
  { what: 'a session-level set_config (use is_local = true)', pattern: /set_config\([^)]*,\s*false\s*\)/i },
  { what: 'LISTEN/NOTIFY', pattern: new RegExp(String.raw`${STATEMENT}(listen|unlisten|notify)\b|pg_notify\s*\(`, 'i') },
  { what: 'a temporary table', pattern: /create\s+(temp|temporary)\s+table|\.temporary\(\)/i },
  { what: 'a named prepared statement', pattern: new RegExp(String.raw`\.query\(\s*\{[^}]*\bname\s*:|${STATEMENT}(prepare|execute|deallocate)\s`, 'i') },
  { what: 'a cursor outliving its transaction', pattern: /with\s+hold/i },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

test('the code holds no session state a transaction-pooled connection would lose or leak', () => {
  const found: string[] = [];
  for (const file of sourceFiles('src')) {
    const text = readFileSync(file, 'utf8');
    for (const { what, pattern } of SESSION_STATE) {
      const match = pattern.exec(text);
      if (match) found.push(`${file}: ${what}: ${match[0]}`);
    }
  }
  assert.deepEqual(found, []);
});

test('the session-state patterns find what they look for', () => {
  // Each pattern against an example of what it forbids, so the scan above cannot pass by matching nothing.
  const examples = [
    'select pg_advisory_lock(1)',
    "client.query('SET statement_timeout = 0')",
    "select set_config('search_path', 'x', false)",
    'sql`LISTEN changes`',
    'create temporary table t (id int)',
    "client.query({ name: 'fetch', text: 'select 1' })",
    'declare c cursor with hold for select 1',
  ];
  SESSION_STATE.forEach(({ what, pattern }, i) => assert.match(examples[i], pattern, what));
  const extra = ['sql`set search_path = x`', "CompiledQuery.raw('notify x')", "client.query('prepare s as select 1')"];
  for (const example of extra) assert.ok(SESSION_STATE.some(({ pattern }) => pattern.test(example)), example);
  for (const allowed of ['select pg_advisory_xact_lock(1)', 'sql`set local statement_timeout = 0`', "set_config('lock_timeout', '1', true)", '.set({ name: 1 })', 'app.listen({ port })']) {
    assert.ok(SESSION_STATE.every(({ pattern }) => !pattern.test(allowed)), allowed);
  }
});

test('what PgBouncer answers while the server behind it is down is a 503; PostgreSQL’s own protocol errors are not', () => {
  // Seen in the database-restart scale test through PgBouncer (faults.scale.ts), which got 500s before.
  for (const message of ['server conn crashed?', 'server login has been failing, try again later (server_login_retry)', 'pgbouncer cannot connect to server', 'query_wait_timeout']) {
    assert.equal(postgresDialect.isUnavailable(Object.assign(new Error(message), { code: '08P01' })), true, message);
  }
  const malformed = Object.assign(new Error('bind message supplies 2 parameters, but prepared statement "" requires 1'), { code: '08P01' });
  assert.equal(postgresDialect.isUnavailable(malformed), false);
});

describe('migrations through PgBouncer in transaction pooling mode', { skip: skipReason() }, () => {
  let bouncer: PgBouncer | undefined;
  let db: ScratchDatabase | undefined;
  const handles: DatabaseHandle[] = [];

  before(async () => {
    // Round robin: consecutive transactions of one process land on different server connections,
    // as they may at any time under load — a lock taken outside the migration's transaction then
    // guards nothing and its release misses.
    bouncer = await startPgBouncer(requireAdminUrl(), 'server_round_robin = 1');
  });

  after(async () => {
    for (const handle of handles) await handle.close().catch(() => undefined);
    await bouncer?.remove();
    await db?.drop();
  });

  test('three processes starting at once: one migrates, the others wait for it, and no lock outlives them', { timeout: 60_000 }, async () => {
    db = await createScratchDatabase(requireAdminUrl());
    const url = bouncer!.url(db.url);
    for (let i = 0; i < 3; i += 1) {
      handles.push(createDatabase({ engine: 'postgres', url, poolSize: 4, statementTimeoutMs: 30_000, connectTimeoutMs: 5_000, queryTimeoutMs: 31_000 }));
    }
    // Several server connections open and idle, for the round robin to go round.
    await Promise.all(handles.flatMap((handle) => [1, 2, 3].map(() => sql`select pg_sleep(0.1)`.execute(handle.db))));

    const outcomes = await Promise.allSettled(handles.map((handle) => migrateToLatest(handle.db)));
    const failures = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [String(outcome.reason)] : []));
    assert.deepEqual(failures, [], 'every process started');
    const applied = outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value.applied.length : -1)).sort((a, b) => a - b);
    assert.ok(applied[2] > 0, 'one process ran the migrations');
    assert.deepEqual(applied.slice(0, 2), [0, 0], 'the others found them done');

    const locks = await db.query<{ n: number }>(
      "select count(*)::int as n from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())",
    );
    assert.equal(locks[0].n, 0, 'no advisory lock is left held by a pooled server connection');
    // A later start (a deploy) migrates at once instead of waiting for a leaked lock.
    assert.deepEqual(await migrateToLatest(handles[0].db), { applied: [], newer: [] });
  });

  test('a process starting while another migrates waits longer than its statement and query timeouts, then migrates', { timeout: 60_000 }, async () => {
    const fresh = await createScratchDatabase(requireAdminUrl());
    const holder = new pg.Client({ connectionString: fresh.url });
    try {
      // Through PgBouncer the statement timeout is the database's (docs/operations.md); the holder opts out.
      await fresh.query(`alter database ${new URL(fresh.url).pathname.slice(1)} set statement_timeout = 1500`);
      await holder.connect();
      await holder.query('set statement_timeout = 0');
      // Another process in the middle of its migrations: it holds the migration lock.
      await holder.query('begin');
      await holder.query(`select pg_advisory_xact_lock(${KYSELY_MIGRATION_LOCK_ID})`);
      const waiting = createDatabase({ engine: 'postgres', url: bouncer!.url(fresh.url), poolSize: 2, statementTimeoutMs: 1_500, connectTimeoutMs: 5_000, queryTimeoutMs: 2_500 });
      handles.push(waiting);
      let settled: string | undefined;
      const migrating = migrateToLatest(waiting.db).then(
        (outcome) => (settled = `applied ${outcome.applied.length}`),
        (error: unknown) => (settled = `failed: ${String(error)}`),
      );
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      assert.equal(settled, undefined, 'still waiting for the lock, well past both timeouts');
      await holder.query('rollback');
      await migrating;
      assert.match(settled ?? '', /^applied [1-9]/, 'it migrated once the lock was free');
    } finally {
      await holder.end().catch(() => undefined);
      await fresh.drop();
    }
  });
});
