import autocannon from 'autocannon';
import { encodeCursor } from '../../src/http/cursor.js';
import { syntheticAccount } from '../../src/seed/synthetic-accounts.js';
import { BENCH_API_KEY } from './server.js';

export const BATCH = 100;

export interface IngestResult {
  accounts: number;
  seconds: number;
  /** Acknowledged accounts per second over the whole run. */
  rate: number;
  /** Accounts per second over the last fifth of the run: "sustained" once the tables are large. */
  tailRate: number;
  created: number;
  updated: number;
  failed: number;
  non2xx: number;
  errors: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
}

const SUMMARY = /"summary":\{"total":(\d+),"created":(\d+),"updated":(\d+),"failed":(\d+)\}/;

/**
 * POST /api/v1/accounts, 100 synthetic accounts per request with upsert, over `connections`
 * keep-alive connections, until accounts [start, start + count) have all been sent once.
 */
export async function ingestOverHttp(
  url: string,
  apiKey: string,
  options: { start: number; count: number; seed: number; revision?: number; connections: number; onTick?: () => void },
): Promise<IngestResult> {
  const requests = Math.ceil(options.count / BATCH);
  let next = 0;
  const totals = { created: 0, updated: 0, failed: 0 };
  const doneAt: number[] = [];
  let lastTick = Date.now();
  const instance = autocannon({
    url,
    connections: options.connections,
    amount: requests,
    timeout: 120,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/accounts',
        headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
        setupRequest: (request) => {
          const first = options.start + next * BATCH;
          next += 1;
          const accounts = [];
          for (let i = first; i < Math.min(first + BATCH, options.start + options.count); i += 1) {
            accounts.push(syntheticAccount(i, { seed: options.seed, revision: options.revision ?? 0 }));
          }
          return { ...request, body: JSON.stringify({ accounts, upsert: true }) };
        },
        onResponse: (status, body) => {
          if (status !== 200) return;
          const match = SUMMARY.exec(body);
          if (match) {
            totals.created += Number(match[2]);
            totals.updated += Number(match[3]);
            totals.failed += Number(match[4]);
          }
          doneAt.push(performance.now());
          if (options.onTick && Date.now() - lastTick > 1000) {
            lastTick = Date.now();
            options.onTick();
          }
        },
      },
    ],
  });
  const startedAt = performance.now();
  const result = await instance;
  // autocannon only notices the end of an `amount` run on its next one-second tick, so its own
  // duration is rounded up to whole seconds: time the run from the responses instead.
  const seconds = ((doneAt[doneAt.length - 1] ?? performance.now()) - startedAt) / 1000;
  const accounts = totals.created + totals.updated;
  // The last fifth of the acknowledged requests, timed from the response that opened it.
  const from = Math.floor(doneAt.length * 0.8);
  const tailMs = doneAt.length > 5 ? doneAt[doneAt.length - 1] - doneAt[from - 1] : performance.now() - startedAt;
  const tailAccounts = (doneAt.length - from) * BATCH;
  return {
    accounts,
    seconds,
    rate: accounts / seconds,
    tailRate: tailAccounts / (tailMs / 1000),
    ...totals,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
  };
}

export interface PullResult {
  accounts: number;
  pages: number;
  seconds: number;
  rate: number;
  non2xx: number;
}

const NEXT_CURSOR = /"nextCursor":(?:null|"([A-Za-z0-9_-]+)")/;

/**
 * GET /api/v1/accounts?limit=100 following nextCursor, one client per slice of the list (each on
 * its own connection, starting at a cursor just before its slice), until every slice is read.
 */
export async function pullOverHttp(
  url: string,
  apiKey: string,
  slices: ReadonlyArray<{ afterSeq: number; accounts: number }>,
  limit = 100,
): Promise<PullResult> {
  let accounts = 0;
  let pages = 0;
  let non2xx = 0;
  let lastResponseAt = 0;
  const started = performance.now();
  await Promise.all(
    slices.map(async (slice) => {
      let cursor: string | null = slice.afterSeq > 0 ? encodeCursor('accounts', [slice.afterSeq]) : null;
      const result = await autocannon({
        url,
        connections: 1,
        amount: Math.ceil(slice.accounts / limit),
        timeout: 60,
        requests: [
          {
            method: 'GET',
            headers: { 'x-api-key': apiKey },
            setupRequest: (request) => ({ ...request, path: `/api/v1/accounts?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}` }),
            onResponse: (status, body) => {
              if (status !== 200) {
                non2xx += 1;
                return;
              }
              const tail = body.slice(Math.max(0, body.length - 400));
              const match = NEXT_CURSOR.exec(tail);
              cursor = match?.[1] ?? null;
              pages += 1;
              lastResponseAt = performance.now();
              // Full pages hold `limit` accounts; only the list's last page is counted one by one.
              accounts += cursor ? limit : body.split('"rtp_aid"').length - 1;
            },
          },
        ],
      });
      non2xx += result.non2xx;
    }),
  );
  // Timed to the last response, not to autocannon's end-of-run tick (see ingestOverHttp).
  const seconds = (lastResponseAt - started) / 1000;
  return { accounts, pages, seconds, rate: accounts / seconds, non2xx };
}

/** Response times (ms) of `count` sequential requests for one path on one connection. */
export async function latencies(url: string, apiKey: string, path: string, count: number): Promise<number[]> {
  const times: number[] = [];
  const instance = autocannon({ url, connections: 1, amount: count, headers: { 'x-api-key': apiKey }, requests: [{ method: 'GET', path }] });
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    if (status === 200) times.push(responseTime);
  });
  await instance;
  return times;
}

const newAccount = (i: number) => ({ domain: `company-${i}.example.com`, name: `Company ${i}`, tags: ['bench'], externalId: `crm-${i}` });

/**
 * Pushes `count` new accounts over HTTP with autocannon (BATCH per request, `connections` at once,
 * optionally each with an Idempotency-Key) and answers the accounts acknowledged per second; every
 * answer must be a 200 that created its whole batch. (bench/contract-overhead.ts, bench/webhooks.ts)
 */
export async function ingestNewAccounts(url: string, count: number, options: { connections: number; idempotencyKeys?: boolean }): Promise<number> {
  const idempotencyKeys = options.idempotencyKeys ?? false;
  let next = 0;
  let created = 0;
  let lastAt = 0;
  const started = performance.now();
  await autocannon({
    url,
    connections: options.connections,
    amount: Math.ceil(count / BATCH),
    timeout: 120,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/accounts',
        headers: { 'content-type': 'application/json', 'x-api-key': BENCH_API_KEY },
        setupRequest: (request) => {
          const first = next * BATCH;
          next += 1;
          const headers = idempotencyKeys ? { ...request.headers, 'idempotency-key': `bench-batch-${first}` } : request.headers;
          return { ...request, headers, body: JSON.stringify({ accounts: Array.from({ length: Math.min(BATCH, count - first) }, (_, k) => newAccount(first + k)) }) };
        },
        onResponse: (status, body) => {
          if (status !== 200) return;
          created += (JSON.parse(body) as { data: { summary: { created: number } } }).data.summary.created;
          lastAt = performance.now();
        },
      },
    ],
  });
  if (created !== count) throw new Error(`${created} of ${count} accounts acknowledged`);
  return created / ((lastAt - started) / 1000);
}
