import type { Selectable } from 'kysely';
import type { Executor } from '../../db/index.js';
import type { SignalRow } from '../../db/schema.js';
import { chunks } from '../../lib/chunks.js';

export type StoredSignal = Selectable<SignalRow>;
export type NewSignal = Omit<StoredSignal, 'workspace_id'>;

/** Values per `IN (…)` list: far below SQLite's 32766 and PostgreSQL's 65535 bound parameters. */
const LOOKUP_CHUNK = 500;

/**
 * Rows per INSERT: 13 columns × 1000 = 13 000 parameters, under both engines' limits, so a full
 * request (1000 signals) is one statement.
 */
const INSERT_CHUNK = 1000;

/**
 * Inserts signals set-based. One whose (source, externalSignalId) is already stored — by an earlier
 * push or a concurrent one — is left alone (ON CONFLICT on the partial unique index, which the
 * conflict target must name with its predicate). Returns the ids actually inserted, so the caller
 * reports the others as duplicates.
 */
export async function insertSignals(db: Executor, workspaceId: string, signals: readonly NewSignal[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (const part of chunks(signals, INSERT_CHUNK)) {
    const rows = await db
      .insertInto('signals')
      .values(part.map((signal) => ({ ...signal, workspace_id: workspaceId })))
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'source', 'external_signal_id'])
          .where('external_signal_id', 'is not', null)
          .doNothing(),
      )
      .returning('id')
      .execute();
    for (const row of rows) inserted.add(row.id);
  }
  return inserted;
}

// ---------------------------------------------------------------------------------------------
// For scoring. Signals link to accounts by normalised domain when read, so an account created
// after its signals counts them at once.

export interface SignalDomainsPage {
  /** Distinct normalised domains with a signal ingested after the watermark, at most `limit`. */
  domains: string[];
  /**
   * The new watermark: every signal ingested after the old one and up to this one has its domain in
   * `domains`. Unchanged when there was nothing new.
   */
  lastSeq: number;
  /** False when the page reached the newest signal: the caller has caught up. */
  hasMore: boolean;
}

/** Signals read per query while collecting a page of domains. */
const SCAN_CHUNK = 5000;

/**
 * Which domains' signal inputs changed since a scoring run's watermark `afterSeq`, one page of at
 * most `limit` distinct domains at a time, in ingest order (pass the returned `lastSeq` as the next
 * `afterSeq`). `ingested_seq` comes from the workspace change sequence, handed out in commit order
 * under the workspace row lock (db/change-stamps.ts), and is unique per workspace, so a watermark
 * never skips a signal committed later and a page boundary never splits a sequence number. Domains
 * are reported whether or not an account holds them (a caller joins accounts as it needs).
 *
 * Reads the `(workspace_id, ingested_seq)` index in chunks, so memory is bounded however many
 * signals arrived; a domain that reappears in the page is scanned past, not returned twice. Run it
 * inside the caller's snapshot (transaction) when it pairs the watermark with other reads.
 */
export async function domainsWithSignalsAfter(db: Executor, workspaceId: string, afterSeq: number, limit: number): Promise<SignalDomainsPage> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const domains = new Set<string>();
  let lastSeq = afterSeq;
  for (;;) {
    const rows = await db
      .selectFrom('signals')
      .select(['domain', 'ingested_seq'])
      .where('workspace_id', '=', workspaceId)
      .where('ingested_seq', '>', lastSeq)
      .orderBy('ingested_seq')
      .limit(SCAN_CHUNK)
      .execute();
    for (const row of rows) {
      if (!domains.has(row.domain)) {
        // A new domain beyond the page: stop just before its signal, which the next page starts at.
        if (domains.size === limit) return { domains: [...domains], lastSeq, hasMore: true };
        domains.add(row.domain);
      }
      lastSeq = Number(row.ingested_seq);
    }
    if (rows.length < SCAN_CHUNK) return { domains: [...domains], lastSeq, hasMore: false };
  }
}

/** A signal as scoring needs it. */
export interface SignalFact {
  id: string;
  /** Normalised. */
  domain: string;
  source: string;
  type: string;
  /** Epoch ms. */
  occurredAt: number;
  count: number;
  /** Bombora topic and composite score (0–100); null for other sources unless pushed. */
  topic: string | null;
  score: number | null;
  url: string | null;
  externalSignalId: string | null;
  ingestedSeq: number;
}

function toFact(row: StoredSignal): SignalFact {
  return {
    id: row.id,
    domain: row.domain,
    source: row.source,
    type: row.type,
    occurredAt: Number(row.occurred_at),
    count: Number(row.count),
    topic: row.topic,
    score: row.score === null ? null : Number(row.score),
    url: row.url,
    externalSignalId: row.external_signal_id,
    ingestedSeq: Number(row.ingested_seq),
  };
}

/**
 * Every signal of the given normalised domains that occurred at or after `since` (epoch ms; all of
 * them without it). Each domain's signals are contiguous, ordered by source, occurrence time, id —
 * the `(workspace_id, domain, source, occurred_at)` index the query walks (the order of the domains
 * themselves follows the database's collation, so do not rely on it). Domains are read in chunks,
 * so any number can be asked for; hold the result per page of domains, not for a whole workspace.
 */
export async function signalsForDomains(db: Executor, workspaceId: string, domains: readonly string[], since?: number): Promise<SignalFact[]> {
  const facts: SignalFact[] = [];
  for (const part of chunks([...new Set(domains)], LOOKUP_CHUNK)) {
    let query = db.selectFrom('signals').selectAll().where('workspace_id', '=', workspaceId).where('domain', 'in', part);
    if (since !== undefined) query = query.where('occurred_at', '>=', since);
    const rows = await query.orderBy('domain').orderBy('source').orderBy('occurred_at').orderBy('id').execute();
    for (const row of rows) facts.push(toFact(row));
  }
  return facts;
}

