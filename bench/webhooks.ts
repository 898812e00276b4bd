// What webhooks cost ingest, and how fast they are delivered (issue 15 §1): POST /api/v1/accounts
// (100 per request, 8 connections) against a server with no webhook endpoint, and against one
// whose endpoint subscribes to `account.created` and receives every event meanwhile (a local
// receiver answering 200 at once), on SQLite and PostgreSQL. Runs alternate (none, subscribed,
// none, …) on fresh databases so drift on a shared machine hits both alike; the ratio of the
// medians is the ingest figure (target ≥ 0.90). Delivery: events per minute from the first push
// to the last event received, which includes the time the ingest itself takes (target ≥ 10,000/min).
//
//   node --import tsx bench/webhooks.ts [--accounts 30000] [--runs 3] [--engines sqlite,postgres]
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBenchDatabase, DEFAULT_POSTGRES_URL, type Engine } from './lib/databases.js';
import { BATCH, ingestNewAccounts } from './lib/load.js';
import { BENCH_API_KEY, startServer } from './lib/server.js';
import { median, round } from './lib/stats.js';

const CONNECTIONS = 8;


/** A receiver that answers 200 at once and counts the events it got, de-duplicated by id. */
class Receiver {
  readonly ids = new Set<string>();
  lastAt = 0;
  private waiting: { count: number; resolve: () => void } | undefined;
  private readonly server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      for (const event of (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { events: Array<{ id: string }> }).events) this.ids.add(event.id);
      this.lastAt = performance.now();
      response.writeHead(200).end();
      if (this.waiting && this.ids.size >= this.waiting.count) this.waiting.resolve();
    });
  });

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  received(count: number): Promise<void> {
    return this.ids.size >= count ? Promise.resolve() : new Promise((resolve) => (this.waiting = { count, resolve }));
  }

  close(): void {
    this.server.closeAllConnections();
    this.server.close();
  }
}

interface Measured {
  accountsPerSecond: number;
  /** With an endpoint: events delivered per minute, first push to last event received. */
  eventsPerMinute?: number;
}

async function measure(engine: Engine, subscribed: boolean, count: number): Promise<Measured> {
  const database = await createBenchDatabase(engine, process.env.DATABASE_URL ?? DEFAULT_POSTGRES_URL);
  const logDir = mkdtempSync(join(tmpdir(), 'intentbase-webhooks-bench-'));
  const server = await startServer(database.url, { logFile: join(logDir, 'server.log'), logLevel: 'warn', env: { WEBHOOK_ALLOW_LOOPBACK: '1' } });
  const receiver = new Receiver();
  try {
    if (subscribed) {
      const created = await fetch(`${server.url}/api/v1/webhooks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': BENCH_API_KEY },
        body: JSON.stringify({ url: await receiver.listen(), events: ['account.created'] }),
      });
      if (created.status !== 200) throw new Error(`the endpoint was not created: ${created.status} ${await created.text()}`);
    }
    const started = performance.now();
    const accountsPerSecond = await ingestNewAccounts(server.url, count, { connections: CONNECTIONS });
    if (!subscribed) return { accountsPerSecond };
    await receiver.received(count);
    return { accountsPerSecond, eventsPerMinute: count / ((receiver.lastAt - started) / 60_000) };
  } finally {
    receiver.close();
    await server.stop();
    await database.drop();
    rmSync(logDir, { recursive: true, force: true });
  }
}

export async function runWebhooksBench(count: number, runs: number, engines: Engine[]): Promise<string> {
  const rows: string[] = [];
  for (const engine of engines) {
    const none: number[] = [];
    const withEndpoint: Measured[] = [];
    for (let run = 0; run < runs; run += 1) {
      none.push((await measure(engine, false, count)).accountsPerSecond);
      withEndpoint.push(await measure(engine, true, count));
    }
    const subscribedRates = withEndpoint.map((m) => m.accountsPerSecond);
    const delivered = withEndpoint.map((m) => m.eventsPerMinute!);
    rows.push(`| ${engine} | no endpoint | ${round(median(none))} | 100% | — | ${none.map((v) => round(v)).join(' / ')} |`);
    rows.push(
      `| ${engine} | endpoint subscribed, receiving | ${round(median(subscribedRates))} | ${round((100 * median(subscribedRates)) / median(none))}% | ${round(median(delivered))} | ${subscribedRates.map((v) => round(v)).join(' / ')} |`,
    );
  }
  return [
    `account ingest with webhooks, ${count.toLocaleString('en')} accounts (one account.created event each), ${BATCH}/request, ${CONNECTIONS} connections, ${runs} alternating runs`,
    '| engine | server | accounts/s (median) | of no endpoint | events delivered/min (median) | runs (accounts/s) |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const { values } = parseArgs({
    options: { accounts: { type: 'string', default: '30000' }, runs: { type: 'string', default: '3' }, engines: { type: 'string', default: 'sqlite,postgres' } },
  });
  console.log(await runWebhooksBench(Number(values.accounts), Number(values.runs), values.engines.split(',') as Engine[]));
}
