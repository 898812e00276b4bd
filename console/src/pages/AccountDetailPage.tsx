import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, errorStatus, errorText } from '../api/client';
import type { components } from '../api/client';
import { AccountScoreChart, SOURCE_LABELS } from '../components/AccountScoreChart';
import { AccountSignalsChart } from '../components/AccountSignalsChart';
import { usePageTitle } from '../usePageTitle';

type Explanation = components['schemas']['ScoreExplanation'];
type Deal = components['schemas']['Deal'];
type Activity = components['schemas']['SalesActivity'];

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const when = (iso: string) => <time dateTime={iso}>{dateTime.format(new Date(iso))}</time>;
const ACTIVITIES_SHOWN = 10;

/** A panel of the page: a heading, and its content or what went wrong loading it. */
function Panel(props: { id: string; title: string; error?: unknown; loading?: boolean; children?: ReactNode }) {
  return (
    <section className="card panel" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.error ? (
        <p role="alert" className="banner-error">
          {errorText(props.error)}
        </p>
      ) : props.loading ? (
        <p className="page-status" role="status">
          Loading…
        </p>
      ) : (
        props.children
      )}
    </section>
  );
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.map((item) => formatValue(item)).join(', ');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function TopSignals({ source }: { source: Explanation['sources'][number] }) {
  if (source.topSignals.length === 0) return null;
  return (
    <li>
      <strong>{SOURCE_LABELS[source.source]}</strong>
      <ul className="plain-list">
        {source.topSignals.map((signal) =>
          'topic' in signal ? (
            <li key={signal.topic}>
              {signal.topic}: topic score {signal.score}
            </li>
          ) : (
            <li key={signal.signalId}>
              {signal.type}
              {signal.count > 1 ? ` ×${signal.count}` : ''}, {when(signal.occurredAt)} — adds {Math.round(signal.points * 10) / 10} points
              {signal.url ? <span className="muted"> ({signal.url})</span> : null}
            </li>
          ),
        )}
      </ul>
    </li>
  );
}

function ScorePanel({ explanation }: { explanation: Explanation }) {
  const withSignals = explanation.sources.filter((s) => s.topSignals.length > 0);
  return (
    <>
      <p>
        {explanation.computedAt === null ? (
          <>No scoring run has scored this account yet: its scores are 0 until the next run.</>
        ) : (
          <>Computed by the scoring run of {when(explanation.computedAt)}.</>
        )}
      </p>
      <AccountScoreChart explanation={explanation} />
      <h3>Top contributing signals</h3>
      {withSignals.length === 0 ? <p className="muted">No signal adds to the score.</p> : <ul className="plain-list">{withSignals.map((s) => <TopSignals key={s.source} source={s} />)}</ul>}
      <h3>Journey stage</h3>
      <p>
        <span className="stage">{explanation.journey.stage}</span>{' '}
        {explanation.journey.rule === null ? (
          <span className="muted">(no rule has fired yet)</span>
        ) : (
          <>
            — rule <code>{explanation.journey.rule}</code>
            {explanation.journey.description ? `: ${explanation.journey.description}` : ''}
          </>
        )}
      </p>
    </>
  );
}

function StageHistory({ history }: { history: Explanation['journey']['history'] }) {
  if (history.length === 0) return <p className="muted">No stage change recorded yet (they are recorded by scoring runs).</p>;
  return (
    <ol className="timeline">
      {[...history].reverse().map((entry) => (
        <li key={`${entry.enteredAt}-${entry.stage}`}>
          {when(entry.enteredAt)}: entered <span className="stage">{entry.stage}</span> <span className="muted">({entry.rule})</span>
        </li>
      ))}
    </ol>
  );
}

function DealList({ deals }: { deals: Deal[] }) {
  if (deals.length === 0) return <p className="muted">No deal is linked to this account.</p>;
  return (
    <ul className="plain-list deal-list">
      {deals.map((deal) => (
        <li key={deal.rtp_dealId}>
          <strong>{deal.name}</strong> — {deal.stageLabel ?? deal.stageId ?? 'no stage'}
          {deal.amount === null ? '' : `, ${deal.amount.toLocaleString()} ${deal.dealCurrencyCode ?? ''}`}
          {deal.ownerName ? <span className="muted"> · {deal.ownerName}</span> : null}
          {deal.stageHistory.length > 0 ? (
            <ol className="timeline">
              {deal.stageHistory.map((entry) => (
                <li key={`${entry.enteredAt}-${entry.stageId ?? ''}`}>
                  {when(entry.enteredAt)}: {entry.stageLabel ?? entry.stageId ?? 'no stage'}
                </li>
              ))}
            </ol>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function ActivityList({ activities }: { activities: Activity[] }) {
  if (activities.length === 0) return <p className="muted">No sales activity with this account yet.</p>;
  return (
    <ul className="plain-list">
      {activities.map((activity) => (
        <li key={activity.rtp_activityId}>
          {when(activity.occurredAt)} · <strong>{activity.activityType}</strong>
          {activity.subject ? `: ${activity.subject}` : ''} <span className="muted">by {activity.ownerName ?? activity.ownerEmail}</span>
          {activity.contacts.length > 0 ? (
            <div className="muted">
              With {activity.contacts.map((c) => [c.name ?? c.email, c.title].filter(Boolean).join(', ')).join('; ')}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** One account: what it is, its score explained, its timeline, deals and sales activities. */
export function AccountDetailPage() {
  const { rtpAid = '' } = useParams();
  const path = { rtp_aid: rtpAid };
  const account = useQuery({ queryKey: ['account', rtpAid], queryFn: () => api.get('/api/v1/accounts/{rtp_aid}', { path }), retry: false });
  const loaded = account.isSuccess;
  const score = useQuery({ queryKey: ['account', rtpAid, 'score'], queryFn: () => api.get('/api/v1/accounts/{rtp_aid}/score', { path }), enabled: loaded });
  const signals = useQuery({
    queryKey: ['account', rtpAid, 'signals-daily'],
    queryFn: () => api.get('/api/v1/accounts/{rtp_aid}/signals/daily', { path, query: { days: 90 } }),
    enabled: loaded,
  });
  const deals = useQuery({ queryKey: ['deals', { rtpAid }], queryFn: () => api.get('/api/v1/deals', { query: { rtp_aid: rtpAid, limit: 100 } }), enabled: loaded });
  const activities = useQuery({
    queryKey: ['account', rtpAid, 'activities'],
    queryFn: () => api.get('/api/v1/accounts/{rtp_aid}/activities', { path, query: { limit: ACTIVITIES_SHOWN } }),
    enabled: loaded,
  });
  usePageTitle(account.data?.name ?? 'Account');

  if (account.isPending) {
    return (
      <p className="page-status" role="status">
        Loading the account…
      </p>
    );
  }
  if (account.isError) {
    const missing = errorStatus(account.error) === 404 || errorStatus(account.error) === 400;
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{missing ? 'Account not found' : 'Account'}</h1>
        <p role="alert" className="banner-error">
          {errorText(account.error)}
        </p>
        <p>
          <Link to="/accounts">Back to the accounts</Link>
        </p>
      </section>
    );
  }
  const a = account.data;
  const customFields = Object.entries(a.customFields);

  return (
    <section aria-labelledby="page-title" className="account-detail">
      <p className="breadcrumb">
        <Link to="/accounts">Accounts</Link> / {a.name}
      </p>
      <h1 id="page-title">{a.name}</h1>
      <dl className="facts">
        <div>
          <dt>Domain</dt>
          <dd>{a.domain}</dd>
        </div>
        <div>
          <dt>Account score</dt>
          <dd>{a.rtp_account_score}</dd>
        </div>
        <div>
          <dt>Journey stage</dt>
          <dd>
            <span className="stage">{a.rtp_journey_stage}</span>
          </dd>
        </div>
        <div>
          <dt>Tags</dt>
          <dd>{a.tags.length === 0 ? <span className="muted">None</span> : a.tags.map((tag) => <span key={tag} className="tag">{tag}</span>)}</dd>
        </div>
        <div>
          <dt>Segments</dt>
          <dd>{a.rtp_segments.length === 0 ? <span className="muted">None</span> : a.rtp_segments.map((s) => s.name).join(', ')}</dd>
        </div>
        <div>
          <dt>Last change</dt>
          <dd>{when(a.rtp_last_account_date)}</dd>
        </div>
      </dl>

      <div className="panels">
        <Panel id="score-heading" title="Score explained" error={score.error} loading={score.isPending}>
          {score.data ? <ScorePanel explanation={score.data} /> : null}
        </Panel>
        <Panel id="timeline-heading" title="Timeline" error={score.error ?? signals.error} loading={score.isPending || signals.isPending}>
          <h3>Journey stage changes</h3>
          {score.data ? <StageHistory history={score.data.journey.history} /> : null}
          <h3>Signals per day, last 90 days</h3>
          {signals.data ? <AccountSignalsChart signals={signals.data} /> : null}
        </Panel>
        <Panel id="deals-heading" title="Deals" error={deals.error} loading={deals.isPending}>
          {deals.data ? <DealList deals={deals.data.data} /> : null}
        </Panel>
        <Panel id="activities-heading" title="Recent sales activities" error={activities.error} loading={activities.isPending}>
          {activities.data ? <ActivityList activities={activities.data.data} /> : null}
        </Panel>
        <Panel id="fields-heading" title="Custom fields">
          {customFields.length === 0 ? (
            <p className="muted">The workspace has no account custom field.</p>
          ) : (
            <dl className="facts">
              {customFields.map(([key, value]) => (
                <div key={key}>
                  <dt>{key}</dt>
                  <dd>{formatValue(value)}</dd>
                </div>
              ))}
            </dl>
          )}
        </Panel>
      </div>
    </section>
  );
}
