import { useQuery } from '@tanstack/react-query';
import { api, errorText } from '../api/client';
import { JourneyFunnel } from '../components/JourneyFunnel';
import { JourneyMovements } from '../components/JourneyMovements';
import '../components/Journey.css';
import { usePageTitle } from '../usePageTitle';

const WEEKS = 26;

/** The buying journey: accounts per stage now (GET /journey/funnel) and weekly movements (GET /journey/movements). */
export function JourneyPage() {
  usePageTitle('Journey');
  const funnel = useQuery({ queryKey: ['journey', 'funnel'], queryFn: () => api.get('/api/v1/journey/funnel') });
  const movements = useQuery({
    queryKey: ['journey', 'movements', WEEKS],
    queryFn: () => api.get('/api/v1/journey/movements', { query: { weeks: WEEKS } }),
  });
  const moved = movements.data?.weeks.some((week) => week.movements.some((m) => m.entered + m.left > 0)) ?? false;

  return (
    <section aria-labelledby="page-title" className="journey-page">
      <h1 id="page-title">Journey</h1>
      <section className="card" aria-labelledby="funnel-title">
        <h2 id="funnel-title">Funnel now</h2>
        {funnel.isPending ? <p role="status" className="page-status">Loading the funnel…</p> : null}
        {funnel.isError ? (
          <p role="alert" className="banner-error">
            {errorText(funnel.error)}
          </p>
        ) : null}
        {funnel.data?.totalAccounts === 0 ? (
          <p>
            <strong>No accounts yet.</strong> Push them through the API (<code>POST /api/v1/accounts</code>) or load demo data with{' '}
            <code>intentbase seed</code>; scoring runs then place each one in a stage.
          </p>
        ) : null}
        {funnel.data && funnel.data.totalAccounts > 0 ? (
          <>
            <p className="hint">
              {funnel.data.totalAccounts.toLocaleString('en')} accounts. Conversion is the share of the accounts at a stage or beyond that went on to
              the next stage or beyond.
            </p>
            <JourneyFunnel funnel={funnel.data} />
          </>
        ) : null}
      </section>
      <section className="card" aria-labelledby="movements-title">
        <h2 id="movements-title">Weekly stage movements, last {WEEKS} weeks</h2>
        {movements.isPending ? <p role="status" className="page-status">Loading the movements…</p> : null}
        {movements.isError ? (
          <p role="alert" className="banner-error">
            {errorText(movements.error)}
          </p>
        ) : null}
        {movements.data && !moved ? (
          <p>
            <strong>No account changed stage in the last {WEEKS} weeks.</strong> Scoring runs record a movement each time an account’s stage
            changes; they appear here by the week they happened in.
          </p>
        ) : null}
        {movements.data && moved ? <JourneyMovements movements={movements.data} /> : null}
      </section>
    </section>
  );
}
