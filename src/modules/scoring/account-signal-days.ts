/**
 * Signals per day and source of one account (issue 12: the console's account page charts the last
 * 90 days). Signals are keyed by domain (SPEC §4.1), so the account's domain is read first; the
 * count of a day is the sum of its signals' `count`, by UTC day.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/index.js';
import { SIGNAL_SOURCES } from '../signals/signal-sources.js';

const DAY_MS = 86_400_000;

export type SignalSource = (typeof SIGNAL_SOURCES)[number];

export interface SignalDay {
  /** YYYY-MM-DD, UTC. */
  day: string;
  website: number;
  g2: number;
  bombora: number;
  linkedin: number;
  total: number;
}

export interface AccountSignalDays {
  rtp_aid: string;
  domain: string;
  /** First and last day shown, inclusive (UTC). */
  from: string;
  to: string;
  days: SignalDay[];
}

const isoDay = (dayNumber: number) => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);

/** `days` days ending today (UTC, today included), every day present (zero where nothing arrived); undefined: no such account. */
export async function accountSignalDays(db: Executor, workspaceId: string, accountId: string, days: number, now: number): Promise<AccountSignalDays | undefined> {
  const account = await db.selectFrom('accounts').select(['id', 'domain']).where('workspace_id', '=', workspaceId).where('id', '=', accountId).executeTakeFirst();
  if (account === undefined) return undefined;
  const lastDay = Math.floor(now / DAY_MS);
  const firstDay = lastDay - days + 1;
  // The UTC day number, an integer on both engines; a literal, so the SELECT and the GROUP BY are the same expression to PostgreSQL.
  const dayOf = sql<number>`cast(occurred_at / ${sql.lit(DAY_MS)} as integer)`;
  const rows = await db
    .selectFrom('signals')
    .select(['source', dayOf.as('day'), (eb) => eb.fn.sum<number | string>('count').as('total')])
    .where('workspace_id', '=', workspaceId)
    .where('domain', '=', account.domain)
    .where('occurred_at', '>=', firstDay * DAY_MS)
    .where('occurred_at', '<', (lastDay + 1) * DAY_MS)
    .groupBy(['source', dayOf])
    .execute();
  const byDay = new Map<number, SignalDay>();
  for (let day = firstDay; day <= lastDay; day += 1) byDay.set(day, { day: isoDay(day), website: 0, g2: 0, bombora: 0, linkedin: 0, total: 0 });
  for (const row of rows) {
    const entry = byDay.get(Number(row.day));
    if (entry === undefined || !(SIGNAL_SOURCES as readonly string[]).includes(row.source)) continue;
    entry[row.source as SignalSource] += Number(row.total);
    entry.total += Number(row.total);
  }
  return { rtp_aid: account.id, domain: account.domain, from: isoDay(firstDay), to: isoDay(lastDay), days: [...byDay.values()] };
}
