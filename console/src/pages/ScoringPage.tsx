import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type SyntheticEvent } from 'react';
import { api, errorData, errorText } from '../api/client';
import { usePageTitle } from '../usePageTitle';
import { allFields, formValues, overridesOf, scoringGroups, type FormValues, type ScoringConfig } from './ScoringFields';
import { ScoringGroupFieldset } from './ScoringGroupFieldset';
import { ScoringRuns } from './ScoringRuns';
import './ApiKeyScoringImport.css';

const configQueryKey = ['scoring', 'config'] as const;

/** A validation error of the envelope (SPEC §2.4): the property's path and its messages. */
interface Issue {
  path: string;
  constraints: Record<string, string>;
}

/** Messages by field path; what names no field of the form goes to the banner. */
function issuesByPath(error: unknown): Record<string, string> {
  const data = errorData(error);
  if (!Array.isArray(data)) return {};
  const byPath: Record<string, string> = {};
  for (const issue of data as Issue[]) byPath[issue.path] = Object.values(issue.constraints).join('; ');
  return byPath;
}

/**
 * Scoring: every setting of the workspace's scoring configuration as a form (GET/PUT
 * /api/v1/scoring/config), the server's validation messages next to their fields, "Run scoring now"
 * with the run's progress, and the last runs.
 */
export function ScoringPage() {
  usePageTitle('Scoring');
  const config = useQuery({ queryKey: configQueryKey, queryFn: () => api.get('/api/v1/scoring/config') });
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Scoring</h1>
      <ScoringRuns />
      {config.isPending ? <p role="status">Loading the settings…</p> : null}
      {config.isError ? (
        <p role="alert" className="banner-error">
          {errorText(config.error)}
        </p>
      ) : null}
      {config.data ? <ScoringSettingsForm config={config.data.config} defaults={config.data.defaults} /> : null}
    </section>
  );
}

function ScoringSettingsForm({ config, defaults }: { config: ScoringConfig; defaults: ScoringConfig }) {
  const queryClient = useQueryClient();
  const groups = useMemo(() => scoringGroups(config), [config]);
  const fields = useMemo(() => allFields(groups), [groups]);
  const [values, setValues] = useState<FormValues>(() => formValues(config, fields));
  const save = useMutation({
    mutationFn: (overrides: Record<string, unknown>) => api.put('/api/v1/scoring/config', { body: overrides }),
    onSuccess: (data) => {
      queryClient.setQueryData(configQueryKey, data);
      setValues(formValues(data.config, fields));
    },
  });
  const errors = issuesByPath(save.error);
  const known = new Set(fields.map((f) => f.path));
  const unplaced = save.isError && Object.keys(errors).every((path) => !known.has(path));

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    save.mutate(overridesOf(values, fields, defaults));
  };
  const change = (path: string, value: string | boolean) => setValues((v) => ({ ...v, [path]: value }));

  return (
    <form className="settings-form" onSubmit={submit} noValidate aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <p className="hint">
        Per source, a signal adds its points, halving every half-life; a source’s score is capped at 100, and the account score is the
        weighted mean of the enabled sources (SPEC §4.3). Saving makes the next run rebuild every account under the new settings.
      </p>
      {groups.map((group) => (
        <ScoringGroupFieldset key={group.title} group={group} values={values} errors={errors} onChange={change} />
      ))}
      <div className="actions sticky-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          Save settings
        </button>
        <button type="button" className="button" onClick={() => setValues(formValues(defaults, fields))}>
          Fill in the defaults
        </button>
        <span role="status">
          {save.isSuccess ? 'Saved. The next run rebuilds every account under these settings.' : save.isError ? 'Not saved: see the messages above.' : ''}
        </span>
      </div>
      {unplaced ? (
        <p role="alert" className="banner-error">
          {errorText(save.error)}
        </p>
      ) : null}
    </form>
  );
}
