// packages/client/examples/sync-to-file.mjs, run as its README says, against a real server: the first
// run copies every account, the next one only the changes and the deletions. It imports the built
// package (dist/), as a user's script does: `npm test` builds first.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import { createClient } from '@intentbase/client';
import { describeEachEngine } from '../support/engines.js';
import { useTestApp } from '../support/test-app.js';
import { listen } from './support.js';

const EXAMPLE = fileURLToPath(new URL('../../packages/client/examples/sync-to-file.mjs', import.meta.url));
const run = promisify(execFile);

describeEachEngine('the sync-to-file example of @intentbase/client', (engine) => {
  const ctx = useTestApp(engine);
  let url: string;
  const dir = mkdtempSync(join(tmpdir(), 'intentbase-client-example-'));

  before(async () => {
    url = await listen(ctx().app);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the first run copies the accounts into the file, the next one applies the changes and deletions', async () => {
    const tenant = await ctx().newTenant();
    const client = createClient({ baseUrl: url, apiKey: tenant.apiKey });
    const file = join(dir, `${engine}.json`);
    const example = () => run(process.execPath, [EXAMPLE, file], { env: { ...process.env, INTENTBASE_URL: url, INTENTBASE_API_KEY: tenant.apiKey } });
    const domainsInFile = () => Object.values(JSON.parse(readFileSync(file, 'utf8')).records).map((account: any) => account.domain).sort();

    await client.accounts.push(['a.example.com', 'b.example.com', 'c.example.com'].map((domain) => ({ domain, name: domain })));
    assert.equal((await example()).stdout, `full pass: 3 received, 0 removed, 3 accounts in ${file}\n`);
    assert.deepEqual(domainsInFile(), ['a.example.com', 'b.example.com', 'c.example.com']);

    await client.post('/api/v1/accounts/delete', { body: { domains: ['b.example.com'] } });
    await client.accounts.push([{ domain: 'd.example.com', name: 'D' }]);
    assert.equal((await example()).stdout, `delta pass: 1 received, 1 removed, 3 accounts in ${file}\n`);
    assert.deepEqual(domainsInFile(), ['a.example.com', 'c.example.com', 'd.example.com']);
  });
});
