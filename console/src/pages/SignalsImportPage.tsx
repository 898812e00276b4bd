import { useState, type SyntheticEvent } from 'react';
import type { components } from '../api/client';
import { useSession } from '../session/useSession';
import { usePageTitle } from '../usePageTitle';
import { ImportResult } from './ImportResult';
import { uploadSignalsCsv, type UploadProgress } from './ImportUpload';
import './ApiKeyScoringImport.css';

type Source = components['schemas']['SignalUpload']['source'];

/** The providers of SPEC §4.2 and the columns each export must have (matched case-insensitively). */
const PROVIDERS: Array<{ source: Source; label: string; columns: string }> = [
  { source: 'bombora', label: 'Bombora (Company Surge)', columns: 'Domain, Topic Name, Composite Score, Date' },
  { source: 'g2', label: 'G2 (Buyer Intent)', columns: 'Company Domain, Activity Type, Timestamp' },
  { source: 'linkedin', label: 'LinkedIn (company engagement)', columns: 'Company Domain, Date, Impressions, Clicks, Engagements' },
  { source: 'website', label: 'Website visits', columns: 'Domain, URL, Timestamp' },
];

/** The upload limit of POST /api/v1/signals/import (SIGNAL_UPLOAD_LIMIT_BYTES on the server). */
const LIMIT_MIB = 10;

/**
 * Signals import: a provider's CSV export uploaded to POST /api/v1/signals/import (the importer
 * `intentbase signals import` uses), with the upload's progress, the rows imported and skipped, and
 * the rows that failed, to download as CSV.
 */
export function SignalsImportPage() {
  usePageTitle('Signals import');
  const session = useSession();
  const [source, setSource] = useState<Source>('bombora');
  const [file, setFile] = useState<File | undefined>();
  const [progress, setProgress] = useState<UploadProgress | undefined>();
  const [result, setResult] = useState<components['schemas']['SignalUpload'] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const uploading = progress !== undefined && result === undefined && error === undefined;
  const columns = PROVIDERS.find((p) => p.source === source)?.columns ?? '';

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (!file) {
      setError('Choose a CSV file first');
      return;
    }
    setResult(undefined);
    setError(undefined);
    setProgress({ loaded: 0, total: file.size });
    const outcome = await uploadSignalsCsv({ source, file, csrfToken: session.data?.csrfToken, onProgress: setProgress });
    if (outcome.ok) setResult(outcome.result);
    else setError(outcome.message);
  };

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Signals import</h1>
      <form className="card section-card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="upload-title">
        <h2 id="upload-title">Upload a provider export</h2>
        <div className="inline-form">
          <div className="field">
            <label htmlFor="import-source">Provider</label>
            <select id="import-source" value={source} onChange={(e) => setSource(e.target.value as Source)}>
              {PROVIDERS.map((p) => (
                <option key={p.source} value={p.source}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="import-file">CSV file</label>
            <input id="import-file" type="file" accept=".csv,text/csv" aria-describedby="import-file-hint" onChange={(e) => setFile(e.target.files?.[0])} />
          </div>
          <div>
            <button type="submit" className="button primary" disabled={uploading}>
              Import
            </button>
          </div>
        </div>
        <p id="import-file-hint" className="hint">
          A header row with the columns <strong>{columns}</strong>. Up to {LIMIT_MIB} MiB; import larger files on the server with{' '}
          <code>intentbase signals import --source {source} &lt;file&gt;</code>. Importing the same file again skips its rows as duplicates.
        </p>
        {progress ? <ImportProgressBar progress={progress} done={!uploading} /> : null}
        {error ? (
          <p role="alert" className="banner-error">
            {error}
          </p>
        ) : null}
      </form>
      {result ? <ImportResult result={result} fileName={file?.name ?? 'signals.csv'} /> : null}
    </section>
  );
}

function ImportProgressBar({ progress, done }: { progress: UploadProgress; done: boolean }) {
  const percent = progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  const uploaded = progress.loaded >= progress.total;
  return (
    <div className="notice">
      <label htmlFor="import-progress">Upload</label>
      <progress id="import-progress" className="bar" max={100} value={percent} aria-describedby="import-progress-text" />
      <p id="import-progress-text" role="status">
        {done ? `Uploaded ${percent}%` : uploaded ? 'Uploaded; importing the rows…' : `Uploading… ${percent}%`}
      </p>
    </div>
  );
}
