import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorText } from '../api/client';
import type { components } from '../api/client';

type ScoringRun = components['schemas']['ScoringRun'];

const runsQueryKey = ['scoring', 'runs'] as const;
const RUNS_SHOWN = 10;
/** How often a running run is polled for its progress. */
const POLL_MS = 1000;

function duration(ms: number | null): string {
  if (ms === null) return '—';
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** "Run scoring now" (POST /scoring/runs), the running run's progress and the last runs (GET /scoring/runs). */
export function ScoringRuns() {
  const queryClient = useQueryClient();
  const runs = useQuery({
    queryKey: runsQueryKey,
    queryFn: () => api.get('/api/v1/scoring/runs', { query: { limit: RUNS_SHOWN } }),
    // Poll while a run is in progress, and only then.
    refetchInterval: (query) => (query.state.data?.data.some((run) => run.status === 'running') ? POLL_MS : false),
  });
  const start = useMutation({
    mutationFn: () => api.post('/api/v1/scoring/runs', { body: {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: runsQueryKey }),
  });
  const running = runs.data?.data.find((run) => run.status === 'running');

  return (
    <div className="card section-card" role="region" aria-labelledby="runs-title">
      <h2 id="runs-title">Scoring runs</h2>
      <p className="hint">Runs also happen on the schedule. A run recomputes the accounts whose inputs changed and the decay of the others.</p>
      <div className="actions">
        <button type="button" className="button primary" disabled={start.isPending || running !== undefined} onClick={() => start.mutate()}>
          Run scoring now
        </button>
      </div>
      {start.isError ? (
        <p role="alert" className="banner-error">
          {errorText(start.error)}
        </p>
      ) : null}
      {running ? <RunProgress run={running} /> : null}
      {runs.isError ? (
        <p role="alert" className="banner-error">
          {errorText(runs.error)}
        </p>
      ) : null}
      {runs.data?.data.length === 0 ? <p>No run yet.</p> : null}
      {runs.data && runs.data.data.length > 0 ? <RunsTable runs={runs.data.data} /> : null}
    </div>
  );
}

function RunProgress({ run }: { run: ScoringRun }) {
  const { accountsEvaluated, accountsTotal } = run.counts;
  const text = accountsTotal === null ? 'Preparing the run…' : `${accountsEvaluated} of ${accountsTotal} accounts scored`;
  return (
    <div className="notice">
      <label htmlFor="run-progress">Scoring run in progress</label>
      {accountsTotal === null ? (
        <progress id="run-progress" className="bar" aria-describedby="run-progress-text" />
      ) : (
        <progress id="run-progress" className="bar" max={Math.max(accountsTotal, 1)} value={accountsEvaluated} aria-describedby="run-progress-text" />
      )}
      <p id="run-progress-text" role="status">
        {text}
      </p>
    </div>
  );
}

function RunsTable({ runs }: { runs: ScoringRun[] }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="runs-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="runs-caption">Last runs, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col" className="numeric">
              Duration
            </th>
            <th scope="col" className="numeric">
              Accounts scored
            </th>
            <th scope="col" className="numeric">
              Accounts changed
            </th>
            <th scope="col">Status</th>
            <th scope="col">Started by</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.runId}>
              <td>{new Date(run.startedAt).toLocaleString()}</td>
              <td className="numeric">{duration(run.durationMs)}</td>
              <td className="numeric">{run.counts.accountsEvaluated}</td>
              <td className="numeric">{run.counts.accountsChanged}</td>
              <td>
                {run.status}
                {run.error ? <span className="muted"> — {run.error}</span> : null}
              </td>
              <td>{run.trigger === 'api' ? 'API or console' : run.trigger === 'cli' ? 'intentbase score' : 'schedule'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
