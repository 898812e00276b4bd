// Keeps a JSON file in step with the accounts of an Intentbase workspace. The first run copies every
// account; each later run (from cron, say) pulls only what changed since the last complete run and
// removes what was deleted. A run that fails leaves the file as it was: the next one simply starts
// where the last complete one ended.
//
//   INTENTBASE_URL=http://localhost:3000 INTENTBASE_API_KEY=ib_… node sync-to-file.mjs accounts.json
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createClient } from '@intentbase/client';

const file = process.argv[2] ?? 'accounts.json';
const apiKey = process.env.INTENTBASE_API_KEY;
if (!apiKey) {
  console.error('Set INTENTBASE_API_KEY (and INTENTBASE_URL, default http://localhost:3000)');
  process.exit(2);
}
const client = createClient({ baseUrl: process.env.INTENTBASE_URL ?? 'http://localhost:3000', apiKey });

async function load() {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return undefined; // no file yet: a full pass
    throw error;
  }
}

async function save(replica) {
  // Written beside the file and renamed over it, so a crash mid-write never leaves half a replica.
  await writeFile(`${file}.tmp`, JSON.stringify(replica, null, 2));
  await rename(`${file}.tmp`, file);
}

const { replica, upserted, removed, full } = await client.accounts.sync({ load, save });
const total = Object.keys(replica.records).length;
console.log(`${full ? 'full' : 'delta'} pass: ${upserted} received, ${removed} removed, ${total} accounts in ${file}`);
