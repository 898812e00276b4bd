import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, errorText } from '../api/client';
import { useSession } from '../session/useSession';
import { usePageTitle } from '../usePageTitle';
import { ApiKeyAccessSwitch } from './ApiKeyAccessSwitch';
import { ApiKeyShownOnce } from './ApiKeyShownOnce';
import { UsersSection } from './UsersSection';
import './ApiKeyScoringImport.css';

/** The user's two keys: one that reads and writes, and one that only reads (for a BI tool). */
const KEY_KINDS = {
  full: {
    readOnly: false,
    title: 'Your API key',
    noun: 'key',
    none: 'You have no API key yet.',
    hint: 'It can read and write this workspace’s data.',
    shownLabel: 'Your new API key',
  },
  readOnly: {
    readOnly: true,
    title: 'Your read-only key',
    noun: 'read-only key',
    none: 'You have no read-only key yet.',
    hint: 'For tools that only read, such as a BI tool: its writes are refused (403 This API key is read-only). Your read-write key is not affected.',
    shownLabel: 'Your new read-only key',
  },
} as const;

type KeyKind = (typeof KEY_KINDS)[keyof typeof KEY_KINDS];

export const formatDateTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Settings → Workspace → Tech Settings → API Access Key: the signed-in user's own key (any role),
 * and for admins the workspace's API access switch and its users. Members never see the admin
 * sections; the server refuses them those routes anyway (403).
 */
export function ApiAccessKeyPage() {
  usePageTitle('API Access Key');
  const session = useSession();
  const isAdmin = session.data?.user.role === 'admin';
  return (
    <section aria-labelledby="page-title">
      <p className="breadcrumb">
        <span>Settings → </span>
        <span>Workspace → </span>
        <span>Tech Settings → </span>
        <span>API Access Key</span>
      </p>
      <h1 id="page-title">API Access Key</h1>
      <OwnKeySection kind={KEY_KINDS.full} />
      <OwnKeySection kind={KEY_KINDS.readOnly} />
      {isAdmin ? (
        <>
          <ApiKeyAccessSwitch />
          <UsersSection currentUserId={session.data?.user.userId ?? ''} />
        </>
      ) : null}
    </section>
  );
}

/** One of the signed-in user's keys: whether there is one, generate or regenerate it (confirmed first), shown once. */
function OwnKeySection({ kind }: { kind: KeyKind }) {
  const queryClient = useQueryClient();
  const { readOnly } = kind;
  const statusKey = ['console', 'api-key', readOnly] as const;
  const status = useQuery({ queryKey: statusKey, queryFn: () => api.get('/api/v1/console/api-key', { query: { readOnly } }) });
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const generate = useMutation({
    mutationFn: () => api.post('/api/v1/console/api-key', { body: { readOnly } }),
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: statusKey });
    },
  });
  const titleId = readOnly ? 'read-only-key-title' : 'own-key-title';
  const warningId = readOnly ? 'regenerate-read-only-warning' : 'regenerate-warning';
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const active = status.data?.active === true;
  return (
    <div className="card section-card" role="region" aria-labelledby={titleId}>
      <h2 id={titleId}>{kind.title}</h2>
      <p className="hint">
        Integrations send it as the <code>X-Api-Key</code> header to <code>/api/v1/</code>. {kind.hint}
      </p>
      {status.isPending ? <p role="status">Loading…</p> : null}
      {status.isError ? (
        <p role="alert" className="banner-error">
          {errorText(status.error)}
        </p>
      ) : null}
      {status.data ? (
        <p>
          {active && status.data.createdAt ? (
            <>
              You have an active key, <code>{status.data.keyPrefix}…</code>, generated {formatDateTime(status.data.createdAt)}.
            </>
          ) : (
            kind.none
          )}
        </p>
      ) : null}
      {confirming ? (
        <div className="warning" role="group" aria-labelledby={warningId}>
          <p id={warningId}>
            <strong>Your current key stops working at once.</strong> Every integration that uses it gets 401 <code>Invalid API key</code> until you
            give it the new key.
          </p>
          <div className="actions">
            <button ref={confirmRef} type="button" className="button danger" disabled={generate.isPending} onClick={() => generate.mutate()}>
              Regenerate now
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button primary"
            disabled={!status.data || generate.isPending}
            onClick={() => (active ? setConfirming(true) : generate.mutate())}
          >
            {active ? `Regenerate ${kind.noun}` : `Generate ${kind.noun}`}
          </button>
        </div>
      )}
      {generate.isError ? (
        <p role="alert" className="banner-error">
          {errorText(generate.error)}
        </p>
      ) : null}
      {generate.data ? <ApiKeyShownOnce label={kind.shownLabel} secret={generate.data.apiKey} /> : null}
    </div>
  );
}
