import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useState } from 'react';
import { api, errorText, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { usePageTitle } from '../usePageTitle';

type Account = components['schemas']['Account'];

const PAGE_SIZE = 25;

const column = createColumnHelper<Account>();
const score = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

const COLUMNS = [
  column.accessor('name', {
    header: 'Name',
    cell: (info) => <span className="account-name">{info.getValue()}</span>,
  }),
  column.accessor('domain', { header: 'Domain' }),
  column.accessor('rtp_account_score', { header: 'Account score', cell: (info) => score(info.getValue()), meta: { numeric: true } }),
  column.accessor('rtp_website_intent_score', { header: 'Website intent', cell: (info) => score(info.getValue()), meta: { numeric: true } }),
  column.accessor('rtp_bombora_intent_score', { header: 'Bombora intent', cell: (info) => score(info.getValue()), meta: { numeric: true } }),
  column.accessor('rtp_g2_intent_score', { header: 'G2 intent', cell: (info) => score(info.getValue()), meta: { numeric: true } }),
  column.accessor('rtp_advertising_activity_score', {
    header: 'Advertising activity',
    cell: (info) => score(info.getValue()),
    meta: { numeric: true },
  }),
  column.accessor('rtp_journey_stage', { header: 'Journey stage', cell: (info) => <span className="stage">{info.getValue()}</span> }),
  column.accessor('rtp_segments', {
    header: 'Segments',
    cell: (info) => (info.getValue().length === 0 ? <span className="muted">—</span> : info.getValue().map((s) => s.name).join(', ')),
  }),
];

function isNumeric(meta: unknown): boolean {
  return (meta as { numeric?: boolean } | undefined)?.numeric === true;
}

/** The workspace's accounts, a page at a time by the API's cursor (GET /api/v1/accounts). */
export function AccountsPage() {
  usePageTitle('Accounts');
  // The cursors of the pages walked so far: the last is the current page's (undefined: the first page).
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const pageNumber = cursors.length;

  const accounts = useQuery({
    queryKey: ['accounts', { cursor, limit: PAGE_SIZE }],
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts', { params: { query: { limit: PAGE_SIZE, ...(cursor === undefined ? {} : { cursor }) } } })),
    placeholderData: keepPreviousData,
  });

  const table = useReactTable({ data: accounts.data?.data ?? [], columns: COLUMNS, getCoreRowModel: getCoreRowModel() });
  const nextCursor = accounts.data?.nextCursor ?? null;
  const rows = table.getRowModel().rows;

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Accounts</h1>
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
        <div className="card">
          <p>
            <strong>No accounts yet.</strong> Push them through the API (<code>POST /api/v1/accounts</code> with your key) or load demo data with{' '}
            <code>intentbase seed</code>.
          </p>
        </div>
      ) : null}
      {rows.length > 0 ? (
        <>
          <div className="table-wrap" role="region" aria-labelledby="accounts-caption" tabIndex={0}>
            <table className="data-table" aria-busy={accounts.isFetching}>
              <caption id="accounts-caption" className="visually-hidden">
                Accounts, page {pageNumber}
              </caption>
              <thead>
                {table.getHeaderGroups().map((group) => (
                  <tr key={group.id}>
                    {group.headers.map((header) => (
                      <th key={header.id} scope="col" className={isNumeric(header.column.columnDef.meta) ? 'numeric' : undefined}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                      </th>
                    ))}
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
        </>
      ) : null}
      {accounts.isSuccess && (rows.length > 0 || pageNumber > 1) ? (
        <nav className="pager" aria-label="Accounts pages">
          <button type="button" className="button" disabled={pageNumber === 1 || accounts.isFetching} onClick={() => setCursors((c) => c.slice(0, -1))}>
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
              if (nextCursor !== null) setCursors((c) => [...c, nextCursor]);
            }}
          >
            Next
          </button>
        </nav>
      ) : null}
    </section>
  );
}
