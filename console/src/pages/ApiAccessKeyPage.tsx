import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, errorText, unwrap } from '../api/client';
import { useSession } from '../session/useSession';
import { usePageTitle } from '../usePageTitle';
import { ApiKeyAccessSwitch } from './ApiKeyAccessSwitch';
import { ApiKeyShownOnce } from './ApiKeyShownOnce';
import { UsersSection } from './UsersSection';
import './ApiKeyScoringImport.css';

const keyStatusQueryKey = ['console', 'api-key'] as const;

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
      <OwnKeySection />
      {isAdmin ? (
        <>
          <ApiKeyAccessSwitch />
          <UsersSection currentUserId={session.data?.user.userId ?? ''} />
        </>
      ) : null}
    </section>
  );
}

/** The signed-in user's key: whether there is one, generate or regenerate it (confirmed first), shown once. */
function OwnKeySection() {
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: keyStatusQueryKey, queryFn: () => unwrap(api.GET('/api/v1/console/api-key')) });
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const generate = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/console/api-key')),
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: keyStatusQueryKey });
    },
  });
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const active = status.data?.active === true;
  return (
    <div className="card section-card" role="region" aria-labelledby="own-key-title">
      <h2 id="own-key-title">Your API key</h2>
      <p className="hint">
        Integrations send it as the <code>X-Api-Key</code> header to <code>/api/v1/</code>. It can read and write this workspace’s data.
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
            'You have no API key yet.'
          )}
        </p>
      ) : null}
      {confirming ? (
        <div className="warning" role="group" aria-labelledby="regenerate-warning">
          <p id="regenerate-warning">
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
            {active ? 'Regenerate key' : 'Generate key'}
          </button>
        </div>
      )}
      {generate.isError ? (
        <p role="alert" className="banner-error">
          {errorText(generate.error)}
        </p>
      ) : null}
      {generate.data ? <ApiKeyShownOnce label="Your new API key" secret={generate.data.apiKey} /> : null}
    </div>
  );
}
