import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { WebhookConfig } from '../../config.js';
import type { Log } from '../../lib/log.js';
import type { ServiceApi } from '../../lib/service-api.js';
import type { WebhooksService } from './webhooks.service.js';
import { DELIVERY_TIMEOUT_MS } from './webhook-http.js';

export interface WebhookDispatcher {
  /** Stops after the current pass and gives up this process's leases. */
  stop(): Promise<void>;
}

/**
 * The webhook dispatcher of one server process (started by `serve`). Every process runs it; a
 * workspace's lease lets one process at a time deliver its events (docs/architecture.md,
 * "Webhooks"). A pass that stopped at its limits is followed at once by the next; any other waits
 * `pollMs`, so that under steady ingest each pass fans out and sends fuller deliveries and the
 * dispatcher's writes stay few beside the ingest's (on SQLite they share one writer).
 */
export function startWebhookDispatcher(webhooks: ServiceApi<WebhooksService>, config: WebhookConfig, log: Log): WebhookDispatcher {
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const pass = async (): Promise<void> => {
    let backlog = false;
    try {
      const summary = await webhooks.dispatch({ owner, leaseMs: config.leaseMs, allowLoopback: config.allowLoopback });
      backlog = summary.backlog;
    } catch (error) {
      log.error({ err: error }, 'webhook dispatch failed');
    }
    if (!stopped) {
      timer = setTimeout(() => {
        running = pass();
      }, backlog ? 0 : config.pollMs);
    }
  };
  running = pass();

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      // A pass ends its current attempt within the delivery timeout; one not done by then is
      // abandoned — its delivery stays pending and is sent again (at-least-once).
      await Promise.race([running, new Promise((resolve) => setTimeout(resolve, DELIVERY_TIMEOUT_MS + 1_000).unref())]);
      await webhooks.releaseDispatchLeases(owner).catch((error: unknown) => log.warn({ err: error }, 'webhook leases not released; they run out'));
    },
  };
}
