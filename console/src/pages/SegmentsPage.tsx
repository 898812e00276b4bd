import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { api, errorText } from '../api/client';
import '../components/Segment.css';
import { usePageTitle } from '../usePageTitle';

const PAGE_SIZE = 25;
type TypeFilter = 'all' | 'static' | 'dynamic';
type StatusFilter = '' | 'active' | 'draft' | 'archived';

/** The workspace's segments (GET /segments with `type`, which adds each one's type and member count), a page at a time. */
export function SegmentsPage() {
  usePageTitle('Segments');
  const ids = { type: useId(), status: useId() };
  const [type, setType] = useState<TypeFilter>('all');
  const [status, setStatus] = useState<StatusFilter>('');
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const pageNumber = cursors.length;

  const segments = useQuery({
    queryKey: ['segments', { type, status, cursor }],
    queryFn: () => api.get('/api/v1/segments', { query: { type, limit: PAGE_SIZE, ...(status === '' ? {} : { status }), ...(cursor === undefined ? {} : { cursor }) } }),
    placeholderData: keepPreviousData,
  });
  const rows = segments.data?.data ?? [];
  const nextCursor = segments.data?.nextCursor ?? null;
  const filter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setCursors([undefined]);
  };

  return (
    <section aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">Segments</h1>
        <Link to="/segments/new" className="button primary">
          New segment
        </Link>
      </div>
      <div className="filters">
        <div className="field field-inline">
          <label htmlFor={ids.type}>Type</label>
          <select id={ids.type} value={type} onChange={(event) => filter(setType)(event.target.value as TypeFilter)}>
            <option value="all">All types</option>
            <option value="static">Static</option>
            <option value="dynamic">Dynamic</option>
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor={ids.status}>Status</label>
          <select id={ids.status} value={status} onChange={(event) => filter(setStatus)(event.target.value as StatusFilter)}>
            <option value="">Active and draft</option>
            <option value="active">Active</option>
            <option value="draft">Draft</option>
            <option value="archived">Archived</option>
          </select>
        </div>
      </div>
      {segments.isError ? (
        <p role="alert" className="banner-error">
          {errorText(segments.error)}
        </p>
      ) : null}
      {segments.isPending ? (
        <p role="status" className="page-status">
          Loading segments…
        </p>
      ) : null}
      {segments.isSuccess && rows.length === 0 && pageNumber === 1 ? (
        <div className="card">
          <p>
            <strong>No segments here.</strong> A static segment holds the accounts you put in it; a dynamic one holds the accounts that match its
            rules. <Link to="/segments/new">Create one</Link>.
          </p>
        </div>
      ) : null}
      {rows.length > 0 ? (
        <div className="table-wrap" role="region" aria-labelledby="segments-caption" tabIndex={0}>
          <table className="data-table" aria-busy={segments.isFetching}>
            <caption id="segments-caption" className="visually-hidden">
              Segments, page {pageNumber}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">Status</th>
                <th scope="col" className="numeric">
                  Members
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((segment) => (
                <tr key={segment.segmentId}>
                  <td>
                    <Link to={`/segments/${segment.segmentId}`} className="account-name">
                      {segment.name}
                    </Link>
                  </td>
                  <td>{segment.type === 'dynamic' ? 'Dynamic' : 'Static'}</td>
                  <td>
                    <span className={`status status-${segment.status}`}>{segment.status}</span>
                  </td>
                  <td className="numeric">{(segment.memberCount ?? 0).toLocaleString('en')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {segments.isSuccess && (rows.length > 0 || pageNumber > 1) ? (
        <nav className="pager" aria-label="Segments pages">
          <button type="button" className="button" disabled={pageNumber === 1 || segments.isFetching} onClick={() => setCursors((c) => c.slice(0, -1))}>
            Previous
          </button>
          <span aria-live="polite">Page {pageNumber}</span>
          <button
            type="button"
            className="button"
            disabled={nextCursor === null || segments.isFetching}
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
