import { useState } from 'react';

/** A secret the server answers once (a key, a generated password): shown with a Copy button and a warning. */
export function ApiKeyShownOnce({ label, secret, note }: { label: string; secret: string; note?: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="notice" role="region" aria-label={label}>
      <p>
        <strong>{label}</strong>
      </p>
      <code className="secret" data-testid="secret">
        {secret}
      </code>
      <p>{note ?? 'It will not be shown again: copy it now and keep it somewhere safe.'}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy
        </button>
        <span role="status">{copied === 'yes' ? 'Copied to the clipboard' : copied === 'failed' ? 'Copying failed: select the text and copy it' : ''}</span>
      </div>
    </div>
  );
}
