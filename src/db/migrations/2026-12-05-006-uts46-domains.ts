import { sql, type Kysely, type Transaction } from 'kysely';
import { domainToASCII } from 'node:url';

// Frozen once released: never import application code here; change the schema in a new file.
//
// Issue 10, class 7: domains are now normalised with UTS-46 (WHATWG URL host processing) instead of
// lowercase + punycode. A domain stored before could only come out differently if it has an `xn--`
// label: an ASCII label maps to itself. Such a label is either valid UTS-46 (unchanged) or the
// punycode of a look-alike spelling (`ａｃｍｅ.com` was stored as `xn--mi7ceg5a.com`, `ac\u00adme.com`
// as `xn--acme-rga.com`) or invalid punycode (`xn--a.com`), which the API now refuses as input.
//
// This migration gives each such account the domain its spelling has now (`acme.com`), so the next
// push of that spelling finds it instead of creating a second account — but only where no account
// of the workspace holds that domain already: two accounts are never merged here (a look-alike pair
// created before the fix is left for the operator, docs/request-values.md). With the account, the
// workspace's signals, sales activities and deal associations stored under the old form move too,
// and the account and those deals get new change stamps so delta sync sends them again (SPEC §2.7).
// Invalid punycode has no new form and is left as it is.

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

/** RFC 3492 §6.1 bias adaptation. */
function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : Math.floor(delta / 2);
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  return BASE;
}

/** RFC 3492 §6.2: the Unicode of a punycode label (without `xn--`); undefined when it is not punycode. */
export function decodePunycode(input: string): string | undefined {
  const basicEnd = Math.max(input.lastIndexOf('-'), 0);
  const output: number[] = [];
  for (let j = 0; j < basicEnd; j += 1) {
    if (input.charCodeAt(j) >= 0x80) return undefined;
    output.push(input.charCodeAt(j));
  }
  let [n, bias, i] = [128, 72, 0];
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length; ) {
    const before = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) return undefined;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) return undefined;
      i += digit * w;
      if (i > 0x7fffffff) return undefined;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
    }
    bias = adapt(i - before, output.length + 1, before === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return undefined;
    output.splice(i, 0, n);
    i += 1;
  }
  return String.fromCodePoint(...output);
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * What a stored domain is under UTS-46 (the host rules of SPEC §2.6 as of this migration: a stored
 * domain has no scheme, port or path left); null when it has no valid form.
 */
export function uts46FormOf(stored: string): string | null {
  const labels = stored.split('.').map((label) => (label.startsWith('xn--') ? decodePunycode(label.slice(4)) : label));
  if (labels.some((label) => label === undefined)) return null;
  let ascii = domainToASCII(labels.join('.'));
  if (ascii.endsWith('.')) ascii = ascii.slice(0, -1);
  while (ascii.startsWith('www.')) ascii = ascii.slice(4);
  if (ascii === '' || ascii.length > 253) return null;
  const parts = ascii.split('.');
  if (parts.length < 2 || !parts.every((label) => LABEL.test(label)) || /^\d+$/.test(parts[parts.length - 1])) return null;
  return ascii;
}

/** The workspace's next change stamps, as the application reserves them (src/db/change-stamps.ts at 2026-12). */
async function reserveStamps(trx: Transaction<any>, workspaceId: string, count: number) {
  const now = Date.now();
  const row = await trx
    .updateTable('workspaces')
    .set({
      change_seq: sql`change_seq + ${count}`,
      change_clock: sql`case when change_clock >= ${now} then change_clock + 1 else ${now} end`,
    })
    .where('id', '=', workspaceId)
    .returning(['change_seq', 'change_clock'])
    .executeTakeFirstOrThrow();
  return { firstSeq: Number(row.change_seq) - count + 1, changedAt: Number(row.change_clock) };
}

async function moveDomain(trx: Transaction<any>, account: { workspace_id: string; id: string }, from: string, to: string) {
  const { workspace_id: workspaceId } = account;
  const deals = await trx.selectFrom('deal_accounts').select('deal_id').distinct().where('workspace_id', '=', workspaceId).where('domain', '=', from).execute();
  for (const table of ['accounts', 'signals', 'sales_activities', 'deal_accounts']) {
    await trx.updateTable(table).set({ domain: to }).where('workspace_id', '=', workspaceId).where('domain', '=', from).execute();
  }
  const stamps = await reserveStamps(trx, workspaceId, 1 + deals.length);
  await trx
    .updateTable('accounts')
    .set({ change_seq: stamps.firstSeq, changed_at: stamps.changedAt })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', account.id)
    .execute();
  for (const [i, deal] of deals.entries()) {
    await trx
      .updateTable('deals')
      .set({ change_seq: stamps.firstSeq + 1 + i, changed_at: stamps.changedAt })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', deal.deal_id)
      .execute();
  }
}

async function migrateDomains(trx: Transaction<any>): Promise<void> {
  // Only an `xn--` label can read differently now; this scan reads the accounts table once.
  const candidates = await trx
    .selectFrom('accounts')
    .select(['workspace_id', 'id', 'domain'])
    .where((eb) => eb.or([eb('domain', 'like', 'xn--%'), eb('domain', 'like', '%.xn--%')]))
    .orderBy('workspace_id')
    .orderBy('id')
    .execute();
  for (const account of candidates) {
    const to = uts46FormOf(account.domain);
    if (to === null || to === account.domain) continue;
    const holder = await trx
      .selectFrom('accounts')
      .select('id')
      .where('workspace_id', '=', account.workspace_id)
      .where('domain', '=', to)
      .executeTakeFirst();
    if (holder === undefined) await moveDomain(trx, account, account.domain, to);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  // PostgreSQL runs each migration in a transaction already; SQLite's Migrator does not.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- isTransaction: Kysely made this instance a Transaction
  if (db.isTransaction) await migrateDomains(db as Transaction<any>);
  else await db.transaction().execute(migrateDomains);
}

export async function down(): Promise<void> {
  // Nothing to undo in the schema; the old spellings of the moved domains are not restored (they
  // were the look-alike keys this migration exists to retire).
}
