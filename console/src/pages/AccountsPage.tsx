import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, errorText } from '../api/client';
import type { components, operations } from '../api/client';
import { AccountFilters, type AccountFilterValues } from '../components/AccountFilters';
import { usePageTitle } from '../usePageTitle';

type Account = components['schemas']['Account'];
type SortName = NonNullable<NonNullable<operations['listAccounts']['parameters']['query']>['sort']>;
/** A column the API sorts by (the field name without the `-` of descending). */
type Unsigned<S> = S extends `-${infer F}` ? F : S;
type SortField = Unsigned<SortName>;

const PAGE_SIZE = 25;
const DEFAULT_SORT: SortName = '-rtp_account_score';
/** Every value the API accepts, so a hand-edited URL cannot send a sort it refuses. */
const SORTS = new Set<string>([
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
]);

const score = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Column id → the sort field it orders by; `descOnly`: the API sorts it one way (latest change first). */
const SORTABLE: Partial<Record<string, { field: SortField; descOnly?: boolean }>> = {
  rtp_account_score: { field: 'rtp_account_score' },
  rtp_website_intent_score: { field: 'rtp_website_intent_score' },
  rtp_bombora_intent_score: { field: 'rtp_bombora_intent_score' },
  rtp_g2_intent_score: { field: 'rtp_g2_intent_score' },
  rtp_advertising_activity_score: { field: 'rtp_advertising_activity_score' },
  rtp_last_account_date: { field: 'rtp_last_account_date', descOnly: true },
};

const column = createColumnHelper<Account>();
const numeric = { numeric: true };
const COLUMNS = [
  column.accessor('name', {
    header: 'Name',
    cell: (info) => (
      <Link className="account-name" to={`/accounts/${info.row.original.rtp_aid}`}>
        {info.getValue()}
      </Link>
    ),
  }),
  column.accessor('domain', { header: 'Domain' }),
  column.accessor('rtp_account_score', { header: 'Account score', cell: (info) => score(info.getValue()), meta: numeric }),
  column.accessor('rtp_website_intent_score', { header: 'Website intent', cell: (info) => score(info.getValue()), meta: numeric }),
  column.accessor('rtp_bombora_intent_score', { header: 'Bombora intent', cell: (info) => score(info.getValue()), meta: numeric }),
  column.accessor('rtp_g2_intent_score', { header: 'G2 intent', cell: (info) => score(info.getValue()), meta: numeric }),
  column.accessor('rtp_advertising_activity_score', { header: 'Advertising activity', cell: (info) => score(info.getValue()), meta: numeric }),
  column.accessor('rtp_journey_stage', { header: 'Journey stage', cell: (info) => <span className="stage">{info.getValue()}</span> }),
  column.accessor('rtp_segments', {
    header: 'Segments',
    cell: (info) => (info.getValue().length === 0 ? <span className="muted">—</span> : info.getValue().map((s) => s.name).join(', ')),
  }),
  column.accessor('rtp_last_account_date', {
    header: 'Last change',
    cell: (info) => <time dateTime={info.getValue()}>{dateTime.format(new Date(info.getValue()))}</time>,
  }),
];

function isNumeric(meta: unknown): boolean {
  return (meta as { numeric?: boolean } | undefined)?.numeric === true;
}

/** Sort and filters from the URL, so a reload or a shared link shows the same list. */
function useListState() {
  const [params, setParams] = useSearchParams();
  const rawSort = params.get('sort') ?? DEFAULT_SORT;
  const sort = (SORTS.has(rawSort) ? rawSort : DEFAULT_SORT) as SortName;
  const filters: AccountFilterValues = {
    stage: params.get('stage') ?? '',
    segmentId: params.get('segment') ?? '',
    tag: params.get('tag') ?? '',
    q: params.get('q') ?? '',
  };
  const update = (next: { sort: SortName; filters: AccountFilterValues }) => {
    const search = new URLSearchParams();
    if (next.sort !== DEFAULT_SORT) search.set('sort', next.sort);
    if (next.filters.q) search.set('q', next.filters.q);
    if (next.filters.stage) search.set('stage', next.filters.stage);
    if (next.filters.segmentId) search.set('segment', next.filters.segmentId);
    if (next.filters.tag) search.set('tag', next.filters.tag);
    setParams(search);
  };
  return { sort, filters, update, key: params.toString() };
}

function nextSort(current: SortName, field: SortField, descOnly: boolean): SortName {
  if (descOnly || current !== `-${field}`) return `-${field}` as SortName;
  return field as SortName;
}

function ariaSort(current: SortName, field: SortField): 'ascending' | 'descending' | undefined {
  if (current === `-${field}`) return 'descending';
  if (current === field) return 'ascending';
  return undefined;
}

/**
 * The workspace's accounts (GET /api/v1/accounts with sort and filters), a page at a time by the
 * API's cursor; the sort and filters live in the URL.
 */
export function AccountsPage() {
  usePageTitle('Accounts');
  const list = useListState();
  // The cursors of the pages walked so far, for this sort and these filters (a new list starts at page 1).
  const [walk, setWalk] = useState<{ key: string; cursors: Array<string | undefined> }>({ key: list.key, cursors: [undefined] });
  const cursors = walk.key === list.key ? walk.cursors : [undefined];
  const cursor = cursors[cursors.length - 1];
  const pageNumber = cursors.length;
  const { filters, sort } = list;
  const filtered = Object.values(filters).some((value) => value !== '');

  const accounts = useQuery({
    queryKey: ['accounts', { sort, filters, cursor, limit: PAGE_SIZE }],
    queryFn: () =>
      api.get('/api/v1/accounts', {
        query: {
          limit: PAGE_SIZE,
          sort,
          ...(cursor === undefined ? {} : { cursor }),
          ...(filters.stage ? { stage: filters.stage as NonNullable<operations['listAccounts']['parameters']['query']>['stage'] } : {}),
          ...(filters.segmentId ? { segmentId: filters.segmentId } : {}),
          ...(filters.tag ? { tag: filters.tag } : {}),
          ...(filters.q ? { q: filters.q } : {}),
        },
      }),
    placeholderData: keepPreviousData,
  });

  const table = useReactTable({ data: accounts.data?.data ?? [], columns: COLUMNS, getCoreRowModel: getCoreRowModel() });
  const nextCursor = accounts.data?.nextCursor ?? null;
  const rows = table.getRowModel().rows;
  const turnPage = (next: Array<string | undefined>) => setWalk({ key: list.key, cursors: next });

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Accounts</h1>
      <AccountFilters values={filters} onChange={(next) => list.update({ sort, filters: next })} />
      {accounts.isError ? (
        <p role="alert" className="banner-error">
          {errorText(accounts.error)}
        </p>
      ) : null}
      {accounts.isPending ? (
        <p role="status" className="page-status">
          Loading accounts…
        </p>
      ) : null}
      {accounts.isSuccess && rows.length === 0 && pageNumber === 1 ? (
        <div className="card" role="status">
          {filtered ? (
            <p>
              <strong>No account matches these filters.</strong> Search looks at the start of a domain or a name; clear a filter to see more.
            </p>
          ) : (
            <p>
              <strong>No accounts yet.</strong> Push them through the API (<code>POST /api/v1/accounts</code> with your key) or load demo data with{' '}
              <code>intentbase seed</code>.
            </p>
          )}
        </div>
      ) : null}
      {rows.length > 0 ? (
        <div className="table-wrap" role="region" aria-labelledby="accounts-caption" tabIndex={0}>
          <table className="data-table" aria-busy={accounts.isFetching}>
            <caption id="accounts-caption" className="visually-hidden">
              Accounts, page {pageNumber}
            </caption>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const sortable = SORTABLE[header.column.id];
                    const label = flexRender(header.column.columnDef.header, header.getContext());
                    const classes = [isNumeric(header.column.columnDef.meta) ? 'numeric' : '', sortable ? 'sortable' : ''].filter(Boolean).join(' ');
                    return (
                      <th key={header.id} scope="col" className={classes || undefined} aria-sort={sortable ? ariaSort(sort, sortable.field) : undefined}>
                        {sortable ? (
                          <button type="button" className="sort-button" onClick={() => list.update({ sort: nextSort(sort, sortable.field, sortable.descOnly === true), filters })}>
                            {label}
                          </button>
                        ) : (
                          label
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.original.rtp_aid}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={isNumeric(cell.column.columnDef.meta) ? 'numeric' : undefined}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {accounts.isSuccess && (rows.length > 0 || pageNumber > 1) ? (
        <nav className="pager" aria-label="Accounts pages">
          <button type="button" className="button" disabled={pageNumber === 1 || accounts.isFetching} onClick={() => turnPage(cursors.slice(0, -1))}>
            Previous
          </button>
          <span aria-live="polite">
            Page {pageNumber}
            {accounts.isFetching ? ' (loading…)' : ''}
          </span>
          <button
            type="button"
            className="button"
            disabled={nextCursor === null || accounts.isFetching}
            onClick={() => {
              if (nextCursor !== null) turnPage([...cursors, nextCursor]);
            }}
          >
            Next
          </button>
        </nav>
      ) : null}
    </section>
  );
}
