import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { run } from '../src/cli/index.js';
import { createDatabase, migrateToLatest, type DatabaseHandle } from '../src/db/index.js';
import { createServices } from '../src/services.js';
import { cliEnv, databaseUrl, killAllChildren, runCli, scratchDir, type CliResult } from './support/cli.js';
import { createTestDatabase, describeEachEngine, type TestDatabase } from './support/engines.js';

after(killAllChildren);

function assertImported(result: CliResult): void {
  assert.equal(result.code, 0, `expected exit 0, got ${result.code}; stderr: ${result.stderr}`);
  assert.equal(result.stdout, '', 'results go to stderr; stdout stays empty');
  // eslint-disable-next-line no-control-regex -- the escape sequence the progress bar writes
  assert.doesNotMatch(result.stderr, /\r|\x1b\[/, 'no progress bar when stderr is not a terminal');
}

function assertFails(result: CliResult, stderr: RegExp): void {
  assert.equal(result.code, 1, `expected exit 1, got ${result.code}; stderr: ${result.stderr}`);
  assert.match(result.stderr, stderr);
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
}

/** The error CSV's lines after its header. */
function errorLines(path: string): string[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  assert.equal(lines[0], 'row,raw,error');
  assert.equal(lines[lines.length - 1], '', 'ends with a newline');
  return lines.slice(1, -1);
}

describeEachEngine('intentbase signals import', (engine) => {
  let testDb: TestDatabase;
  let database: DatabaseHandle;
  let cwd: ReturnType<typeof scratchDir>;
  let workspaceId: string;
  const cli = (...args: string[]) =>
    runCli(['signals', 'import', ...args], {
      env: cliEnv({ DATABASE_URL: databaseUrl(testDb.config), LOG_LEVEL: 'silent' }),
      cwd: cwd.path,
      timeoutMs: 60_000,
    });
  const file = (name: string, lines: string[], eol = '\n') => {
    const path = join(cwd.path, name);
    writeFileSync(path, lines.join(eol) + eol);
    return path;
  };
  const stored = (source: string) =>
    database.db
      .selectFrom('signals')
      .select(['type', 'domain', 'occurred_at', 'count', 'url', 'topic', 'score', 'external_signal_id'])
      .where('workspace_id', '=', workspaceId)
      .where('source', '=', source)
      .orderBy('ingested_seq')
      .execute();

  before(async () => {
    testDb = await createTestDatabase(engine);
    cwd = scratchDir();
    database = createDatabase(testDb.config);
    await migrateToLatest(database.db);
    const { services } = createServices(database);
    await services.workspaces.createWorkspace('First');
    workspaceId = (await services.workspaces.createWorkspace('Signals')).id;
  });
  after(async () => {
    killAllChildren();
    await database?.close();
    await testDb?.drop();
    cwd?.remove();
  });

  test('website: page types from the URL, lenient dates, per-row errors with line numbers and raw text; a re-import skips everything', async () => {
    const csv = file(
      'website.csv',
      [
        'domain,url,TIMESTAMP,Visitor Note',
        'acme.com,https://vendor.com/pricing?plan=pro,2026-04-30T10:00:00Z,a',
        'https://www.Globex.com/x,https://vendor.com/blog/abm,2026-04-30 08:30,"multi',
        'line, quoted"',
        'not a domain,https://vendor.com/,2026-04-30,c',
        '',
        'initech.com,/request-a-demo,2026-04-29,d',
        'initech.com,https://vendor.com/demographics,04/30/2026,e',
        ',https://vendor.com/,2026-04-30,f',
        'umbrella.io,,2026-04-28T12:00:00+02:00,g',
      ],
      '\r\n',
    );
    const errors = join(cwd.path, 'website-errors.csv');
    const first = await cli('--source', 'website', csv, '--workspace', workspaceId, '--errors', errors);
    assertImported(first);
    assert.match(first.stderr, new RegExp(`^Imported ${csv} \\(website\\) into workspace ${workspaceId} in [\\d.]+ s: 7 rows \\(\\d+ rows/s, `));
    assert.match(first.stderr, /\n {2}signals: 4 created, 0 skipped as duplicates\n {2}rows: 3 failed, 0 without signals\n {2}row errors: .*website-errors\.csv\n$/);
    assert.deepEqual(errorLines(errors), [
      `5,"not a domain,https://vendor.com/,2026-04-30,c",Invalid domain 'not a domain'`,
      `8,"initech.com,https://vendor.com/demographics,04/30/2026,e",occurredAt must be a valid ISO 8601 date string (got '04/30/2026')`,
      `9,",https://vendor.com/,2026-04-30,f",domain should not be empty`,
    ]);
    const rows = await stored('website');
    assert.deepEqual(
      rows.map((r) => [r.type, r.domain, Number(r.occurred_at), Number(r.count), r.url]),
      [
        ['high_intent_page_view', 'acme.com', Date.parse('2026-04-30T10:00:00Z'), 1, 'https://vendor.com/pricing?plan=pro'],
        ['page_view', 'globex.com', Date.parse('2026-04-30T08:30:00Z'), 1, 'https://vendor.com/blog/abm'],
        ['high_intent_page_view', 'initech.com', Date.parse('2026-04-29T00:00:00Z'), 1, '/request-a-demo'],
        ['page_view', 'umbrella.io', Date.parse('2026-04-28T10:00:00Z'), 1, null],
      ],
    );
    for (const row of rows) assert.match(row.external_signal_id!, /^csv:\d{17}:[A-Za-z0-9_-]{24}$/);

    const again = await cli('--source', 'website', csv, '--workspace', workspaceId, '--errors', errors);
    assertImported(again);
    assert.match(again.stderr, /signals: 0 created, 4 skipped as duplicates\n {2}rows: 3 failed/);
    assert.equal(errorLines(errors).length, 3, 'the error file is rewritten, not appended to');
    assert.equal((await stored('website')).length, 4, 're-importing is idempotent');
  });

  test('g2: human activity types map to the g2 types; an unknown type names the allowed ones; errors default to <file>.errors.csv', async () => {
    const csv = file('g2.csv', [
      'Company Domain,Activity Type,Timestamp',
      'acme.com,Comparison View,2026-04-30T10:00:00Z',
      'acme.com,category_view,2026-04-30T10:00:00Z',
      'globex.com,Alternatives,2026-04-30T10:00:00Z',
      'globex.com,Profile-View,2026-04-30T10:00:00Z',
      'globex.com,Pricing Views,2026-04-30T10:00:00Z',
      'globex.com,Brochure Download,2026-04-30T10:00:00Z',
      'acme.com,Comparison View,2026-04-30T10:00:00Z',
      'acme.com,Profile\u0000View,2026-04-30T10:00:00Z',
    ]);
    const result = await cli('--source', 'g2', csv, '--workspace', workspaceId);
    assertImported(result);
    assert.match(result.stderr, /signals: 5 created, 1 skipped as duplicates\n {2}rows: 2 failed, 0 without signals\n/);
    assert.deepEqual(
      (await stored('g2')).map((r) => [r.type, r.domain]),
      [
        ['comparison_view', 'acme.com'],
        ['category_view', 'acme.com'],
        ['alternatives_view', 'globex.com'],
        ['profile_view', 'globex.com'],
        ['pricing_view', 'globex.com'],
      ],
    );
    assert.deepEqual(errorLines(`${csv}.errors.csv`), [
      `7,"globex.com,Brochure Download,2026-04-30T10:00:00Z","Invalid type 'Brochure Download' for source 'g2'. Allowed types: category_view, comparison_view, alternatives_view, profile_view, pricing_view"`,
      `9,"acme.com,Profile\u0000View,2026-04-30T10:00:00Z",the row contains a NUL character`,
    ]);
  });

  test('linkedin: a row becomes up to three signals with count = the number; zeros make none', async () => {
    const csv = file('linkedin.csv', [
      'Company Domain,Date,Impressions,Clicks,Engagements',
      'acme.com,2026-04-27,"1,234",5,0',
      'globex.com,2026-04-27,0,0,0',
      'initech.com,2026-04-27,10,lots,1',
      'umbrella.io,2026-04-27,,,3',
    ]);
    const result = await cli('--source', 'linkedin', csv, '--workspace', workspaceId);
    assertImported(result);
    assert.match(result.stderr, /signals: 3 created, 0 skipped as duplicates\n {2}rows: 1 failed, 1 without signals\n/);
    const rows = await stored('linkedin');
    assert.deepEqual(rows.map((r) => [r.type, r.domain, Number(r.count)]), [
      ['impression', 'acme.com', 1234],
      ['click', 'acme.com', 5],
      ['engagement', 'umbrella.io', 3],
    ]);
    const [impression, click] = rows.map((r) => r.external_signal_id!);
    assert.equal(impression.replace(/:impression$/, ''), click.replace(/:click$/, ''), 'one row, one id, suffixed per type');
    assert.deepEqual(errorLines(`${csv}.errors.csv`), [`4,"initech.com,2026-04-27,10,lots,1",clicks must be an integer number (got 'lots')`]);
  });

  test('bombora: surges with topic and score; a missing or out-of-range score fails the row', async () => {
    const csv = file('bombora.csv', [
      'Domain,Topic Name,Composite Score,Date,Company Name',
      'acme.com,CRM Software,72,2026-04-27,Acme',
      'acme.com,Intent Data,65.6,2026-04-27,Acme',
      'globex.com,CRM Software,,2026-04-27,Globex',
      'globex.com,,80,2026-04-27,Globex',
      'initech.com,CRM Software,101,2026-04-27,Initech',
    ]);
    const result = await cli('--source', 'bombora', csv, '--workspace', workspaceId);
    assertImported(result);
    assert.deepEqual(
      (await stored('bombora')).map((r) => [r.type, r.domain, r.topic, Number(r.score), Number(r.occurred_at)]),
      [
        ['surge', 'acme.com', 'CRM Software', 72, Date.parse('2026-04-27T00:00:00Z')],
        ['surge', 'acme.com', 'Intent Data', 66, Date.parse('2026-04-27T00:00:00Z')],
      ],
    );
    assert.deepEqual(errorLines(`${csv}.errors.csv`), [
      `4,"globex.com,CRM Software,,2026-04-27,Globex",score is required for source 'bombora'`,
      `5,"globex.com,,80,2026-04-27,Globex",topic is required for source 'bombora'`,
      `6,"initech.com,CRM Software,101,2026-04-27,Initech",score must not be greater than 100 (got '101')`,
    ]);
  });

  test('--map reads fields from other columns (case-insensitive), including an explicit externalSignalId', async () => {
    const csv = file('mapped.csv', ['Company Website;Page;Visited At;Event', 'hooli.com;/contact-us;2026-04-30T09:00:00Z;ev-1', 'hooli.com;/;2026-04-30T09:05:00Z;ev-2']);
    const result = await cli(
      '--source', 'website', csv, '--workspace', workspaceId, '--delimiter', ';',
      '--map', 'company website=domain', '--map', 'Page=url', '--map', 'Visited At=occurredAt', '--map', 'event=externalSignalId',
    );
    assertImported(result);
    assert.match(result.stderr, /signals: 2 created/);
    const rows = (await stored('website')).filter((r) => r.domain === 'hooli.com');
    assert.deepEqual(rows.map((r) => [r.type, r.url, r.external_signal_id]), [
      ['high_intent_page_view', '/contact-us', 'ev-1'],
      ['page_view', '/', 'ev-2'],
    ]);
    assert.equal(existsSync(`${csv}.errors.csv`), false, 'no error file without errors');
  });

  test('fatal problems exit 1 with one line: bad --map, a missing column, a missing file, an unknown workspace', async () => {
    const csv = file('plain.csv', ['Domain,URL,Timestamp', 'acme.com,/,2026-04-30']);
    assertFails(await cli('--source', 'website', csv, '--map', 'Domain=company'), /--map: unknown field 'company'; fields are: domain, occurredAt, type/);
    assertFails(await cli('--source', 'bombora', csv), /column 'Date' \(occurredAt\) is not in the header \(found 'Domain', 'URL', 'Timestamp'\); name another with --map "<column>=occurredAt"/);
    assertFails(await cli('--source', 'website', join(cwd.path, 'nope.csv')), /cannot read .*nope\.csv: no such file/);
    assertFails(await cli('--source', 'website', csv, '--workspace', 'ffffffffffffffffffffffff'), /Workspace 'ffffffffffffffffffffffff' not found/);
    assertFails(await cli('--source', 'twitter', csv), /argument 'twitter' is invalid\. Allowed choices are website, g2, bombora, linkedin/);
  });

  test('a broken CSV stops with exit 1 after writing the rows before it', async () => {
    const csv = file('broken.csv', ['Domain,URL,Timestamp', 'before-break.com,/,2026-04-30', '"unclosed.com,/,2026-04-30', 'after.com,/,2026-04-30']);
    const result = await cli('--source', 'website', csv, '--workspace', workspaceId);
    assertFails(result, /Stopped importing .* 1 rows .*\n[\s\S]*intentbase: .*broken\.csv: Quote Not Closed/);
    const domains = (await stored('website')).map((r) => r.domain);
    assert.ok(domains.includes('before-break.com'));
    assert.ok(!domains.includes('after.com'));
  });

  test('on a terminal, progress is one redrawn line on stderr', async () => {
    const lines = ['Domain,URL,Timestamp', ...Array.from({ length: 2500 }, (_, i) => `tty-${i}.com,/,2026-04-30`)];
    const csv = file('tty.csv', lines);
    let stderr = '';
    const code = await run(['node', 'intentbase', 'signals', 'import', '--source', 'website', csv, '--workspace', workspaceId], {
      env: { DATABASE_URL: databaseUrl(testDb.config), LOG_LEVEL: 'silent' },
      stdout: () => {},
      stderr: (text) => (stderr += text),
      stderrIsTTY: true,
    });
    assert.equal(code, 0, stderr);
    assert.match(stderr, /\r(\[#*-*\])? *\d+% +[\d.]+ kB \/ [\d.]+ kB +\d+ rows +\d+ rows\/s +0 failed +ETA /);
    // eslint-disable-next-line no-control-regex -- the escape sequence the progress bar writes
    assert.match(stderr, /\r\x1b\[KImported .* 2500 rows/, 'the bar is cleared before the summary');
  });
});
