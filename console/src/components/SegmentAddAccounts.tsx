import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SyntheticEvent } from 'react';
import { api, errorText } from '../api/client';
import { invalidateSegment } from './SegmentMembers';

/** What POST /segments/:segmentId/accounts takes at once. */
const REFS_PER_REQUEST = 1000;

/** The domains of a pasted list: one per line, or separated by commas, spaces or semicolons; each once. */
export function pastedDomains(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[\s,;]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !seen.has(item.toLowerCase()) && seen.add(item.toLowerCase()));
}

interface AddReport {
  added: number;
  unchanged: number;
  failed: Array<{ domain: string; error: string }>;
}

async function addDomains(segmentId: string, domains: string[]): Promise<AddReport> {
  const report: AddReport = { added: 0, unchanged: 0, failed: [] };
  for (let start = 0; start < domains.length; start += REFS_PER_REQUEST) {
    const part = domains.slice(start, start + REFS_PER_REQUEST);
    const result = await api.post('/api/v1/segments/{segmentId}/accounts', { path: { segmentId }, body: { accounts: part.map((domain) => ({ domain })) } });
    report.added += result.summary.added;
    report.unchanged += result.summary.unchanged;
    result.results.forEach((r, i) => {
      if (r.status === 'failed') report.failed.push({ domain: part[i] ?? r.domain ?? '', error: r.error ?? 'Failed' });
    });
  }
  return report;
}

/** Adds accounts to a static segment: one found by its domain (GET /accounts?domains=…), or a pasted list of domains. */
export function SegmentAddAccounts({ segmentId }: { segmentId: string }) {
  const queryClient = useQueryClient();
  const ids = { find: useId(), paste: useId(), pasteHint: useId() };
  const [lookup, setLookup] = useState('');
  const [pasted, setPasted] = useState('');

  const find = useMutation({
    mutationFn: (domain: string) => api.get('/api/v1/accounts', { query: { domains: JSON.stringify([domain]), limit: 10 } }),
  });
  const add = useMutation({
    mutationFn: (domains: string[]) => addDomains(segmentId, domains),
    onSuccess: () => invalidateSegment(queryClient, segmentId),
  });

  const onFind = (event: SyntheticEvent) => {
    event.preventDefault();
    if (lookup.trim() !== '') find.mutate(lookup.trim());
  };
  const onPaste = (event: SyntheticEvent) => {
    event.preventDefault();
    const domains = pastedDomains(pasted);
    if (domains.length > 0) add.mutate(domains);
  };
  const found = find.data?.data ?? [];

  return (
    <section className="card segment-add" aria-labelledby="add-title">
      <h2 id="add-title">Add accounts</h2>
      <div className="segment-add-grid">
        <form onSubmit={onFind} className="segment-add-form">
          <div className="field">
            <label htmlFor={ids.find}>Find an account by its domain</label>
            <div className="input-row">
              <input id={ids.find} type="text" value={lookup} maxLength={2048} onChange={(event) => setLookup(event.target.value)} placeholder="acme.com" />
              <button type="submit" className="button" disabled={find.isPending}>
                Find
              </button>
            </div>
          </div>
          {find.isError ? (
            <p role="alert" className="form-error">
              {errorText(find.error)}
            </p>
          ) : null}
          {find.isSuccess ? (
            <div aria-live="polite">
              {found.length === 0 ? (
                <p className="muted">No account has the domain {find.variables}.</p>
              ) : (
                <ul className="found-accounts">
                  {found.map((account) => (
                    <li key={account.rtp_aid}>
                      <span>
                        <span className="account-name">{account.name}</span> <span className="muted">{account.domain}</span>
                      </span>
                      <button type="button" className="button" disabled={add.isPending} onClick={() => add.mutate([account.domain])}>
                        Add {account.name}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ) : null}
        </form>
        <form onSubmit={onPaste} className="segment-add-form">
          <div className="field">
            <label htmlFor={ids.paste}>Paste domains</label>
            <textarea id={ids.paste} rows={5} value={pasted} onChange={(event) => setPasted(event.target.value)} aria-describedby={ids.pasteHint} />
            <p className="hint" id={ids.pasteHint}>
              One per line, or separated by commas. Accounts are matched by domain; <code>https://www.acme.com/</code> counts as acme.com.
            </p>
          </div>
          <button type="submit" className="button primary" disabled={add.isPending || pastedDomains(pasted).length === 0}>
            {add.isPending ? 'Adding…' : 'Add these accounts'}
          </button>
        </form>
      </div>
      {add.isError ? (
        <p role="alert" className="banner-error">
          {errorText(add.error)}
        </p>
      ) : null}
      {add.isSuccess ? <AddResult report={add.data} /> : null}
    </section>
  );
}

function AddResult({ report }: { report: AddReport }) {
  return (
    <div className="add-result" role="status">
      <p>
        Added {report.added} {report.added === 1 ? 'account' : 'accounts'}
        {report.unchanged > 0 ? `; ${report.unchanged} ${report.unchanged === 1 ? 'was' : 'were'} already members` : ''}.
        {report.failed.length > 0 ? ` ${report.failed.length} not added:` : ''}
      </p>
      {report.failed.length > 0 ? (
        <ul className="not-found">
          {report.failed.map((f) => (
            <li key={f.domain}>
              <code>{f.domain}</code> — {f.error === 'Account not found' ? 'no account with this domain' : f.error}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
