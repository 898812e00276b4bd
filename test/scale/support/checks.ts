import { fullList, type Cluster } from './client.js';
import { duplicateKeys, type ScratchDatabase } from './database.js';
import type { Ledger } from './workload.js';

/**
 * What must hold once the load is over, as a list of problems (empty = all good), so one
 * assertion reports the first few of each kind.
 *
 * `complete`: every request was answered, so the ledger knows every write — each key was created
 * exactly once and nothing exists that no reply mentioned. Without it (a server was killed, the
 * database went away mid-request) only the acknowledged writes are checked.
 */
export async function checkAgainstServers(
  cluster: Cluster,
  db: ScratchDatabase,
  ledger: Ledger,
  options: { complete: boolean },
): Promise<{ problems: string[]; accounts: Map<string, any>; deals: Map<string, any> }> {
  const problems: string[] = [];
  const report = (problem: string) => {
    if (problems.length < 40) problems.push(problem);
  };

  for (const [table, column] of [
    ['accounts', 'domain'],
    ['deals', 'external_deal_id'],
    ['sales_activities', 'external_activity_id'],
    ['contacts', 'email'],
  ]) {
    for (const key of await duplicateKeys(db, table, column)) report(`${table}: two records for ${column} ${key}`);
  }
  for (const anomaly of ledger.anomalies.slice(0, 10)) report(`unexpected item outcome: ${anomaly}`);

  const accounts = await fullList(cluster, '/api/v1/accounts', (a) => a.domain);
  for (const [domain, acks] of ledger.accounts) {
    const stored = accounts.get(domain);
    if (!stored) {
      report(`account ${domain} was acknowledged but is missing`);
      continue;
    }
    if (acks.ids.size !== 1 || !acks.ids.has(stored.rtp_aid)) report(`account ${domain}: replies named ${[...acks.ids]}, stored ${stored.rtp_aid}`);
    const unconfirmed = ledger.unconfirmed.names.get(domain);
    if (acks.names.size > 0 && !acks.names.has(stored.name) && !unconfirmed?.has(stored.name)) report(`account ${domain}: stored name '${stored.name}' was never acknowledged`);
    if (options.complete && acks.created !== 1) report(`account ${domain}: reported created ${acks.created} times`);
  }
  if (options.complete) {
    for (const domain of accounts.keys()) if (!ledger.accounts.has(domain)) report(`account ${domain} exists but no reply mentioned it`);
  }

  const deals = await fullList(cluster, '/api/v1/deals', (d) => d.externalDealId);
  for (const [id, acks] of ledger.deals) {
    const deal = deals.get(id);
    if (!deal) {
      report(`deal ${id} was acknowledged but is missing`);
      continue;
    }
    if (options.complete && acks.created !== 1) report(`deal ${id}: reported created ${acks.created} times`);
    if (!acks.stages.has(deal.stageId) && !ledger.unconfirmed.stages.get(id)?.has(deal.stageId)) report(`deal ${id}: stage ${deal.stageId} was never acknowledged`);
    const history = deal.stageHistory as Array<{ stageId: string }>;
    // Appended in the deal's own transaction, only when the stage changes: serialised writers
    // leave no two equal neighbours, and the last entry is the current stage.
    if (history.length === 0 || history[history.length - 1].stageId !== deal.stageId) report(`deal ${id}: history ends ${JSON.stringify(history.at(-1))}, stage ${deal.stageId}`);
    for (let i = 1; i < history.length; i += 1) {
      if (history[i].stageId === history[i - 1].stageId) report(`deal ${id}: history repeats stage ${history[i].stageId}`);
    }
    for (const association of deal.associatedAccounts as Array<{ domain: string }>) {
      const account = accounts.get(association.domain);
      const linked = (deal.linkedAccounts as Array<{ rtp_aid: string }>).some((l) => l.rtp_aid === account?.rtp_aid);
      if (account && !linked) report(`deal ${id}: not linked to existing account ${association.domain}`);
      if (!account && deal.linkedAccounts.length > 0) report(`deal ${id}: linked although ${association.domain} has no account`);
    }
  }
  if (options.complete) {
    for (const id of deals.keys()) if (!ledger.deals.has(id)) report(`deal ${id} exists but no reply mentioned it`);
  }

  // Activities: every acknowledged one exactly once in its account's timeline, each created once.
  const createdByDomain = new Map<string, Set<string>>();
  for (const [id, acks] of ledger.activities) {
    if (acks.created > 1) report(`activity ${id}: reported created ${acks.created} times`);
    if (options.complete && acks.created !== 1) report(`activity ${id}: reported created ${acks.created} times`);
    if (acks.created > 0 || !options.complete) {
      const set = createdByDomain.get(acks.domain) ?? new Set();
      createdByDomain.set(acks.domain, set.add(id));
    }
  }
  // Stored at all (whether or not their account exists)…
  const acknowledged = [...createdByDomain.values()].flatMap((ids) => [...ids]);
  const stored = new Set(
    (await db.query<{ id: string }>('select external_activity_id as id from sales_activities where external_activity_id = any($1)', [acknowledged])).map((r) => r.id),
  );
  for (const id of acknowledged) if (!stored.has(id)) report(`activity ${id} was acknowledged but is not stored`);
  // …and, where the account exists, in its timeline exactly once.
  for (const [domain, ids] of createdByDomain) {
    const account = accounts.get(domain);
    if (!account) {
      // Only a problem when the account was acknowledged (reported above) or every write was answered.
      if (options.complete) report(`activities of ${domain}: the account is missing`);
      continue;
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 1000; page += 1) {
      const data = await cluster.ok('GET', `/api/v1/accounts/${account.rtp_aid}/activities?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...data.data.map((a: { externalActivityId: string }) => a.externalActivityId));
      cursor = data.nextCursor;
      if (!data.hasNextPage) break;
    }
    if (seen.length !== new Set(seen).size) report(`activities of ${domain}: an activity appears twice`);
    for (const id of ids) if (!seen.includes(id)) report(`activity ${id} was acknowledged but is missing from ${domain}`);
  }
  return { problems, accounts, deals };
}
