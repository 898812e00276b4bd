import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../api/client';

/** The filters of the Accounts page, as the URL's query string holds them ('' = not set). */
export interface AccountFilterValues {
  stage: string;
  segmentId: string;
  tag: string;
  q: string;
}

const TYPING_PAUSE_MS = 350;

/** `value` once it has not changed for `delay` ms: a search is sent when typing pauses, not per key. */
function useDebounced(value: string, delay: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** A text filter whose typing is local and whose value reaches the page (and the URL) when typing pauses. */
function DebouncedText(props: { id: string; label: string; hint: string; value: string; onChange: (value: string) => void; type?: string }) {
  const { value, onChange } = props;
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const settled = useDebounced(text, TYPING_PAUSE_MS);
  // A new URL (back button, a shared link) replaces what is typed (state derived while rendering, as React advises).
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  useEffect(() => {
    if (settled.trim() !== value) onChange(settled.trim());
    // onChange is a new function each render; only the settled text should trigger a change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input id={props.id} type={props.type ?? 'text'} value={text} maxLength={255} aria-describedby={`${props.id}-hint`} onChange={(event) => setText(event.target.value)} />
      <span id={`${props.id}-hint`} className="hint">
        {props.hint}
      </span>
    </div>
  );
}

/** Stage (GET /journey-stages), segment (GET /segments?type=all), tag and search. */
export function AccountFilters(props: { values: AccountFilterValues; onChange: (values: AccountFilterValues) => void }) {
  const { values, onChange } = props;
  const stages = useQuery({ queryKey: ['journey-stages'], queryFn: () => api.get('/api/v1/journey-stages'), staleTime: Infinity });
  const segments = useQuery({
    queryKey: ['segments', 'all-for-filter'],
    queryFn: () => api.get('/api/v1/segments', { query: { type: 'all', limit: 1000 } }),
  });
  const set = (change: Partial<AccountFilterValues>) => onChange({ ...values, ...change });

  return (
    <form className="account-filters" role="search" aria-label="Filter accounts" onSubmit={(event) => event.preventDefault()}>
      <DebouncedText id="account-search" label="Search" hint="Start of a domain or name" type="search" value={values.q} onChange={(q) => set({ q })} />
      <div className="field">
        <label htmlFor="account-stage">Journey stage</label>
        <select id="account-stage" value={values.stage} onChange={(event) => set({ stage: event.target.value })}>
          <option value="">All stages</option>
          {(stages.data ?? []).map((stage) => (
            <option key={stage} value={stage}>
              {stage}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="account-segment">Segment</label>
        <select id="account-segment" value={values.segmentId} onChange={(event) => set({ segmentId: event.target.value })}>
          <option value="">All segments</option>
          {(segments.data?.data ?? []).map((segment) => (
            <option key={segment.segmentId} value={segment.segmentId}>
              {segment.name}
            </option>
          ))}
        </select>
      </div>
      <DebouncedText id="account-tag" label="Tag" hint="Exact tag, any case" value={values.tag} onChange={(tag) => set({ tag })} />
    </form>
  );
}
