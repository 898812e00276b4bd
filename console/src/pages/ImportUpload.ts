/**
 * The CSV upload of the Signals import page. XMLHttpRequest rather than fetch: its `upload.onprogress`
 * reports the bytes sent in every browser (a fetch with a streamed body needs HTTP/2 or half-duplex
 * support). The session cookie goes with it (same origin) and the CSRF token as X-CSRF-Token.
 */
import type { components } from '../api/client';

type SignalUpload = components['schemas']['SignalUpload'];

export interface UploadProgress {
  loaded: number;
  total: number;
}

export type UploadOutcome = { ok: true; result: SignalUpload } | { ok: false; message: string };

export function uploadSignalsCsv(options: {
  source: SignalUpload['source'];
  file: File;
  csrfToken: string | undefined;
  onProgress: (progress: UploadProgress) => void;
}): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/v1/signals/import?source=${encodeURIComponent(options.source)}`);
    request.setRequestHeader('Content-Type', 'text/csv');
    if (options.csrfToken !== undefined) request.setRequestHeader('X-CSRF-Token', options.csrfToken);
    request.responseType = 'json';
    request.upload.onprogress = (event) => options.onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : options.file.size });
    request.onload = () => {
      const envelope = request.response as { data?: SignalUpload; customMessage?: string } | null;
      if (request.status === 200 && envelope?.data) resolve({ ok: true, result: envelope.data });
      else resolve({ ok: false, message: envelope?.customMessage ?? `The upload failed (HTTP ${request.status})` });
    };
    request.onerror = () => resolve({ ok: false, message: 'The server could not be reached. Check your connection and try again.' });
    request.send(options.file);
  });
}

/** RFC 4180 quoting. */
function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The failed rows as a CSV (row, message, raw), built from the answer: nothing is fetched again. */
export function errorRowsCsv(errors: SignalUpload['errors']): string {
  return ['row,message,raw', ...errors.map((e) => [e.row, e.message, e.raw].map(csvCell).join(','))].join('\r\n') + '\r\n';
}
