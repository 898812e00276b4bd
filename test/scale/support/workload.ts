import { normalizeDomain } from '../../../src/lib/domain.js';
import { SeededRandom } from '../../../src/seed/seeded-random.js';
import type { Cluster, Exchange } from './client.js';

/**
 * Overlapping writes: every writer draws its keys from the same small pools, so the same domain,
 * deal or activity id is pushed through different servers at the same moment. The ledger records
 * what the servers acknowledged, item by item, for the checks afterwards.
 */
export const POOLS = {
  domains: 300,
  /** Activities only name these domains; their accounts are created before the load starts. */
  activityDomains: 30,
  deals: 120,
  activities: 500,
  contacts: 60,
};
export const STAGES = ['appointment', 'qualified', 'proposal', 'negotiation', 'closedwon'];

export const domainOf = (i: number) => `scale-${i}.example.com`;
export const dealIdOf = (i: number) => `deal-${i}`;
export const activityIdOf = (i: number) => `act-${i}`;
export const contactOf = (i: number) => `person-${i}@example.com`;

export interface AccountAcks {
  /** Every rtp_aid a server reported for the domain (must be exactly one). */
  ids: Set<string>;
  created: number;
  /** Names of acknowledged writes: the stored name must be one of them. */
  names: Set<string>;
}

export interface Ledger {
  accounts: Map<string, AccountAcks>;
  deals: Map<string, { created: number; stages: Set<string> }>;
  activities: Map<string, { created: number; duplicates: number; domain: string }>;
  /**
   * Values of writes that got no 200 (no answer, or a 503 that may have come after the commit):
   * they may or may not be stored, so a stored value may come from them.
   */
  unconfirmed: { names: Map<string, Set<string>>; stages: Map<string, Set<string>> };
  /** Requests per status (0 = no HTTP answer). */
  statuses: Map<number, number>;
  /** Item outcomes no correct server produces, for the assertion message. */
  anomalies: string[];
  requests: number;
}

export function newLedger(): Ledger {
  return { accounts: new Map(), deals: new Map(), activities: new Map(), unconfirmed: { names: new Map(), stages: new Map() }, statuses: new Map(), anomalies: [], requests: 0 };
}

function count(ledger: Ledger, exchange: Exchange): boolean {
  ledger.requests += 1;
  ledger.statuses.set(exchange.status, (ledger.statuses.get(exchange.status) ?? 0) + 1);
  return exchange.status === 200;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  map.set(key, set.add(value));
}

function pick(random: SeededRandom, size: number, n: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(n, size)) chosen.add(random.int(size));
  return [...chosen];
}

export function accountBody(random: SeededRandom, tag: string, size = 40) {
  const upsert = random.next() >= 0.2;
  const accounts = pick(random, POOLS.domains, size).map((i) => ({
    domain: random.next() < 0.3 ? `https://www.${domainOf(i).toUpperCase()}/path?q=1` : domainOf(i),
    name: `Company ${i} ${tag}`,
    tags: [tag.slice(0, 2)],
  }));
  return { upsert, accounts };
}

export function recordAccounts(ledger: Ledger, exchange: Exchange, body: { upsert: boolean; accounts: Array<{ domain: string; name: string }> }): void {
  if (!count(ledger, exchange)) {
    for (const item of body.accounts) addTo(ledger.unconfirmed.names, normalizeDomain(item.domain)!, item.name);
    return;
  }
  const results = exchange.body.data.results as Array<{ rtp_aid: string | null; domain: string; status: string; error?: string }>;
  results.forEach((result, i) => {
    const acks = ledger.accounts.get(result.domain) ?? { ids: new Set(), created: 0, names: new Set() };
    ledger.accounts.set(result.domain, acks);
    if (result.status === 'failed') {
      const expected = `Account with domain '${result.domain}' already exists. Set upsert: true to update this account via this endpoint.`;
      if (body.upsert || result.error !== expected) ledger.anomalies.push(`account ${result.domain}: ${JSON.stringify(result)}`);
      // The refusal names the account that holds the domain: it must be the one every other reply names.
      if (result.rtp_aid) acks.ids.add(result.rtp_aid);
      return;
    }
    if (result.status === 'created') acks.created += 1;
    if (result.rtp_aid) acks.ids.add(result.rtp_aid);
    acks.names.add(body.accounts[i].name);
  });
}

export function dealBody(random: SeededRandom, tag: string, size = 15) {
  return {
    deals: pick(random, POOLS.deals, size).map((i) => ({
      externalDealId: dealIdOf(i),
      name: `Deal ${i} ${tag}`,
      amount: 1000 + random.int(9000),
      stageId: STAGES[random.int(STAGES.length)],
      pipelineId: 'scale',
      associatedAccounts: [{ domain: domainOf(random.int(POOLS.domains)) }],
    })),
  };
}

export function recordDeals(ledger: Ledger, exchange: Exchange, body: ReturnType<typeof dealBody>): void {
  if (!count(ledger, exchange)) {
    for (const item of body.deals) addTo(ledger.unconfirmed.stages, item.externalDealId, item.stageId);
    return;
  }
  const results = exchange.body.data.results as Array<{ externalDealId: string; status: string; error?: string }>;
  results.forEach((result, i) => {
    if (result.status === 'failed') {
      ledger.anomalies.push(`deal ${result.externalDealId}: ${JSON.stringify(result)}`);
      return;
    }
    const acks = ledger.deals.get(result.externalDealId) ?? { created: 0, stages: new Set() };
    ledger.deals.set(result.externalDealId, acks);
    if (result.status === 'created') acks.created += 1;
    acks.stages.add(body.deals[i].stageId);
  });
}

export function activityBody(random: SeededRandom, size = 15) {
  return {
    activities: pick(random, POOLS.activities, size).map((i) => ({
      externalActivityId: activityIdOf(i),
      activityType: i % 2 === 0 ? 'call' : 'email',
      occurredAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
      // Fixed per id, so every copy of an activity names the same account.
      domain: domainOf(i % POOLS.activityDomains),
      ownerEmail: 'owner@example.com',
      contacts: [{ email: contactOf(random.int(POOLS.contacts)), name: `Person ${random.int(1000)}` }],
      subject: `Touch ${i}`,
    })),
  };
}

export function recordActivities(ledger: Ledger, exchange: Exchange, body: ReturnType<typeof activityBody>): void {
  if (!count(ledger, exchange)) return;
  const results = exchange.body.data.results as Array<{ externalActivityId: string; status: string; error?: string }>;
  results.forEach((result, i) => {
    const id = result.externalActivityId;
    const acks = ledger.activities.get(id) ?? { created: 0, duplicates: 0, domain: body.activities[i].domain };
    ledger.activities.set(id, acks);
    if (result.status === 'created') acks.created += 1;
    else if (result.status === 'failed' && result.error === `Activity with externalActivityId '${id}' already exists.`) acks.duplicates += 1;
    else ledger.anomalies.push(`activity ${id}: ${JSON.stringify(result)}`);
  });
}

/**
 * One writer: rounds of an account, a deal and an activity batch, each to the next server, until
 * `rounds` are done, the deadline passes or `stop()` says so. After a request that was not answered
 * 200 it pauses briefly, as a client that retries would.
 */
export async function runWriter(
  cluster: Cluster,
  ledger: Ledger,
  options: { writer: number; rounds: number; deadline: number; seed: number; stop?: () => boolean; onExchange?: (exchange: Exchange) => void },
): Promise<void> {
  const random = new SeededRandom(options.seed * 1000 + options.writer);
  const send = async (path: string, body: unknown) => {
    const exchange = await cluster.request('POST', path, body);
    options.onExchange?.(exchange);
    if (exchange.status !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
    return exchange;
  };
  for (let round = 0; round < options.rounds && Date.now() < options.deadline && !options.stop?.(); round += 1) {
    const tag = `w${options.writer}r${round}`;
    const accounts = accountBody(random, tag);
    recordAccounts(ledger, await send('/api/v1/accounts', accounts), accounts);
    const deals = dealBody(random, tag);
    recordDeals(ledger, await send('/api/v1/deals', deals), deals);
    const activities = activityBody(random);
    recordActivities(ledger, await send('/api/v1/sales-activities', activities), activities);
  }
}
