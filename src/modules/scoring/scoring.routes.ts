import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { apiResponses, Envelope, Page } from '../../http/response-schemas.js';
import type { ScoringService } from './scoring.service.js';
import type { ServiceApi } from '../../lib/service-api.js';
import type { ScoringConfigOverrides } from './scoring-config.js';
import {
  AccountScoreParams,
  AccountSignalDaysQuery,
  AccountSignalDaysView,
  BacktestQuery,
  BacktestReportView,
  ListRunsQuery,
  ScoreExplanationView,
  ScoringConfigBody,
  ScoringConfigResult,
  ScoringRunView,
  StartedScoringRun,
  StartRunBody,
} from './scoring.schema.js';

const tags = ['Scoring'];

/** The scoring extension (SPEC §4.5, §4.6); see docs/scoring.md. */
export function registerScoringRoutes(app: FastifyInstance, scoring: ServiceApi<ScoringService>): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.post(
    '/scoring/runs',
    {
      // The lease, then the run: two transactions (src/http/idempotency.ts).
      config: { answerRecordedAtEnd: true },
      schema: {
        operationId: 'startScoringRun',
        summary: 'Start a scoring run',
        description:
          'Starts a run for the key’s workspace and answers it at once (`status: running`, `started: true`); the run continues in ' +
          'the background. When a run is already in progress — started by the API, the schedule, `intentbase score` or another ' +
          'server process — no second run starts: the answer is that run, also with 200, and `started: false`. Poll ' +
          '`GET /scoring/runs` for its outcome. `full: true` rebuilds every account from its whole signal history.',
        tags,
        body: StartRunBody,
        response: apiResponses(Envelope(StartedScoringRun, { description: 'The run started, or the one already in progress', path: '/api/v1/scoring/runs' }), {
          body: true,
        }),
      },
    },
    async (request) => {
      const started = await scoring.startRun(request.workspaceId, { trigger: 'api', full: request.body.full });
      return { ...started.run, started: started.started };
    },
  );

  api.get(
    '/scoring/runs',
    {
      schema: {
        operationId: 'listScoringRuns',
        summary: 'List scoring runs, newest first',
        description: 'Status, counts and duration of each run; `limit` and `cursor` page (no `lastSync`).',
        tags,
        querystring: ListRunsQuery,
        response: apiResponses(Envelope(Page(ScoringRunView), { description: 'One page of runs, newest first', path: '/api/v1/scoring/runs' })),
      },
    },
    (request) => scoring.listRuns(request.workspaceId, request.query),
  );

  api.get(
    '/scoring/config',
    {
      schema: {
        operationId: 'getScoringConfig',
        summary: 'Read the scoring settings',
        description: 'The settings in force (`config`), what the workspace overrides (`overrides`) and the defaults (docs/scoring.md, Settings).',
        tags,
        response: apiResponses(Envelope(ScoringConfigResult, { description: 'The settings', path: '/api/v1/scoring/config' })),
      },
    },
    (request) => scoring.getConfig(request.workspaceId),
  );

  api.put(
    '/scoring/config',
    {
      // `{}` restores every default: an absent or null body must not be read as that.
      config: { bodyRequired: true },
      schema: {
        operationId: 'putScoringConfig',
        summary: 'Replace the scoring settings overrides',
        description:
          'The body is the workspace’s overrides, a JSON object: any part of the settings; what it leaves out takes the default ' +
          '(`{}` restores every default; no body or `null` is a 400). Every combination runs: with every source switched off all ' +
          'scores are 0 and journey stages follow deals and activities alone. The next run rebuilds every account under the new settings.',
        tags,
        body: ScoringConfigBody,
        response: apiResponses(Envelope(ScoringConfigResult, { description: 'The settings now in force', path: '/api/v1/scoring/config' }), { body: true }),
      },
    },
    (request) => scoring.putConfig(request.workspaceId, request.body as ScoringConfigOverrides, request.auditActor, request.idempotentCall),
  );

  api.get(
    '/scoring/backtest',
    {
      schema: {
        operationId: 'backtestScoring',
        summary: 'Backtest the scores against the deals that followed',
        description:
          'Every account scored as of `asOf` (default `horizonDays` before now) from the signals and sales activities that had ' +
          'happened by then, with the current settings, against the outcome “a deal associated with the account opened in ' +
          '(asOf, asOf + horizonDays]”: accounts and positives, ROC AUC with a 95 % bootstrap interval, precision and recall in ' +
          'the top 10 % and 20 %, lift per score decile — for the account score and per source — the journey stage at `asOf` ' +
          'against the outcome, and suggested source weights with their AUC on a held-out half (docs/scoring.md, “Does it predict?”). ' +
          'Reads only; a suggestion is applied with `PUT /scoring/config`.',
        tags,
        querystring: BacktestQuery,
        response: apiResponses(Envelope(BacktestReportView, { description: 'The backtest report', path: '/api/v1/scoring/backtest?horizonDays=90' }), {
          400: { description: '`asOf` is not an ISO 8601 date or date-time or is in the future, or `horizonDays` is not 1–3650', example: 'asOf must not be in the future' },
        }),
      },
    },
    (request) => scoring.backtest(request.workspaceId, request.query),
  );

  api.get(
    '/accounts/:rtp_aid/score',
    {
      schema: {
        operationId: 'explainAccountScore',
        summary: 'Explain an account’s scores',
        description:
          'Per source: score, weight, contribution and the signals adding most; the journey stage with the rule that fired and ' +
          'the stage history; the time of the run that computed them (docs/api.md#scoring).',
        tags,
        params: AccountScoreParams,
        response: apiResponses(Envelope(ScoreExplanationView, { description: 'The explanation', path: '/api/v1/accounts/663abc0e5f1c2a00aabbccdd/score' }), {
          400: { description: 'The rtp_aid is not 24 hex characters', example: 'Invalid rtp_aid format' },
          404: { description: 'No such account in the key’s workspace', example: 'Account not found' },
        }),
      },
    },
    (request) => scoring.explainAccount(request.workspaceId, request.params.rtp_aid),
  );

  api.get(
    '/accounts/:rtp_aid/signals/daily',
    {
      schema: {
        operationId: 'listAccountSignalsPerDay',
        summary: 'An account’s signals per day',
        description:
          'Signals matched to the account (by its domain) per UTC day and source over the last `days` days, today included; ' +
          'each day’s count is the sum of its signals’ `count` (extension, issue 12: the console’s account page).',
        tags,
        params: AccountScoreParams,
        querystring: AccountSignalDaysQuery,
        response: apiResponses(Envelope(AccountSignalDaysView, { description: 'Every day, oldest first', path: '/api/v1/accounts/663abc0e5f1c2a00aabbccdd/signals/daily' }), {
          400: { description: 'The rtp_aid is not 24 hex characters, or `days` is not 1–365', example: 'Invalid rtp_aid format' },
          404: { description: 'No such account in the key’s workspace', example: 'Account not found' },
        }),
      },
    },
    (request) => scoring.signalsPerDay(request.workspaceId, request.params.rtp_aid, request.query.days),
  );
}
