// What webhooks cost ingest, and how fast they are delivered (issue 15 §1), on SQLite and PostgreSQL.
// Two workloads, each run alternating (without, with an endpoint, without, …) on fresh databases so
// drift on a shared machine hits both alike; the ratio of the medians is the ingest figure:
//
// - every account an event (default): POST /api/v1/accounts (100 per request, 8 connections)
//   against a server with no webhook endpoint, and against one whose endpoint subscribes to
//   `account.created` and receives every event meanwhile (a local receiver answering 200 at once).
//   Delivery: events per minute from the first push to the last event received.
// - the figure (`--stream 10000`): the same account ingest, while deals are pushed beside
//   it at a steady rate, each new deal one `deal.stage_changed` event (so many events per minute),
//   in both variants; only the second has an endpoint subscribed to them. The difference is what
//   delivering that stream costs ingest (target ≥ 0.90); every event of the stream must arrive.
//
//   node --import tsx bench/webhooks.ts [--accounts 30000] [--runs 3] [--engines sqlite,postgres] [--stream 10000]
//
// The endpoint is created, and the deal stream pushed, with the TypeScript client (packages/client),
// as an integration would — each push with the Idempotency-Key the client sends on every POST, in
// both variants alike — its retries off, so an answer it would have retried fails the run instead of
// hiding in its timing.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient, type IntentbaseClient } from '../packages/client/src/index.js';
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

/** Pushes 100 new deals (one `deal.stage_changed` event each) at `perMinute` until stopped; answers how many it pushed. */
function dealStream(client: IntentbaseClient, perMinute: number): { stop: () => Promise<number> } {
  const state = { stopped: false };
  let pushed = 0;
  const intervalMs = (60_000 * BATCH) / perMinute;
  const running = (async () => {
    for (let next = performance.now(); !state.stopped; next += intervalMs) {
      const deals = Array.from({ length: BATCH }, (_, k) => ({ externalDealId: `stream-${pushed + k}`, name: 'Stream', stageId: 'appointment', stageLabel: 'Appointment' }));
      // One request (the client's batch for deals is 100, as BATCH); a failed answer throws.
      const answer = await client.deals.push(deals);
      if (answer.summary.failed !== 0) throw new Error(`a stream push failed ${answer.summary.failed} deals`);
      pushed += BATCH;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next + intervalMs - performance.now())));
    }
  })();
  return {
    stop: async () => {
      state.stopped = true;
      await running;
      return pushed;
    },
  };
}

async function measure(engine: Engine, subscribed: boolean, count: number, streamPerMinute?: number): Promise<Measured> {
  const database = await createBenchDatabase(engine, process.env.DATABASE_URL ?? DEFAULT_POSTGRES_URL);
  const logDir = mkdtempSync(join(tmpdir(), 'intentbase-webhooks-bench-'));
  const server = await startServer(database.url, { logFile: join(logDir, 'server.log'), logLevel: 'warn', env: { WEBHOOK_ALLOW_LOOPBACK: '1' } });
  const receiver = new Receiver();
  const client = createClient({ baseUrl: server.url, apiKey: BENCH_API_KEY, retry: { maxRetries: 0 } });
  try {
    if (subscribed) {
      // Throws (an IntentbaseError with the server's message) unless the endpoint was created.
      await client.post('/api/v1/webhooks', { body: { url: await receiver.listen(), events: [streamPerMinute === undefined ? 'account.created' : 'deal.stage_changed'] } });
    }
    const stream = streamPerMinute === undefined ? undefined : dealStream(client, streamPerMinute);
    const started = performance.now();
    const accountsPerSecond = await ingestNewAccounts(server.url, count, { connections: CONNECTIONS });
    const streamed = await stream?.stop();
    if (!subscribed) return { accountsPerSecond };
    const events = streamed ?? count;
    await receiver.received(events);
    return { accountsPerSecond, eventsPerMinute: events / ((receiver.lastAt - started) / 60_000) };
  } finally {
    receiver.close();
    await server.stop();
    await database.drop();
    rmSync(logDir, { recursive: true, force: true });
  }
}

export async function runWebhooksBench(count: number, runs: number, engines: Engine[], streamPerMinute?: number): Promise<string> {
  const rows: string[] = [];
  for (const engine of engines) {
    const none: number[] = [];
    const withEndpoint: Measured[] = [];
    for (let run = 0; run < runs; run += 1) {
      none.push((await measure(engine, false, count, streamPerMinute)).accountsPerSecond);
      withEndpoint.push(await measure(engine, true, count, streamPerMinute));
    }
    const subscribedRates = withEndpoint.map((m) => m.accountsPerSecond);
    const delivered = withEndpoint.map((m) => m.eventsPerMinute!);
    rows.push(`| ${engine} | no endpoint | ${round(median(none))} | 100% | — | ${none.map((v) => round(v)).join(' / ')} |`);
    rows.push(
      `| ${engine} | endpoint subscribed, receiving | ${round(median(subscribedRates))} | ${round((100 * median(subscribedRates)) / median(none))}% | ${round(median(delivered))} | ${subscribedRates.map((v) => round(v)).join(' / ')} |`,
    );
  }
  return [
    streamPerMinute === undefined
      ? `account ingest with webhooks, ${count.toLocaleString('en')} accounts (one account.created event each), ${BATCH}/request, ${CONNECTIONS} connections, ${runs} alternating runs`
      : `account ingest beside ${streamPerMinute.toLocaleString('en')} deal.stage_changed events a minute (deals pushed in both; an endpoint receiving them in the second), ${count.toLocaleString('en')} accounts, ${BATCH}/request, ${CONNECTIONS} connections, ${runs} alternating runs`,
    '| engine | server | accounts/s (median) | of no endpoint | events delivered/min (median) | runs (accounts/s) |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const { values } = parseArgs({
    options: {
      accounts: { type: 'string', default: '30000' },
      runs: { type: 'string', default: '3' },
      engines: { type: 'string', default: 'sqlite,postgres' },
      stream: { type: 'string' },
    },
  });
  const stream = values.stream === undefined ? undefined : Number(values.stream);
  console.log(await runWebhooksBench(Number(values.accounts), Number(values.runs), values.engines.split(',') as Engine[], stream));
}
