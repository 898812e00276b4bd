import { writeFileSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { instantOfDateOrDateTime } from '../../lib/iso-date.js';
import type { BacktestReport } from '../../modules/scoring/backtest.js';
import type { Weights } from '../../modules/scoring/backtest-weights.js';
import type { ScoreReport } from '../../modules/scoring/backtest-stats.js';
import type { ScoringConfigOverrides } from '../../modules/scoring/scoring-config.js';
import { CLI_ACTOR } from '../../modules/audit/audit.js';
import type { ServicesApi } from '../../services.js';
import { CliError, withServices, type CliIo } from '../context.js';
import { resolveWorkspace } from './seed.js';

export interface BacktestOptions {
  workspace?: string;
  asOf?: string;
  horizonDays: number;
  seed: number;
  json?: boolean;
  apply?: boolean;
  chart?: string;
}

function parseDate(value: string): string {
  if (instantOfDateOrDateTime(value) === undefined) throw new InvalidArgumentError('expected an ISO 8601 date or date-time, e.g. 2026-09-01');
  return value;
}

function parseWhole(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return n;
  };
}

const percent = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)}%`);
const fixed = (v: number | null, digits = 3) => (v === null ? '–' : v.toFixed(digits));
const pad = (text: string, width: number) => text.padEnd(width);
const padLeft = (text: string, width: number) => text.padStart(width);

function summaryRow(name: string, report: ScoreReport): string {
  const interval = report.aucInterval === null ? '–' : `${fixed(report.aucInterval.low)}–${fixed(report.aucInterval.high)}`;
  const [top10, top20] = report.top;
  return `${pad(name, 16)}${padLeft(fixed(report.auc), 7)}  ${pad(interval, 13)}${padLeft(percent(top10.precision), 9)}${padLeft(percent(top10.recall), 9)}${padLeft(percent(top20.precision), 9)}${padLeft(percent(top20.recall), 9)}\n`;
}

/** The report as a person reads it: the headline, the table per score, the deciles, stages and weights. */
export function formatBacktest(workspaceId: string, report: BacktestReport): string {
  const lines: string[] = [];
  lines.push(`Backtest of workspace ${workspaceId}: scores as of ${report.asOf}, outcome: ${report.outcome}, horizon ${report.horizonDays} days (to ${report.horizonEnd})\n`);
  if (!report.horizonComplete) lines.push('  The horizon has not fully passed: deals still to open in it are not counted yet.\n');
  lines.push(`Accounts ${report.accounts}, positives ${report.positives} (base rate ${percent(report.baseRate)})\n\n`);
  lines.push(`${pad('score', 16)}${padLeft('AUC', 7)}  ${pad('95% interval', 13)}${padLeft('top10 P', 9)}${padLeft('top10 R', 9)}${padLeft('top20 P', 9)}${padLeft('top20 R', 9)}\n`);
  lines.push(summaryRow('account score', report.accountScore));
  for (const [source, sourceReport] of Object.entries(report.sources)) lines.push(summaryRow(sourceReport.enabled ? source : `${source} (off)`, sourceReport));
  lines.push('\nLift per decile of the account score (1 = highest scores):\n');
  lines.push(`${pad('decile', 8)}${pad('scores', 9)}${padLeft('accounts', 9)}${padLeft('positives', 11)}${padLeft('rate', 8)}${padLeft('lift', 7)}\n`);
  for (const d of report.accountScore.deciles) {
    const range = d.minScore === null || d.maxScore === null ? '–' : `${d.minScore}–${d.maxScore}`;
    lines.push(`${pad(String(d.decile), 8)}${pad(range, 9)}${padLeft(String(d.accounts), 9)}${padLeft(d.positives.toFixed(1), 11)}${padLeft(percent(d.positiveRate), 8)}${padLeft(fixed(d.lift, 2), 7)}\n`);
  }
  lines.push('\nJourney stage at asOf against the outcome:\n');
  for (const s of report.journeyStages) {
    lines.push(`${pad(s.stage, 15)}${padLeft(String(s.accounts), 8)} accounts ${padLeft(String(s.positives), 7)} positives  rate ${padLeft(percent(s.positiveRate), 6)}  lift ${fixed(s.lift, 2)}\n`);
  }
  const w = report.weights;
  lines.push(`\nSource weights — ${w.method} (seed ${w.seed}):\n`);
  lines.push(`${pad('', 10)}${padLeft('current', 9)}${padLeft('suggested', 11)}\n`);
  for (const source of ['website', 'g2', 'linkedin', 'bombora'] as const) {
    lines.push(`${pad(source, 10)}${padLeft(w.current.weights[source].toFixed(3), 9)}${padLeft(w.suggested.weights[source].toFixed(3), 11)}\n`);
  }
  lines.push(`${pad('AUC*', 10)}${padLeft(fixed(w.current.heldOutAuc), 9)}${padLeft(fixed(w.suggested.heldOutAuc), 11)}\n`);
  lines.push(`  * on the held-out half: ${w.halves.heldOut.accounts} accounts, ${w.halves.heldOut.positives} positives (fitted on ${w.halves.fit.accounts}, ${w.halves.fit.positives} positives)\n`);
  return lines.join('');
}

const sameWeights = (a: Weights, b: Weights) => (['website', 'g2', 'linkedin', 'bombora'] as const).every((s) => Math.abs(a[s] - b[s]) < 1e-9);

/**
 * Applies the suggested weights the way `PUT /api/v1/scoring/config` does (the settings service,
 * recorded in the audit trail as a settings change), keeping every other override. Only a
 * suggestion that does better than the current weights on the held-out half is applied.
 */
async function applySuggestion(services: ServicesApi, io: CliIo, workspaceId: string, report: BacktestReport): Promise<void> {
  const { current, suggested, enabledSources } = report.weights;
  if (sameWeights(current.weights, suggested.weights)) {
    io.stderr('Not applied: the suggested weights are the current ones.\n');
    return;
  }
  if (suggested.heldOutAuc === null || current.heldOutAuc === null || suggested.heldOutAuc <= current.heldOutAuc) {
    io.stderr('Not applied: the suggested weights do not beat the current ones on the held-out half.\n');
    return;
  }
  const { overrides } = await services.scoring.getConfig(workspaceId);
  const next: ScoringConfigOverrides = structuredClone(overrides);
  next.sources ??= {};
  for (const source of enabledSources) next.sources[source] = { ...next.sources[source], weight: suggested.weights[source] };
  await services.scoring.putConfig(workspaceId, next, CLI_ACTOR);
  io.stderr(`Applied the suggested weights to workspace ${workspaceId} (audit trail: scoring.settings_changed); the next run rescores every account with them.\n`);
}

export function registerScoreBacktest(score: Command, io: CliIo): void {
  score
    .command('backtest')
    .description('how well the scores as of a past moment predicted the deals that opened after it (docs/scoring.md, "Does it predict?")')
    .option('--workspace <id>', 'the workspace (default: the first one)')
    .option('--as-of <date>', 'score the accounts as of this ISO 8601 date or date-time (default: --horizon-days before now)', parseDate)
    .option('--horizon-days <n>', 'the outcome: a deal associated with the account opened in (as-of, as-of + n days]', parseWhole(1, 3650), 90)
    .option('--seed <n>', 'seed of the bootstrap and of the split into halves (same seed, same report)', parseWhole(0, 4_294_967_295), 1)
    .option('--json', 'print the report as JSON (what GET /api/v1/scoring/backtest answers)')
    .option('--chart <file.svg>', 'also write the lift per decile of the account score as an SVG chart')
    .option('--apply', 'apply the suggested source weights (as PUT /api/v1/scoring/config does, recorded in the audit trail) when they beat the current ones on the held-out half')
    .addHelpText(
      'after',
      '\nEvery account is scored as of --as-of from the signals and sales activities that had happened by\n' +
        'then, with the current settings, and compared with what followed: did a deal associated with it\n' +
        'open (its startDate, else its first stage entry) within the horizon? Reports ROC AUC with a 95%\n' +
        'bootstrap interval, precision and recall in the top 10% and 20%, lift per decile, the same per\n' +
        'source, the journey stage then against the outcome, and suggested source weights fitted on one half\n' +
        'of the accounts with both AUCs on the other half. Reads only, unless --apply.\n\n' +
        'Example:\n  intentbase seed\n  intentbase score\n  intentbase score backtest --chart deciles.svg\n  intentbase score backtest --as-of 2026-06-01 --horizon-days 60 --json',
    )
    .action(async (options: BacktestOptions, command: Command) => {
      // `score` has a --workspace of its own, and commander gives it the flag wherever it stands.
      const workspace = options.workspace ?? (command.parent?.opts<{ workspace?: string }>().workspace);
      await withServices(io, async (services) => {
        const workspaceId = await resolveWorkspace(services, workspace);
        io.stderr(`Backtesting workspace ${workspaceId}…\n`);
        const report = await services.scoring.backtest(workspaceId, { asOf: options.asOf, horizonDays: options.horizonDays, seed: options.seed });
        io.stdout(options.json ? `${JSON.stringify(report)}\n` : formatBacktest(workspaceId, report));
        if (options.chart !== undefined) {
          const { decileChartSvg } = await import('../../modules/scoring/backtest-chart.js');
          const title = `Lift per score decile — as of ${report.asOf.slice(0, 10)}, ${report.horizonDays}-day horizon, AUC ${fixed(report.accountScore.auc)}`;
          try {
            writeFileSync(options.chart, decileChartSvg(report.accountScore.deciles, title));
          } catch (error) {
            throw new CliError(`could not write ${options.chart}: ${(error as Error).message}`);
          }
          io.stderr(`Wrote the decile chart to ${options.chart}\n`);
        }
        if (options.apply) await applySuggestion(services, io, workspaceId, report);
      });
    });
}
