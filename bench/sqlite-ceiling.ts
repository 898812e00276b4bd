// The raw SQLite upsert ceiling by transaction size: what better-sqlite3 alone reaches on this
// machine with the project's schema and pragmas, no HTTP and no threads — the bound any server
// design on SQLite (synchronous=FULL) meets. Group commit makes a server's transactions larger
// than one request, so the ceiling at several requests' worth of rows is the one to compare with.
//
//   node --import tsx bench/sqlite-ceiling.ts [--accounts 300000] [--batches 100,800,1600]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase, migrateToLatest } from '../src/db/index.js';
import { rawSqliteIngest } from './lib/raw.js';

const { values } = parseArgs({ options: { accounts: { type: 'string', default: '300000' }, batches: { type: 'string', default: '100,800,1600' } } });
const accounts = Number(values.accounts);
const WORKSPACE = 'ws0000000000000000000000';

console.log(`raw SQLite upsert of ${accounts.toLocaleString('en-US')} new accounts, one prepared single-row statement, the project's pragmas`);
console.log('| rows per transaction | accounts/s |\n|---|---|');
for (const batch of values.batches.split(',').map(Number)) {
  const dir = mkdtempSync(join(tmpdir(), 'intentbase-ceiling-'));
  try {
    const path = join(dir, 'db.sqlite');
    const database = createDatabase({ engine: 'sqlite', path });
    await migrateToLatest(database.db);
    await database.db
      .insertInto('workspaces')
      .values({ id: WORKSPACE, name: 'ceiling', api_access_enabled: 1, change_seq: 0, change_clock: 0, created_at: 0 })
      .execute();
    await database.close();
    const result = rawSqliteIngest(path, { workspaceId: WORKSPACE, start: 0, count: accounts, seed: 1, revision: 0, firstSeq: 1, batch });
    console.log(`| ${batch} | ${Math.round(result.rate).toLocaleString('en-US')} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
