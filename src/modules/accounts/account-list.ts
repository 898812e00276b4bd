/**
 * GET /accounts with `sort`, `stage`, `segmentId`, `tag` or `q` (issue 12, the console's Accounts
 * page): the request's parameters checked and turned into an AccountListQuery, and its cursor.
 * Without any of them GET /accounts is the SPEC §3.1 delta-sync listing, unchanged.
 */
import { ApiError } from '../../http/errors.js';
import { clockSeen, readCursor } from '../../http/cursor.js';
import { isId } from '../../lib/ids.js';
import { SORT_COLUMNS, type AccountListFilters, type AccountListPosition, type AccountSort, type ScoreField } from './account-list.repository.js';
import type { ListAccountsQuery } from './accounts.schema.js';

/** Every value `sort` accepts; the first is the default when a filter comes without a sort. */
export const ACCOUNT_SORTS = [
  '-rtp_account_score',
  'rtp_account_score',
  '-rtp_website_intent_score',
  'rtp_website_intent_score',
  '-rtp_bombora_intent_score',
  'rtp_bombora_intent_score',
  '-rtp_g2_intent_score',
  'rtp_g2_intent_score',
  '-rtp_advertising_activity_score',
  'rtp_advertising_activity_score',
  '-rtp_last_account_date',
] as const;

export type AccountSortName = (typeof ACCOUNT_SORTS)[number];

export const DEFAULT_ACCOUNT_SORT: AccountSortName = '-rtp_account_score';

/** The parameters that ask for the sorted, filtered listing. */
const BROWSE_PARAMS = ['sort', 'stage', 'segmentId', 'tag', 'q'] as const;

export function isBrowseQuery(query: ListAccountsQuery): boolean {
  return BROWSE_PARAMS.some((name) => query[name] !== undefined);
}

/** Delta sync (`lastSync`) and the domains lookup keep their own order and answer; mixing them with a sort or filter is refused. */
export function refuseMixedQuery(query: ListAccountsQuery): void {
  const used = BROWSE_PARAMS.filter((name) => query[name] !== undefined).join(', ');
  if (query.lastSync !== undefined) {
    throw ApiError.badRequest(`lastSync cannot be combined with ${used}: delta sync lists accounts in change order; page it without them`);
  }
  if (query.domains !== undefined) throw ApiError.badRequest(`domains cannot be combined with ${used}`);
}

export function parseSort(name: AccountSortName): AccountSort {
  if (name === '-rtp_last_account_date') return { kind: 'lastChange' };
  const descending = name.startsWith('-');
  const field = (descending ? name.slice(1) : name) as ScoreField;
  return { kind: 'score', column: SORT_COLUMNS[field], descending };
}

/** The filters, trimmed; blank text filters are refused rather than read as "no filter". */
export function parseFilters(query: ListAccountsQuery): AccountListFilters {
  const filters: AccountListFilters = {};
  if (query.stage !== undefined) filters.stage = query.stage;
  if (query.segmentId !== undefined) {
    if (!isId(query.segmentId)) throw ApiError.badRequest('Invalid segmentId format');
    filters.segmentId = query.segmentId;
  }
  if (query.tag !== undefined) filters.tag = nonBlank(query.tag, 'tag');
  if (query.q !== undefined) filters.prefix = nonBlank(query.q, 'q');
  return filters;
}

function nonBlank(value: string, name: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw ApiError.badRequest(`${name} must not be blank`);
  return trimmed;
}

/** A cursor belongs to one sort: reused under another it is an `Invalid cursor`, never a wrong page. */
export function cursorKind(sort: AccountSortName): string {
  return `accounts${sort}`;
}

/** Where a page starts, and the change clock its cursor carries (`clockSeen`, for read replicas). */
export function decodePosition(raw: string | undefined, sortName: AccountSortName): { after: AccountListPosition | undefined; seen: number } {
  if (raw === undefined) return { after: undefined, seen: 0 };
  if (sortName === '-rtp_last_account_date') {
    const cursor = readCursor(raw, cursorKind(sortName), ['integer']);
    return { after: { changeSeq: Number(cursor.key[0]) }, seen: clockSeen(cursor, undefined) };
  }
  const cursor = readCursor(raw, cursorKind(sortName), ['integer', 'string']);
  const [value, id] = cursor.key;
  return { after: { value: Number(value), id: String(id) }, seen: clockSeen(cursor, undefined) };
}
