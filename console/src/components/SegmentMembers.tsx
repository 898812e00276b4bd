import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, errorText } from '../api/client';

const PAGE_SIZE = 25;
const score = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** A segment's members (GET /segments/:segmentId/accounts), by cursor; a static segment's can be removed. */
export function SegmentMembers({ segmentId, removable }: { segmentId: string; removable: boolean }) {
  const queryClient = useQueryClient();
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const pageNumber = cursors.length;
  const members = useQuery({
    queryKey: ['segment-members', segmentId, cursor],
    queryFn: () => api.get('/api/v1/segments/{segmentId}/accounts', { path: { segmentId }, query: { limit: PAGE_SIZE, ...(cursor === undefined ? {} : { cursor }) } }),
    placeholderData: keepPreviousData,
  });
  const remove = useMutation({
    mutationFn: (rtpAid: string) => api.delete('/api/v1/segments/{segmentId}/accounts', { path: { segmentId }, body: { accounts: [{ rtp_aid: rtpAid }] } }),
    onSuccess: () => invalidateSegment(queryClient, segmentId),
  });
  const rows = members.data?.data ?? [];
  const nextCursor = members.data?.nextCursor ?? null;

  return (
    <section className="card" aria-labelledby="members-title">
      <h2 id="members-title">Members</h2>
      {members.isError ? (
        <p role="alert" className="banner-error">
          {errorText(members.error)}
        </p>
      ) : null}
      {remove.isError ? (
        <p role="alert" className="banner-error">
          {errorText(remove.error)}
        </p>
      ) : null}
      {members.isPending ? <p role="status" className="page-status">Loading members…</p> : null}
      {members.isSuccess && rows.length === 0 && pageNumber === 1 ? <p className="muted">No members yet.</p> : null}
      {rows.length > 0 ? (
        <div className="table-wrap" role="region" aria-labelledby="members-caption" tabIndex={0}>
          <table className="data-table" aria-busy={members.isFetching}>
            <caption id="members-caption" className="visually-hidden">
              Members, page {pageNumber}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Domain</th>
                <th scope="col" className="numeric">
                  Account score
                </th>
                <th scope="col">Journey stage</th>
                {removable ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((account) => (
                <tr key={account.rtp_aid}>
                  <td className="account-name">{account.name}</td>
                  <td>{account.domain}</td>
                  <td className="numeric">{score(account.rtp_account_score)}</td>
                  <td>
                    <span className="stage">{account.rtp_journey_stage}</span>
                  </td>
                  {removable ? (
                    <td>
                      <button
                        type="button"
                        className="button link-button"
                        disabled={remove.isPending}
                        onClick={() => remove.mutate(account.rtp_aid)}
                        aria-label={`Remove ${account.name} from the segment`}
                      >
                        Remove
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {members.isSuccess && (rows.length > 0 || pageNumber > 1) ? (
        <nav className="pager" aria-label="Members pages">
          <button type="button" className="button" disabled={pageNumber === 1 || members.isFetching} onClick={() => setCursors((c) => c.slice(0, -1))}>
            Previous
          </button>
          <span aria-live="polite">Page {pageNumber}</span>
          <button
            type="button"
            className="button"
            disabled={nextCursor === null || members.isFetching}
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

/** After a change of members: the segment's count, its member pages and the list are stale. */
export async function invalidateSegment(queryClient: ReturnType<typeof useQueryClient>, segmentId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['segment-members', segmentId] }),
    queryClient.invalidateQueries({ queryKey: ['segment', segmentId] }),
    queryClient.invalidateQueries({ queryKey: ['segments'] }),
  ]);
}
