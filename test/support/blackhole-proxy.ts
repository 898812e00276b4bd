import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy for fault tests that can cut the network silently, as a black-holing router or a
 * dead link does: `blackhole()` stops forwarding in both directions without closing or resetting
 * anything, and new connections are accepted but reach nothing. Nothing is lost, as with TCP,
 * whose retransmissions deliver it once the path is back: `restore()` delivers what was held back,
 * including the closes of connections their client gave up on, then forwards as before.
 */
export class BlackholeProxy {
  private holding = false;
  private readonly links = new Set<Link>();

  private constructor(
    private readonly server: Server,
    private readonly target: { host: string; port: number },
  ) {}

  static async start(target: { host: string; port: number }): Promise<BlackholeProxy> {
    const server = createServer();
    const proxy = new BlackholeProxy(server, target);
    server.on('connection', (client) => proxy.accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return proxy;
  }

  get port(): number {
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('the proxy is not listening');
    return address.port;
  }

  blackhole(): void {
    this.holding = true;
  }

  restore(): void {
    this.holding = false;
    for (const link of this.links) link.release();
  }

  /** Connections whose client sent something while the network was cut and still holds them open. */
  stuckConnections(): number {
    return [...this.links].filter((link) => link.sentWhileCut && !link.clientClosed).length;
  }

  async close(): Promise<void> {
    for (const link of this.links) link.destroy();
    this.links.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    const link = new Link(client, () => this.holding, () => connect(this.target.port, this.target.host));
    this.links.add(link);
    link.onGone = () => this.links.delete(link);
  }
}

/** One proxied connection: the client's socket, the upstream socket, and what is held back in each direction. */
class Link {
  sentWhileCut = false;
  clientClosed = false;
  onGone = () => {};
  private upstream: Socket | undefined;
  private upstreamClosed = false;
  private readonly toUpstream: Buffer[] = [];
  private readonly toClient: Buffer[] = [];

  constructor(
    private readonly client: Socket,
    private readonly cut: () => boolean,
    private readonly dial: () => Socket,
  ) {
    client.on('data', (chunk) => {
      if (this.cut()) this.sentWhileCut = true;
      this.toUpstream.push(chunk);
      this.pump();
    });
    client.on('close', () => {
      this.clientClosed = true;
      this.pump();
    });
    client.on('error', () => {});
    this.pump();
  }

  /** The network is back: what was held back goes through now. */
  release(): void {
    this.pump();
  }

  destroy(): void {
    this.client.destroy();
    this.upstream?.destroy();
    this.onGone();
  }

  private pump(): void {
    if (this.cut()) return;
    // A connection made while the network was cut dials out only once it is back (a retransmitted SYN).
    if (!this.upstream && !this.clientClosed) this.upstream = this.dialUpstream();
    if (!this.upstream) {
      this.destroy();
      return;
    }
    for (const chunk of this.toUpstream.splice(0)) this.upstream.write(chunk);
    for (const chunk of this.toClient.splice(0)) this.client.write(chunk);
    if (this.clientClosed) this.upstream.end();
    if (this.upstreamClosed) this.client.end();
    if (this.clientClosed && this.upstreamClosed) this.onGone();
  }

  private dialUpstream(): Socket {
    const upstream = this.dial();
    upstream.on('data', (chunk) => {
      this.toClient.push(chunk);
      this.pump();
    });
    upstream.on('close', () => {
      this.upstreamClosed = true;
      this.pump();
    });
    upstream.on('error', () => {});
    return upstream;
  }
}
