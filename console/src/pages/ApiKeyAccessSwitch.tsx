import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorText } from '../api/client';

const workspaceQueryKey = ['console', 'workspace'] as const;

/** The workspace's API access switch (admins): it governs API keys only, never the console. */
export function ApiKeyAccessSwitch() {
  const queryClient = useQueryClient();
  const workspace = useQuery({ queryKey: workspaceQueryKey, queryFn: () => api.get('/api/v1/console/workspace') });
  // What was asked for, from the click until the server answers: set in the click's own render, so
  // the box never flips back in between (a controlled checkbox shows its state, not the click).
  const [requested, setRequested] = useState<boolean | null>(null);
  const update = useMutation({
    mutationFn: (apiAccess: boolean) => api.patch('/api/v1/console/workspace', { body: { apiAccess } }),
    onSuccess: (data) => queryClient.setQueryData(workspaceQueryKey, data),
    onSettled: () => setRequested(null),
  });
  const on = workspace.data?.apiAccess === true;
  const checked = requested ?? on;
  return (
    <div className="card section-card" role="region" aria-labelledby="api-access-title">
      <h2 id="api-access-title">API access</h2>
      <p className="hint">
        When API access is off, every request with an API key of this workspace answers 401 <code>API access is not enabled for this workspace</code>.
        The console keeps working, so an admin can switch it back on here.
      </p>
      {workspace.isError ? (
        <p role="alert" className="banner-error">
          {errorText(workspace.error)}
        </p>
      ) : null}
      {workspace.data ? (
        <label className="switch-row">
          <input
            type="checkbox"
            checked={checked}
            disabled={update.isPending}
            onChange={(event) => {
              setRequested(event.target.checked);
              update.mutate(event.target.checked);
            }}
          />
          API access enabled for {workspace.data.name}
        </label>
      ) : null}
      <p role="status" className="hint">
        {workspace.data ? (on ? 'API keys work.' : 'API keys are refused until API access is switched back on.') : ''}
      </p>
      {update.isError ? (
        <p role="alert" className="banner-error">
          {errorText(update.error)}
        </p>
      ) : null}
    </div>
  );
}
