import { useEffect, useMemo } from 'react';
import type { components } from '../api/client';
import { errorRowsCsv } from './ImportUpload';

type SignalUpload = components['schemas']['SignalUpload'];

/** What an upload imported: counts, why it stopped (if it did), and the failed rows with a download. */
export function ImportResult({ result, fileName }: { result: SignalUpload; fileName: string }) {
  const download = useMemo(() => (result.errors.length > 0 ? URL.createObjectURL(new Blob([errorRowsCsv(result.errors)], { type: 'text/csv' })) : undefined), [result]);
  useEffect(() => () => (download ? URL.revokeObjectURL(download) : undefined), [download]);
  const base = fileName.replace(/\.csv$/i, '');
  return (
    <div className="card section-card" role="region" aria-labelledby="import-result-title">
      <h2 id="import-result-title">Imported {fileName}</h2>
      <dl className="summary-list">
        <div>
          <dt>Rows read</dt>
          <dd>{result.rows}</dd>
        </div>
        <div>
          <dt>Signals imported</dt>
          <dd>{result.created}</dd>
        </div>
        <div>
          <dt>Skipped (duplicates)</dt>
          <dd>{result.skipped}</dd>
        </div>
        <div>
          <dt>Rows failed</dt>
          <dd>{result.failedRows}</dd>
        </div>
        <div>
          <dt>Rows without signals</dt>
          <dd>{result.emptyRows}</dd>
        </div>
      </dl>
      {result.stopped ? (
        <p role="alert" className="banner-error">
          The import stopped part-way: {result.stopped}. The rows before it were imported.
        </p>
      ) : null}
      {result.errors.length > 0 ? (
        <>
          <h3>Rows that failed</h3>
          <div className="table-wrap" role="region" aria-labelledby="error-rows-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="error-rows-caption" className="visually-hidden">
                Rows that failed
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    Row
                  </th>
                  <th scope="col">Error</th>
                  <th scope="col">Row as in the file</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.map((e) => (
                  <tr key={e.row}>
                    <td className="numeric">{e.row}</td>
                    <td>{e.message}</td>
                    <td className="raw-row">{e.raw}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <a className="button" href={download} download={`${base}.errors.csv`}>
              Download error rows
            </a>
          </div>
        </>
      ) : (
        <p>Every row was imported.</p>
      )}
    </div>
  );
}
