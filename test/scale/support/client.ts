import assert from 'node:assert/strict';

/** One HTTP exchange as a client saw it. */
export interface Exchange {
  server: number;
  method: string;
  path: string;
  /** 0 when the request failed below HTTP (connection refused or reset); see `failure`. */
  status: number;
  body: any;
  requestId: string | null;
  ms: number;
  /** When the answer (or the failure) arrived, epoch ms. */
  at: number;
  failure?: 'network' | 'timeout';
}

/** Longest any request may take: longer is a hang, which the fault tests count as a failure. */
export const REQUEST_TIMEOUT_MS = 15_000;

/**
 * Sends requests to a set of servers as a load balancer would: each request to the next server
 * in turn. Servers can be swapped (a replacement after a kill) or taken out of the rotation.
 */
export class Cluster {
  private turn = 0;
  private readonly down = new Set<number>();

  constructor(
    private urls: string[],
    private readonly apiKey: string,
  ) {}

  get size(): number {
    return this.urls.length;
  }

  url(server: number): string {
    return this.urls[server];
  }

  replace(server: number, url: string): void {
    this.urls[server] = url;
    this.down.delete(server);
  }

  /** Takes a server out of the rotation (what a load balancer does after failed health checks). */
  markDown(server: number): void {
    this.down.add(server);
  }

  /** The next server in the rotation. */
  next(): number {
    for (const _server of this.urls) {
      const server = this.turn++ % this.urls.length;
      if (!this.down.has(server)) return server;
    }
    throw new Error('every server is out of the rotation');
  }

  async request(method: string, path: string, body?: unknown, server = this.next()): Promise<Exchange> {
    const started = performance.now();
    const headers: Record<string, string> = { 'x-api-key': this.apiKey };
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      const response = await fetch(`${this.urls[server]}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // kept as text: the envelope assertions report it
      }
      return { server, method, path, status: response.status, body: parsed, requestId: response.headers.get('x-request-id'), ms: performance.now() - started, at: Date.now() };
    } catch (error) {
      const name = (error as Error).name;
      const failure = name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network';
      return { server, method, path, status: 0, body: undefined, requestId: null, ms: performance.now() - started, at: Date.now(), failure };
    }
  }

  /** A request that must succeed: asserts a 200 envelope and returns its `data`. */
  async ok(method: string, path: string, body?: unknown, server?: number): Promise<any> {
    const exchange = await this.request(method, path, body, server);
    assert.equal(exchange.status, 200, `${method} ${path} on server ${exchange.server}: ${JSON.stringify(exchange.body)?.slice(0, 500)} ${exchange.failure ?? ''}`);
    return exchange.body.data;
  }
}

/** The request path without its query string: what the envelope's `path` must be (SPEC §2.3). */
export function pathOf(path: string): string {
  return path.split('?')[0];
}

/** The 503 of SPEC §2.3 for a database outage: the full envelope, a request id, nothing internal. */
export function assertUnavailableEnvelope(exchange: Exchange): void {
  const context = `${exchange.method} ${exchange.path} on server ${exchange.server}: ${JSON.stringify(exchange.body)}`;
  assert.equal(exchange.status, 503, context);
  const body = exchange.body;
  assert.equal(typeof body, 'object', context);
  assert.deepEqual(Object.keys(body).sort(), ['customMessage', 'data', 'message', 'path', 'statusCode', 'timestamp'], context);
  assert.equal(body.statusCode, 503, context);
  assert.equal(body.message, 'Service Unavailable', context);
  assert.equal(body.customMessage, 'The database is unavailable; retry shortly', context);
  assert.equal(body.data, null, context);
  assert.equal(body.path, pathOf(exchange.path), context);
  assert.match(body.timestamp, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, context);
  assert.ok(exchange.requestId, `no X-Request-Id: ${context}`);
}

/** Every record of a list endpoint, paged with cursors (no lastSync), spreading pages over the servers. */
export async function fullList(cluster: Cluster, path: string, key: (record: any) => string): Promise<Map<string, any>> {
  const records = new Map<string, any>();
  let cursor: string | null = null;
  for (let page = 0; page < 10_000; page += 1) {
    const data = await cluster.ok('GET', `${path}?limit=1000${cursor ? `&cursor=${cursor}` : ''}`);
    for (const record of data.data) records.set(key(record), record);
    cursor = data.nextCursor;
    if (!data.hasNextPage) return records;
  }
  throw new Error(`${path}: more than 10,000 pages`);
}

/**
 * A client that keeps a copy of a list by delta sync (SPEC §2.7): pages with `limit`/`cursor`,
 * stores `syncTimestamp` of its last completed pass (of its first or its last page) and passes it
 * as `lastSync` on the next. Each
 * page goes to the next server in the rotation, so a pass is stitched from all of them.
 */
export class SyncingClient {
  readonly copy = new Map<string, any>();
  private lastSync: string | undefined;
  private cursor: string | undefined;
  /** The first page's syncTimestamp in the pass under way. */
  private passStartedAt: string | undefined;
  passes = 0;
  pages = 0;

  constructor(
    private readonly cluster: Cluster,
    private readonly path: string,
    private readonly key: (record: any) => string,
    private readonly limit: number,
    /** Which page's syncTimestamp the pass keeps: any page of a complete pass must do (docs/api.md). */
    private readonly keep: 'first page' | 'last page' = 'last page',
  ) {}

  async fetchPage(): Promise<void> {
    const params = new URLSearchParams({ limit: String(this.limit) });
    if (this.lastSync) params.set('lastSync', this.lastSync);
    if (this.cursor) params.set('cursor', this.cursor);
    const page = await this.cluster.ok('GET', `${this.path}?${params}`);
    this.pages += 1;
    this.passStartedAt ??= page.syncTimestamp;
    for (const record of page.data) this.copy.set(this.key(record), record);
    if (page.hasNextPage) {
      this.cursor = page.nextCursor;
    } else {
      this.cursor = undefined;
      this.lastSync = this.keep === 'first page' ? this.passStartedAt : page.syncTimestamp;
      this.passStartedAt = undefined;
      this.passes += 1;
    }
  }

  /** Finishes the pass in progress, then runs one more complete pass. */
  async drain(): Promise<void> {
    for (let pass = 0; pass < 2; pass += 1) {
      for (let page = 0; page < 10_000; page += 1) {
        await this.fetchPage();
        if (!this.cursor) break;
      }
    }
  }
}

/** Whether a client's copy equals the server's state (deep equality, as the final assertion checks it). */
export function sameRecords(a: Map<string, unknown>, b: Map<string, unknown>): boolean {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
}
