import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, errorData, errorStatus, errorText } from '../api/client';
import { isValidationIssues, type ValidationIssue } from './RuleModel';

/** How long the rules must stay unchanged before they are counted: one request per pause in typing, not per key. */
const DEBOUNCE_MS = 400;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The live count of who the rules select now (POST /segments/preview), and the server's issues with them. */
export function useSegmentPreview(rules: Record<string, unknown>) {
  const json = useDebounced(JSON.stringify(rules), DEBOUNCE_MS);
  const preview = useQuery({
    queryKey: ['segment-preview', json],
    queryFn: () => api.post('/api/v1/segments/preview', { body: { rules: JSON.parse(json) as unknown } }),
    placeholderData: keepPreviousData,
    // A refusal is an answer about the rules: asking again gives the same one.
    retry: false,
    staleTime: 30_000,
  });
  const { error } = preview;
  const refused = errorStatus(error) === 400;
  const data = errorData(error);
  const issues: ValidationIssue[] = refused && isValidationIssues(data) ? data : [];
  return { preview, refused, issues, settled: json === JSON.stringify(rules) };
}

type Preview = ReturnType<typeof useSegmentPreview>;

export function SegmentPreviewPanel({ state }: { state: Preview }) {
  const { preview, refused, settled } = state;
  const data = refused ? undefined : preview.data;
  const counting = preview.isFetching || !settled;
  return (
    <aside className="card segment-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Live member count</h2>
      <p className="preview-count" aria-live="polite" aria-atomic="true" data-testid="preview-count">
        {refused ? (
          <span>The rules cannot be counted yet: {preview.error instanceof Error ? preview.error.message : ''}</span>
        ) : data ? (
          <>
            <strong>{data.memberCount.toLocaleString('en')}</strong> {data.memberCount === 1 ? 'account matches' : 'accounts match'} now, of{' '}
            {data.accountsEvaluated.toLocaleString('en')}
          </>
        ) : preview.isError ? (
          <span>{errorText(preview.error)}</span>
        ) : (
          <span>Counting…</span>
        )}
      </p>
      <p className="hint">{counting ? 'Updating…' : 'Counted over every account of the workspace.'}</p>
      {data && data.sample.length > 0 ? (
        <>
          <h3 className="preview-sample-title">{data.memberCount > data.sample.length ? `The first ${data.sample.length}` : 'They are'}</h3>
          <ul className="preview-sample">
            {data.sample.map((account) => (
              <li key={account.rtp_aid}>
                <span className="account-name">{account.name}</span> <span className="muted">{account.domain}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
