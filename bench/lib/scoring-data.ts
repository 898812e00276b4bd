import Database from 'better-sqlite3';
import pg from 'pg';
import type { BenchDatabase } from './databases.js';

const DAY = 86_400_000;

/**
 * Accounts `acct<i>.bench.example` and signals generated inside the database (no round trips):
 * 60% of signals spread evenly over all accounts, 40% over the 10% most active; website 50%,
 * LinkedIn 30%, G2 15%, Bombora 5%; occurrence times over the last 90 days in ingest order; 1% of
 * accounts with a deal (half won), 2% with sales activities.
 */
export function generationSql(engine: 'sqlite' | 'postgres', workspaceId: string, now: number, ACCOUNTS: number, SIGNALS: number): string[] {
  const series = (n: number) =>
    engine === 'sqlite' ? `(with recursive g(i) as (select 1 union all select i + 1 from g where i < ${n}) select i from g)` : `(select generate_series(cast(1 as bigint), ${n}) as i)`;
  // ObjectId-like ids: a fixed 8-hex "creation second" per table, then the row number.
  const id = (prefix: string, expr: string) => (engine === 'sqlite' ? `'${prefix}' || printf('%016x', ${expr})` : `'${prefix}' || lpad(to_hex(${expr}), 16, '0')`);
  const h1 = '((i * 2654435761) % 4294967296)';
  const h2 = '(((i + 12345) * 2246822519) % 4294967296)';
  const h3 = '(((i + 777) * 3266489917) % 4294967296)';
  const account = `(case when ${h1} % 10 < 6 then ${h2} % ${ACCOUNTS} else ${h2} % ${Math.max(1, Math.floor(ACCOUNTS / 10))} end)`;
  const source = `(case when ${h1} % 100 < 50 then 'website' when ${h1} % 100 < 80 then 'linkedin' when ${h1} % 100 < 95 then 'g2' else 'bombora' end)`;
  const type = `(case ${source}
      when 'website' then (case when ${h3} % 100 < 70 then 'page_view' when ${h3} % 100 < 95 then 'high_intent_page_view' else 'form_submit' end)
      when 'linkedin' then (case when ${h3} % 100 < 75 then 'impression' when ${h3} % 100 < 88 then 'click' when ${h3} % 100 < 95 then 'engagement' when ${h3} % 100 < 99 then 'video_view' else 'lead_form_submit' end)
      when 'g2' then (case ${h3} % 5 when 0 then 'category_view' when 1 then 'comparison_view' when 2 then 'alternatives_view' when 3 then 'profile_view' else 'pricing_view' end)
      else 'surge' end)`;
  const span = 90 * DAY;
  const occurred = `(${now - span} + (i * ${Math.floor(span / SIGNALS)}) + (${h3} % ${DAY}) - ${DAY / 2})`;
  const capped = engine === 'sqlite' ? `min(${now}, ${occurred})` : `least(${now}, ${occurred})`;
  const week = (t: string) => `(((${t} + ${3 * DAY}) / ${7 * DAY}) * ${7 * DAY} - ${3 * DAY})`;
  const ws = `'${workspaceId}'`;
  const seqBase = ACCOUNTS;
  const deals = Math.floor(ACCOUNTS / 100);
  const activities = Math.floor(ACCOUNTS / 50);
  return [
    `insert into accounts (workspace_id, id, domain, name, external_id, short_name, linkedin_url, tags, custom_fields, created_at, changed_at, change_seq)
       select ${ws}, ${id('6b000000', 'i')}, 'acct' || (i - 1) || '.bench.example', 'Account ' || (i - 1), null, null, null, '[]', '{}', ${now}, ${now}, i
       from ${series(ACCOUNTS)} s`,
    `insert into signals (workspace_id, id, source, type, domain, occurred_at, count, external_signal_id, url, topic, score, ingested_seq, created_at)
       select ${ws}, ${id('6c000000', 'i')}, ${source}, ${type}, 'acct' || ${account} || '.bench.example',
         case when ${source} = 'bombora' then ${week(capped)} else ${capped} end,
         case when ${type} = 'impression' then 1 + ${h3} % 50 else 1 end, null, null,
         case when ${source} = 'bombora' then 'topic' || (${h3} % 30) else null end,
         case when ${source} = 'bombora' then 30 + ${h2} % 71 else null end,
         ${seqBase} + i, ${now}
       from ${series(SIGNALS)} s`,
    `insert into deals (workspace_id, id, external_deal_id, name, amount, stage_id, stage_label, pipeline_id, pipeline_label, start_date, closed_date, owner_name, owner_email, owner_id, deal_currency_code, created_at, changed_at, change_seq)
       select ${ws}, ${id('6d000000', 'i')}, 'deal-' || i, 'Deal ' || i, 1000 * i, null,
         case when i % 2 = 0 then 'Closed Won' else 'Proposal' end, null, null, null, null, null, null, null, null, ${now}, ${now}, ${seqBase + SIGNALS} + i
       from ${series(deals)} s`,
    `insert into deal_accounts (workspace_id, deal_id, position, domain, domain_input, external_id, name)
       select ${ws}, ${id('6d000000', 'i')}, 0, 'acct' || (i * 97 % ${ACCOUNTS}) || '.bench.example', null, null, null
       from ${series(deals)} s`,
    `insert into sales_activities (workspace_id, id, external_activity_id, activity_type, occurred_at, domain, account_name, subject, owner_email, owner_name, owner_id, from_name, from_email, call_title, duration_minutes, outcome, direction, open_count, click_count, created_at, change_seq)
       select ${ws}, ${id('6e000000', 'i')}, 'act-' || i, case when i % 2 = 0 then 'call' else 'email' end,
         ${now} - (${h3} % ${60 * DAY}), 'acct' || (${h2} % ${ACCOUNTS}) || '.bench.example', null, null, 'rep@bench.example', null, null, null, null, null, null, null, null, null, null, ${now},
         ${seqBase + SIGNALS + deals} + i
       from ${series(activities)} s`,
    // The clock lives in change_clocks once the workspace has stamped anything (migration 023).
    `insert into change_clocks (workspace_id, change_seq, change_clock) values (${ws}, ${seqBase + SIGNALS + deals + activities}, ${now})
       on conflict (workspace_id) do update set change_seq = excluded.change_seq, change_clock = excluded.change_clock`,
  ];
}

export async function generateScoringData(database: BenchDatabase, workspaceId: string, accounts: number, signals: number): Promise<number> {
  const now = Date.now();
  const statements = generationSql(database.engine, workspaceId, now, accounts, signals);
  // The domain index is built once after the bulk load (random-order inserts into it are slow);
  // same name and columns as migration 016.
  const dropIndex = 'drop index signals_domain_fold_idx';
  const createIndex = 'create index signals_domain_fold_idx on signals (workspace_id, domain, source, occurred_at, type, created_at, count, ingested_seq, topic, score)';
  if (database.config.engine === 'sqlite') {
    const db = new Database(database.config.path);
    db.pragma('journal_mode = WAL');
    db.pragma('cache_size = -262144');
    db.exec(dropIndex);
    for (const statement of statements) db.exec(statement);
    db.exec(createIndex);
    db.exec('analyze');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  } else {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(dropIndex);
    for (const statement of statements) await client.query(statement);
    await client.query(createIndex);
    // As autovacuum leaves a table that has settled: statistics, and the visibility map that lets an
    // index-only scan (the scoring fold's) skip the table.
    await client.query('vacuum analyze');
    await client.end();
  }
  return now;
}


/**
 * The ceiling the scoring benchmarks compare a run with: one SQL statement, the decayed sum per
 * (domain, source) over every signal of the workspace (14-day half-life), on a connection of its
 * own. Timed `times` times; the median.
 */
export async function sqlAggregate(database: BenchDatabase, workspaceId: string, times = 1): Promise<{ ms: number; groups: number }> {
  const now = Date.now();
  const text = `select count(*) as n from (select domain, source, sum(count * exp((occurred_at - ${now}) * ${Math.LN2 / (14 * DAY)})) as v
    from signals where workspace_id = '${workspaceId}' group by domain, source) t`;
  const timings: number[] = [];
  let groups = 0;
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    if (database.config.engine === 'sqlite') {
      const db = new Database(database.config.path, { readonly: true });
      groups = Number((db.prepare(text).get() as { n: number }).n);
      db.close();
    } else {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      groups = Number((await client.query<{ n: number }>(text)).rows[0].n);
      await client.end();
    }
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return { ms: timings[Math.floor(timings.length / 2)], groups };
}

/**
 * The other floor of a first full run: writing every account's visible outputs (the five scores and
 * the journey stage) and a new change stamp, as delta sync needs, in one UPDATE over the workspace —
 * through the same indexes a run's writes maintain, with none of a run's reading or deciding. Rolled
 * back, so the data is left as it was; timed without the rollback.
 */
export async function sqlWriteFloor(database: BenchDatabase, workspaceId: string): Promise<{ ms: number; rows: number }> {
  const text = `update accounts set account_score = 1 + abs(change_seq * 7) % 100, website_intent_score = abs(change_seq * 11) % 100,
      bombora_intent_score = abs(change_seq * 13) % 100, g2_intent_score = abs(change_seq * 17) % 100,
      advertising_activity_score = abs(change_seq * 19) % 100, journey_stage = 'Aware',
      change_seq = change_seq + 1000000000000, changed_at = changed_at + 1
    where workspace_id = '${workspaceId}'`;
  if (database.config.engine === 'sqlite') {
    const db = new Database(database.config.path);
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -65536');
    try {
      db.exec('begin immediate');
      const started = performance.now();
      const { changes } = db.prepare(text).run();
      const ms = performance.now() - started;
      db.exec('rollback');
      return { ms, rows: changes };
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('begin');
    const started = performance.now();
    const { rowCount } = await client.query(text);
    const ms = performance.now() - started;
    await client.query('rollback');
    return { ms, rows: rowCount ?? 0 };
  } finally {
    await client.end();
  }
}
