import type { ScoringSignal } from './scoring-model.js';
import { CompiledQuery, sql, type Compilable, type Selectable } from 'kysely';
import type { Dialect, Executor } from '../../db/index.js';
import type { KeysetScan } from '../../db/dialects/bulk-io.js';
import type { AccountScoreRow } from '../../db/schema.js';
import type { AccountRecordRow } from '../segments/segments.repository.js';
import { chunks } from '../../lib/chunks.js';

// The scoring module's SQL for what a run reads and writes per account (settings, lease and runs:
// scoring-runs.repository.ts, re-exported here). Signals are read through the columns and indexes
// migration 004 documents as scoring's contract: (workspace_id, ingested_seq) and
// (workspace_id, domain, source, occurred_at).

export * from './scoring-runs.repository.js';

const IN_LIST = 500;

/**
 * Runs a multi-row statement whose text depends only on the engine and its shape (row count): the
 * text is compiled by Kysely once per shape and reused — building and compiling a statement of
 * thousands of parameters cost more than executing it. `parameters` must be what Kysely would
 * bind, in order; that is checked on the first compile (a shape that differs is never cached).
 */
async function executeShaped<R>(db: Executor, dialect: Dialect, shape: string, build: () => Compilable, parameters: unknown[]) {
  const key = `${dialect.engine}:${shape}`;
  const cached = compiledShapes.get(key);
  if (cached !== undefined) return db.executeQuery<R>(CompiledQuery.raw(cached, parameters));
  const compiled = build().compile();
  if (compiled.parameters.length === parameters.length && compiled.parameters.every((v, i) => v === parameters[i])) compiledShapes.set(key, compiled.sql);
  return db.executeQuery<R>(compiled);
}
const compiledShapes = new Map<string, string>();

/**
 * Splits rows into statement-sized parts whose sizes come from a fixed set (`max`, then powers of
 * two), so a run compiles and prepares a handful of statement shapes rather than one per count.
 */
function shapedParts<T>(items: readonly T[], max: number): T[][] {
  const parts: T[][] = [];
  let i = 0;
  while (items.length - i >= max) parts.push(items.slice(i, (i += max)));
  for (let size = 256; size >= 1; size >>= 1) {
    if (size < max) while (items.length - i >= size) parts.push(items.slice(i, (i += size)));
  }
  return parts;
}

// ---- what changed since the last run ------------------------------------------------------------

/** Ids of accounts stamped in one of the (exclusive) sequence intervals. */
export async function accountsChangedIn(db: Executor, workspaceId: string, gaps: ReadonlyArray<readonly [number, number]>): Promise<string[]> {
  const ids: string[] = [];
  for (const [after, before] of gaps) {
    if (before - after <= 1) continue;
    const rows = await db
      .selectFrom('accounts')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('change_seq', '>', after)
      .where('change_seq', '<', before)
      .execute();
    for (const row of rows) ids.push(row.id);
  }
  return ids;
}

/** The current change sequence of each of the accounts. */
export async function changeSeqsOf(db: Executor, workspaceId: string, accountIds: readonly string[]): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  for (const part of chunks(accountIds, IN_LIST)) {
    const rows = await db.selectFrom('accounts').select(['id', 'change_seq']).where('workspace_id', '=', workspaceId).where('id', 'in', part).execute();
    for (const row of rows) result.set(row.id, Number(row.change_seq));
  }
  return result;
}

export async function accountIdsByDomains(db: Executor, workspaceId: string, domains: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const part of chunks(domains, IN_LIST)) {
    const rows = await db.selectFrom('accounts').select('id').where('workspace_id', '=', workspaceId).where('domain', 'in', part).execute();
    for (const row of rows) ids.push(row.id);
  }
  return ids;
}

/** Every account id after `afterId`, in id order; `limit` at most. */
export async function accountIdPage(db: Executor, workspaceId: string, afterId: string | null, limit: number): Promise<string[]> {
  let query = db.selectFrom('accounts').select('id').where('workspace_id', '=', workspaceId);
  if (afterId !== null) query = query.where('id', '>', afterId);
  return (await query.orderBy('id').limit(limit).execute()).map((row) => row.id);
}

const DAY = 86_400_000;

/** Accounts whose next decay check is due at `at`: a range of the due index (days up to today's). */
export async function accountsDueAt(db: Executor, workspaceId: string, at: number): Promise<string[]> {
  const rows = await db
    .selectFrom('account_scores')
    .select('account_id')
    .where('workspace_id', '=', workspaceId)
    .where('next_check_day', 'is not', null)
    .where('next_check_day', '<=', Math.floor(at / DAY))
    .where('next_check_at', '<=', at)
    .execute();
  return rows.map((row) => row.account_id);
}

export async function dealsChangedIn(db: Executor, workspaceId: string, afterSeq: number, toSeq: number): Promise<string[]> {
  const rows = await db
    .selectFrom('deals')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('change_seq', '>', afterSeq)
    .where('change_seq', '<=', toSeq)
    .execute();
  return rows.map((row) => row.id);
}

/** Deals whose stage labels may come from a pipeline definition changed since `since` (epoch ms). */
export async function dealsOfPipelinesChangedSince(db: Executor, workspaceId: string, since: number): Promise<string[]> {
  const pipelines = await db
    .selectFrom('deal_pipelines')
    .select('pipeline_id')
    .where('workspace_id', '=', workspaceId)
    .where('updated_at', '>=', since)
    .execute();
  const ids: string[] = [];
  for (const part of chunks(pipelines.map((p) => p.pipeline_id), IN_LIST)) {
    const rows = await db.selectFrom('deals').select('id').where('workspace_id', '=', workspaceId).where('pipeline_id', 'in', part).execute();
    for (const row of rows) ids.push(row.id);
  }
  return ids;
}

/** Deal ids by their association keys, for deals whose current links must be resolved. */
export async function associationKeysOfDeals(db: Executor, workspaceId: string, dealIds: readonly string[]) {
  const keys: Array<{ domain: string | null; externalId: string | null }> = [];
  for (const part of chunks(dealIds, IN_LIST)) {
    const rows = await db.selectFrom('deal_accounts').select(['domain', 'external_id']).where('workspace_id', '=', workspaceId).where('deal_id', 'in', part).execute();
    for (const row of rows) keys.push({ domain: row.domain, externalId: row.external_id });
  }
  return keys;
}

/** Accounts the last runs credited with any of the deals. */
export async function accountsLinkedToDeals(db: Executor, workspaceId: string, dealIds: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const part of chunks(dealIds, IN_LIST)) {
    const rows = await db.selectFrom('scoring_deal_links').select('account_id').where('workspace_id', '=', workspaceId).where('deal_id', 'in', part).execute();
    for (const row of rows) ids.push(row.account_id);
  }
  return ids;
}

export async function replaceDealLinks(
  db: Executor,
  workspaceId: string,
  accountIds: readonly string[],
  links: ReadonlyArray<{ dealId: string; accountId: string }>,
): Promise<void> {
  for (const part of chunks(accountIds, IN_LIST)) {
    await db.deleteFrom('scoring_deal_links').where('workspace_id', '=', workspaceId).where('account_id', 'in', part).execute();
  }
  for (const part of chunks(links, IN_LIST)) {
    await db
      .insertInto('scoring_deal_links')
      .values(part.map((l) => ({ workspace_id: workspaceId, deal_id: l.dealId, account_id: l.accountId })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** Dynamic segments (active or draft) whose definition changed in (afterSeq, toSeq]. */
export async function dynamicSegmentsChanged(db: Executor, workspaceId: string, afterSeq: number, toSeq: number): Promise<boolean> {
  const row = await db
    .selectFrom('segments')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('type', '=', 'dynamic')
    .where('status', 'in', ['active', 'draft'])
    .where('change_seq', '>', afterSeq)
    .where('change_seq', '<=', toSeq)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function workspaceHas(db: Executor, workspaceId: string, table: 'deals' | 'sales_activities'): Promise<boolean> {
  const row = await db.selectFrom(table).select('workspace_id').where('workspace_id', '=', workspaceId).limit(1).executeTakeFirst();
  return row !== undefined;
}

// ---- signals ----------------------------------------------------------------------------------

/** A signal as the model reads it from its row. */
export interface StoredSignal {
  domain: string;
  source: string;
  type: string;
  occurred_at: number;
  created_at: number;
  count: number;
  topic: string | null;
  score: number | null;
}

export interface SignalInput extends StoredSignal {
  ingested_seq: number;
}

export function toScoringSignal(row: StoredSignal): ScoringSignal {
  return {
    source: row.source,
    type: row.type,
    occurredAt: Number(row.occurred_at),
    count: Number(row.count),
    topic: row.topic,
    score: row.score === null ? null : Number(row.score),
    ingestedAt: Number(row.created_at),
  };
}

const SIGNAL_INPUT_COLUMNS = ['domain', 'source', 'type', 'occurred_at', 'created_at', 'count', 'topic', 'score', 'ingested_seq'] as const;

/**
 * A run's scan of the signals ingested up to `toSeq`, in ingest order, for bulkRead; each row is
 * [domain, component, effective time, count, topic, score, ingested_seq]. The database classifies
 * each signal (its component index in `components`, -1 for Bombora, -2 for anything not scored)
 * and takes the earlier of its date and its ingest: a full run reads every signal, and two fewer
 * strings per row is a third of what reading a row costs.
 */
export function signalScan(
  db: Executor,
  workspaceId: string,
  toSeq: number,
  components: ReadonlyArray<{ source: string; type: string }>,
  bomboraEnabled: boolean,
): KeysetScan {
  const bySource = new Map<string, Array<[string, number]>>();
  components.forEach((c, k) => bySource.set(c.source, [...(bySource.get(c.source) ?? []), [c.type, k]]));
  const branches = [...bySource].map(
    ([source, types]) => sql`when ${sql.lit(source)} then case type ${sql.join(types.map(([type, k]) => sql`when ${sql.lit(type)} then ${sql.lit(k)}`), sql` `)} else -2 end`,
  );
  const whens = [...branches, ...(bomboraEnabled ? [sql`when 'bombora' then -1`] : [])];
  // SQL has no CASE without a WHEN: with every source switched off, no signal is scored.
  const component = whens.length === 0 ? sql<number>`${sql.lit(-2)}` : sql<number>`case source ${sql.join(whens, sql` `)} else -2 end`;
  const columns = ['domain', 'component', 'effective_at', 'count', 'topic', 'score', 'ingested_seq'] as const;
  const query = (after: number) =>
    db
      .selectFrom('signals')
      .select((eb) => [
        'domain',
        component.as('component'),
        eb.case().when('occurred_at', '<', eb.ref('created_at')).then(eb.ref('occurred_at')).else(eb.ref('created_at')).end().as('effective_at'),
        'count',
        'topic',
        'score',
        'ingested_seq',
      ])
      .where('workspace_id', '=', workspaceId)
      .where('ingested_seq', '>', after)
      .where('ingested_seq', '<=', toSeq)
      .orderBy('ingested_seq');
  return { columns, keyColumn: columns.length - 1, all: query, page: (after, limit) => query(after).limit(limit) };
}

/** One row of signalScan, as DomainStates.addComponent takes it: domain, component, effective time, count, topic, score. */
export type ScanRow = [domain: string, component: number, effectiveAt: number, count: number, topic: string | null, score: number | null];

/** Decodes a positional row of signalScan (both the run and its second-core fold read them). */
export function decodeScanRow(row: readonly unknown[]): ScanRow {
  return [row[0] as string, Number(row[1]), Number(row[2]), Number(row[3]), row[4] as string | null, row[5] === null ? null : Number(row[5])];
}

/** Every signal of the domains ingested in (afterSeq, toSeq]: to build or top up one account's state. */
export async function signalsOfDomains(db: Executor, workspaceId: string, domains: readonly string[], afterSeq: number, toSeq: number): Promise<SignalInput[]> {
  const out: SignalInput[] = [];
  for (const part of chunks(domains, IN_LIST)) {
    let query = db.selectFrom('signals').select(SIGNAL_INPUT_COLUMNS).where('workspace_id', '=', workspaceId).where('domain', 'in', part);
    if (afterSeq > 0) query = query.where('ingested_seq', '>', afterSeq);
    out.push(...(await query.where('ingested_seq', '<=', toSeq).execute()));
  }
  return out;
}

/**
 * One group of a chunk's signals, folded by the database: per domain and (source, type), the sum of
 * `increment · count · 2^(−age/halfLife)` at the run's time and the latest effective time; for a
 * Bombora signal also its week and topic, with that topic's best score in the week.
 */
export interface FoldRow {
  domain: string;
  source: string;
  type: string;
  /** Null for Bombora (its score is no decayed sum). */
  value: number | null;
  last_at: number;
  bombora_week: number | null;
  bombora_topic: string | null;
  best_score: number | null;
  /** Signals in the group. */
  n: number;
}

/** What the fold needs of a scoring layout (scoring-model.ts): the components and Bombora's switch. */
export interface FoldLayout {
  components: ReadonlyArray<{ source: string; type: string; increment: number; halfLifeMs: number }>;
  bomboraEnabled: boolean;
}

/**
 * The signals of the accounts with ids in (after, last], ingested up to `toSeq`, folded in SQL at
 * `asOf`: for each account, one seek into migration 016's covering index on the domain and a read
 * of its signals from the index alone, `GROUP BY` with the decay as an expression. Exactly the
 * model's `addSignal` per signal (effective time: the earlier of the date and the ingest; no decay
 * for a time at or after `asOf`), summed per group; only signals the layout scores are read. A full
 * run calls it once per chunk of accounts (in id order, as it writes them), so no more than a
 * chunk's states are ever held.
 */
export async function signalFold(
  db: Executor,
  dialect: Dialect,
  workspaceId: string,
  layout: FoldLayout,
  asOf: number,
  toSeq: number,
  accounts: { after: string | null; last: string },
): Promise<FoldRow[]> {
  const counted = foldedSignals(layout);
  if (counted === undefined) return [];
  const postgres = dialect.engine === 'postgres';
  const real = (value: number) => (postgres ? sql`cast(${sql.lit(value)} as double precision)` : sql`cast(${sql.lit(value)} as real)`);
  const at = postgres ? sql`least(occurred_at, created_at)` : sql`min(occurred_at, created_at)`;
  // min(0, at − asOf): a signal dated at or after the run's time counts in full (decayFactor).
  const exponent = postgres
    ? sql`cast(least(0, ${at} - cast(${asOf} as bigint)) as double precision)`
    : sql`cast(min(0, ${at} - cast(${asOf} as integer)) as real)`;
  const power = postgres ? sql`power` : sql`pow`;
  // increment · count · 2^e, and 0 where that would be below 2^-1000: PostgreSQL refuses a power()
  // or a product that underflows (a signal a thousand half-lives old, or a vanishing increment),
  // and no such term can move a score.
  const term = (c: { increment: number; halfLifeMs: number }) => {
    if (!(c.increment > 0)) return real(0);
    const e = sql`${exponent} / ${real(c.halfLifeMs)}`;
    const floor = Math.max(-1022, -1000 - Math.log2(c.increment));
    return sql`case when ${e} < ${real(floor)} then ${real(0)} else ${real(c.increment)} * count * ${power}(${real(2)}, ${e}) end`;
  };
  const bySource = new Map<string, Array<{ type: string; increment: number; halfLifeMs: number }>>();
  for (const c of layout.components) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c]);
  const decayed = sql.join(
    [...bySource].map(
      ([source, types]) =>
        sql`when ${sql.lit(source)} then case type ${sql.join(
          types.map((c) => sql`when ${sql.lit(c.type)} then ${term(c)}`),
          sql` `,
        )} end`,
    ),
    sql` `,
  );
  const value = bySource.size === 0 ? sql`cast(null as ${postgres ? sql`double precision` : sql`real`})` : sql`case source ${decayed} end`;
  const week = sql`case when source = 'bombora' then (${at} + ${sql.lit(3 * DAY)}) / ${sql.lit(7 * DAY)} * ${sql.lit(7 * DAY)} - ${sql.lit(3 * DAY)} end`;
  const topic = sql`case when source = 'bombora' then topic end`;
  const groups = sql`sum(${value}) as value, max(${at}) as last_at, ${week} as bombora_week, ${topic} as bombora_topic,
      max(case when source = 'bombora' then score end) as best_score, count(*) as n`;
  const scored = sql`ingested_seq <= ${toSeq} and (${counted})`;
  const idAfter = accounts.after === null ? sql`` : sql`and a.id > ${accounts.after}`;
  const chunk = sql`a.workspace_id = ${workspaceId} ${idAfter} and a.id <= ${accounts.last}`;
  // Both engines read each account's signals with one seek into the covering index on the domain;
  // each needs its own way of saying so. PostgreSQL, given the accounts as an IN list, hashed them
  // and scanned every signal of the table for every chunk (a full run quadratic in the signals): a
  // LATERAL subquery per account is its nested loop. SQLite has no LATERAL, and plans the IN list
  // as one seek per domain.
  const query = postgres
    ? sql<FoldRow>`select a.domain, f.source, f.type, f.value, f.last_at, f.bombora_week, f.bombora_topic, f.best_score, f.n
        from accounts a cross join lateral (
          select source, type, ${groups} from signals
          where signals.workspace_id = a.workspace_id and signals.domain = a.domain and ${scored}
          group by source, type, bombora_week, bombora_topic) f
        where ${chunk}`
    : sql<FoldRow>`select domain, source, type, ${groups} from signals
        where workspace_id = ${workspaceId} and domain in (select a.domain from accounts a where ${chunk}) and ${scored}
        group by domain, source, type, bombora_week, bombora_topic`;
  return (await query.execute(db)).rows;
}

/** The WHERE condition of the signals a layout scores; undefined when it scores none. */
function foldedSignals(layout: FoldLayout) {
  const bySource = new Map<string, string[]>();
  for (const c of layout.components) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c.type]);
  const conditions = [...bySource].map(([source, types]) => sql`(source = ${sql.lit(source)} and type in (${sql.join(types.map((t) => sql.lit(t)))}))`);
  if (layout.bomboraEnabled) conditions.push(sql`(source = 'bombora' and topic <> '' and score is not null)`);
  return conditions.length === 0 ? undefined : sql.join(conditions, sql` or `);
}

export interface ExplainedSignal {
  id: string;
  source: string;
  type: string;
  occurred_at: number;
  created_at: number;
  count: number;
  url: string | null;
  topic: string | null;
  score: number | null;
  external_signal_id: string | null;
  ingested_seq: number;
}

/** An account's most recent signals of one source (the explanation ranks them). */
export async function recentSignals(db: Executor, workspaceId: string, domain: string, source: string, limit: number): Promise<ExplainedSignal[]> {
  return db
    .selectFrom('signals')
    .select(['id', 'source', 'type', 'occurred_at', 'created_at', 'count', 'url', 'topic', 'score', 'external_signal_id', 'ingested_seq'])
    .where('workspace_id', '=', workspaceId)
    .where('domain', '=', domain)
    .where('source', '=', source)
    .orderBy('occurred_at', 'desc')
    .limit(limit)
    .execute();
}

// ---- activities -------------------------------------------------------------------------------

export interface ActivityWindow {
  count: number;
  earliest: number | null;
}

/** Per domain: sales activities that occurred at or after `since`, and the earliest of them. */
export async function activityWindowsByDomain(db: Executor, workspaceId: string, domains: readonly string[], since: number): Promise<Map<string, ActivityWindow>> {
  const result = new Map<string, ActivityWindow>();
  for (const part of chunks(domains, IN_LIST)) {
    const rows = await db
      .selectFrom('sales_activities')
      .select((eb) => ['domain', eb.fn.countAll<number>().as('n'), eb.fn.min<number | null>('occurred_at').as('earliest')])
      .where('workspace_id', '=', workspaceId)
      .where('domain', 'in', part)
      .where('occurred_at', '>=', since)
      .groupBy('domain')
      .execute();
    for (const row of rows) result.set(row.domain, { count: Number(row.n), earliest: row.earliest === null ? null : Number(row.earliest) });
  }
  return result;
}

/** activityWindowsByDomain for every domain of the workspace at once (a run that visits every account). */
export async function activityWindowsOfWorkspace(db: Executor, workspaceId: string, since: number): Promise<Map<string, ActivityWindow>> {
  const rows = await db
    .selectFrom('sales_activities')
    .select((eb) => ['domain', eb.fn.countAll<number>().as('n'), eb.fn.min<number | null>('occurred_at').as('earliest')])
    .where('workspace_id', '=', workspaceId)
    .where('occurred_at', '>=', since)
    .groupBy('domain')
    .execute();
  return new Map(rows.map((row) => [row.domain, { count: Number(row.n), earliest: row.earliest === null ? null : Number(row.earliest) }]));
}

/** Every account some deal of the workspace is associated with (resolved as on read), and the deals' ids. */
export async function allDealIds(db: Executor, workspaceId: string): Promise<string[]> {
  return (await db.selectFrom('deals').select('id').where('workspace_id', '=', workspaceId).execute()).map((row) => row.id);
}

/** Accounts the last runs credited with some deal. */
export async function accountsWithDealLinks(db: Executor, workspaceId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('scoring_deal_links').select('account_id').distinct().where('workspace_id', '=', workspaceId).execute();
  return new Set(rows.map((row) => row.account_id));
}

// ---- per-account state and output -------------------------------------------------------------

export type StoredAccountScore = Selectable<AccountScoreRow>;

/** The stored states of the accounts with ids in (afterId, lastId]. */
export async function scoresInRange(db: Executor, workspaceId: string, afterId: string | null, lastId: string): Promise<Map<string, StoredAccountScore>> {
  let query = db.selectFrom('account_scores').selectAll().where('workspace_id', '=', workspaceId).where('account_id', '<=', lastId);
  if (afterId !== null) query = query.where('account_id', '>', afterId);
  return new Map((await query.execute()).map((row) => [row.account_id, row]));
}

export async function scoresOfAccounts(db: Executor, workspaceId: string, accountIds: readonly string[]): Promise<Map<string, StoredAccountScore>> {
  const result = new Map<string, StoredAccountScore>();
  for (const part of chunks(accountIds, IN_LIST)) {
    const rows = await db.selectFrom('account_scores').selectAll().where('workspace_id', '=', workspaceId).where('account_id', 'in', part).execute();
    for (const row of rows) result.set(row.account_id, row);
  }
  return result;
}

export interface AccountScoreWrite {
  accountId: string;
  domain: string;
  configHash: string;
  asOf: number;
  foldedSeq: number;
  nextCheckAt: number | null;
  state: unknown;
  journeyRule: string;
  runId: string;
}

export async function upsertAccountScores(db: Executor, dialect: Dialect, workspaceId: string, writes: readonly AccountScoreWrite[]): Promise<void> {
  for (const part of shapedParts(writes, 250)) {
    const values = part.map((w) => ({
      workspace_id: workspaceId,
      account_id: w.accountId,
      domain: w.domain,
      config_hash: w.configHash,
      as_of: w.asOf,
      folded_seq: w.foldedSeq,
      next_check_at: w.nextCheckAt,
      next_check_day: w.nextCheckAt === null ? null : Math.floor(w.nextCheckAt / DAY),
      state: dialect.encodeJson(w.state),
      journey_rule: w.journeyRule,
      run_id: w.runId,
    }));
    const parameters = values.flatMap((v) => Object.values(v));
    await executeShaped(db, dialect, `upsertAccountScores:${values.length}`, () => upsertScoresQuery(db, values), parameters);
  }
}

function upsertScoresQuery(db: Executor, values: Array<Record<string, unknown>>) {
  return db
      .insertInto('account_scores')
      .values(values as never)
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'account_id']).doUpdateSet((eb) => ({
          domain: eb.ref('excluded.domain'),
          config_hash: eb.ref('excluded.config_hash'),
          as_of: eb.ref('excluded.as_of'),
          folded_seq: eb.ref('excluded.folded_seq'),
          next_check_at: eb.ref('excluded.next_check_at'),
          next_check_day: eb.ref('excluded.next_check_day'),
          state: eb.ref('excluded.state'),
          journey_rule: eb.ref('excluded.journey_rule'),
          run_id: eb.ref('excluded.run_id'),
        })),
      );
}

export interface AccountOutputWrite {
  id: string;
  accountScore: number;
  website: number;
  bombora: number;
  g2: number;
  advertising: number;
  stage: string;
  changeSeq: number;
}

/**
 * Writes new scores and stages and stamps the accounts, many rows per statement: an UPDATE … FROM a
 * VALUES list, which both engines accept (casts give PostgreSQL the parameter types). The cast on
 * the workspace id is for SQLite's planner: with a bare parameter it looped over the workspace's
 * accounts and probed the list, with the cast it seeks each listed account (0.6× the CPU).
 */
export async function updateAccountOutputs(
  db: Executor,
  dialect: Dialect,
  workspaceId: string,
  writes: readonly AccountOutputWrite[],
  changedAt: number,
): Promise<void> {
  for (const part of shapedParts(writes, 400)) {
    const build = () => {
      const values = sql.join(
        part.map(
          (w) =>
            sql`(${w.id}, cast(${w.accountScore} as integer), cast(${w.website} as integer), cast(${w.bombora} as integer), cast(${w.g2} as integer), cast(${w.advertising} as integer), ${w.stage}, cast(${w.changeSeq} as bigint))`,
        ),
      );
      return sql`with v(id, account_score, website, bombora, g2, advertising, stage, seq) as (values ${values})
        update accounts set account_score = v.account_score, website_intent_score = v.website, bombora_intent_score = v.bombora,
          g2_intent_score = v.g2, advertising_activity_score = v.advertising, journey_stage = v.stage,
          change_seq = v.seq, changed_at = cast(${changedAt} as bigint)
        from v where accounts.workspace_id = cast(${workspaceId} as text) and accounts.id = v.id`.compile(db);
    };
    const parameters = [
      ...part.flatMap((w) => [w.id, w.accountScore, w.website, w.bombora, w.g2, w.advertising, w.stage, w.changeSeq]),
      changedAt,
      workspaceId,
    ];
    await executeShaped(db, dialect, `updateAccountOutputs:${part.length}`, () => ({ compile: build }), parameters);
  }
}

export interface JourneyEntry {
  accountId: string;
  enteredAt: number;
  stage: string;
  rule: string;
  runId: string;
}

export async function insertJourneyEntries(db: Executor, dialect: Dialect, workspaceId: string, entries: readonly JourneyEntry[]): Promise<void> {
  for (const part of shapedParts(entries, IN_LIST)) {
    const values = part.map((e) => ({ workspace_id: workspaceId, account_id: e.accountId, entered_at: e.enteredAt, stage: e.stage, rule: e.rule, run_id: e.runId }));
    await executeShaped(
      db,
      dialect,
      `insertJourneyEntries:${values.length}`,
      () => db.insertInto('journey_stage_history').values(values).onConflict((oc) => oc.doNothing()),
      values.flatMap((v) => Object.values(v)),
    );
  }
}

export async function journeyHistory(db: Executor, workspaceId: string, accountId: string) {
  return db
    .selectFrom('journey_stage_history')
    .select(['entered_at', 'stage', 'rule'])
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .orderBy('entered_at')
    .execute();
}

/** An account as a chunk of a run reads it (only the selected columns are filled). */
export type ChunkAccountRow = AccountRecordRow & { change_seq: number };

/**
 * A chunk's accounts, in id order: the given ones, or the next `limit` after `after` (every
 * account, in id order, for a run that visits all of them).
 */
export async function accountsForChunk(
  db: Executor,
  workspaceId: string,
  selection: { ids: readonly string[] } | { after: string | null; limit: number },
  columns: ReadonlyArray<keyof ChunkAccountRow>,
): Promise<ChunkAccountRow[]> {
  const select = () => db.selectFrom('accounts').select(columns as never[]).where('workspace_id', '=', workspaceId);
  if ('after' in selection) {
    const query = selection.after === null ? select() : select().where('id', '>', selection.after);
    return (await query.orderBy('id').limit(selection.limit).execute()) as unknown as ChunkAccountRow[];
  }
  const rows: ChunkAccountRow[] = [];
  for (const part of chunks(selection.ids, IN_LIST)) rows.push(...((await select().where('id', 'in', part).execute()) as unknown as ChunkAccountRow[]));
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** An account's domain and its scores and stage as stored (what an explanation explains). */
export async function accountScoresOf(db: Executor, workspaceId: string, accountId: string) {
  return db
    .selectFrom('accounts')
    .select(['id', 'domain', 'account_score', 'website_intent_score', 'bombora_intent_score', 'g2_intent_score', 'advertising_activity_score', 'journey_stage'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', accountId)
    .executeTakeFirst();
}
