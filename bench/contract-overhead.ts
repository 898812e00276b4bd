// What the integrator contract of issue 13 costs ingest: POST /api/v1/accounts (100 per request,
// 8 connections) against a server with the rate limit checked on every request (set so high that
// it never refuses), and with that and a fresh Idempotency-Key on every request, beside the same
// server with neither, on SQLite and PostgreSQL. Runs alternate (off, on, on + keys, off, …) on
// fresh databases so drift on a shared machine hits all alike; the ratio of the medians is the
// figure (targets: rate limit ≥ 0.95, rate limit and keys ≥ 0.90).
//
//   node --import tsx bench/contract-overhead.ts [--accounts 50000] [--runs 3] [--engines sqlite,postgres]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBenchDatabase, DEFAULT_POSTGRES_URL, type Engine } from './lib/databases.js';
import { BATCH, ingestNewAccounts } from './lib/load.js';
import { startServer } from './lib/server.js';
import { median, round } from './lib/stats.js';

const CONNECTIONS = 8;

interface Variant {
  name: string;
  env: Record<string, string>;
  idempotencyKeys: boolean;
}

const VARIANTS: Variant[] = [
  { name: 'no rate limit', env: { RATE_LIMIT_PER_MINUTE: '0' }, idempotencyKeys: false },
  { name: 'rate limit checked', env: { RATE_LIMIT_PER_MINUTE: '100000000' }, idempotencyKeys: false },
  { name: 'rate limit + Idempotency-Key', env: { RATE_LIMIT_PER_MINUTE: '100000000' }, idempotencyKeys: true },
];

async function measure(engine: Engine, variant: Variant, count: number): Promise<number> {
  const database = await createBenchDatabase(engine, process.env.DATABASE_URL ?? DEFAULT_POSTGRES_URL);
  const logDir = mkdtempSync(join(tmpdir(), 'intentbase-contract-bench-'));
  const server = await startServer(database.url, { logFile: join(logDir, 'server.log'), logLevel: 'warn', env: variant.env });
  try {
    return await ingestNewAccounts(server.url, count, { connections: CONNECTIONS, idempotencyKeys: variant.idempotencyKeys });
  } finally {
    await server.stop();
    await database.drop();
    rmSync(logDir, { recursive: true, force: true });
  }
}

export async function runContractOverhead(count: number, runs: number, engines: Engine[]): Promise<string> {
  const rows: string[] = [];
  for (const engine of engines) {
    const results = new Map<string, number[]>(VARIANTS.map((variant) => [variant.name, []]));
    for (let run = 0; run < runs; run += 1) {
      for (const variant of VARIANTS) results.get(variant.name)!.push(await measure(engine, variant, count));
    }
    const baseline = median(results.get(VARIANTS[0].name)!);
    for (const variant of VARIANTS) {
      const values = results.get(variant.name)!;
      rows.push(`| ${engine} | ${variant.name} | ${round(median(values))} | ${round((100 * median(values)) / baseline)}% | ${values.map((v) => round(v)).join(' / ')} |`);
    }
  }
  return [
    `account ingest, ${count.toLocaleString('en')} accounts, ${BATCH}/request, ${CONNECTIONS} connections, ${runs} alternating runs`,
    '| engine | server | accounts/s (median) | of no limit | runs |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const { values } = parseArgs({
    options: { accounts: { type: 'string', default: '50000' }, runs: { type: 'string', default: '3' }, engines: { type: 'string', default: 'sqlite,postgres' } },
  });
  console.log(await runContractOverhead(Number(values.accounts), Number(values.runs), values.engines.split(',') as Engine[]));
}
