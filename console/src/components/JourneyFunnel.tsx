import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { components } from '../api/client';

type Funnel = components['schemas']['JourneyFunnel'];

export interface FunnelRow {
  stage: string;
  accounts: number;
  /** Accounts in this stage or a later one: they got at least this far. */
  reached: number;
  /** reached / reached of the stage above; null for the top stage or when nobody reached the stage above. */
  conversion: number | null;
  share: number | null;
}

/**
 * The funnel's rows. Stages are where accounts are now, so "conversion" between adjacent stages is
 * cumulative: of the accounts that reached a stage or went beyond it, the share that reached the next.
 */
export function funnelRows(funnel: Funnel): FunnelRow[] {
  let reached = funnel.totalAccounts;
  let previousReached: number | null = null;
  return funnel.stages.map(({ stage, accounts }) => {
    const row: FunnelRow = {
      stage,
      accounts,
      reached,
      conversion: previousReached === null || previousReached === 0 ? null : reached / previousReached,
      share: funnel.totalAccounts === 0 ? null : accounts / funnel.totalAccounts,
    };
    previousReached = reached;
    reached -= accounts;
    return row;
  });
}

export const percent = (ratio: number | null) => (ratio === null ? '—' : `${(ratio * 100).toFixed(ratio > 0 && ratio < 0.1 ? 1 : 0)}%`);
const count = (n: number) => n.toLocaleString('en');

/** Accounts per stage now as horizontal bars, with the same numbers as a table. */
export function JourneyFunnel({ funnel }: { funnel: Funnel }) {
  const rows = funnelRows(funnel);
  const summary = rows.map((r) => `${r.stage}: ${count(r.accounts)}`).join(', ');
  return (
    <div className="journey-funnel">
      <div className="chart-frame" role="img" aria-label={`Accounts per journey stage now. ${summary}.`}>
        <ResponsiveContainer width="100%" height={rows.length * 44 + 24}>
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 56, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} className="chart-grid" />
            <XAxis type="number" allowDecimals={false} className="chart-axis" />
            <YAxis type="category" dataKey="stage" width={112} className="chart-axis" />
            <Bar dataKey="accounts" className="journey-funnel-bar" isAnimationActive={false}>
              <LabelList dataKey="accounts" position="right" className="chart-label" formatter={(value) => count(Number(value))} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="table-wrap" role="region" aria-labelledby="funnel-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="funnel-caption" className="visually-hidden">
            Accounts per journey stage now, and conversion between adjacent stages
          </caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col" className="numeric">
                Accounts now
              </th>
              <th scope="col" className="numeric">
                Share
              </th>
              <th scope="col" className="numeric">
                At this stage or beyond
              </th>
              <th scope="col" className="numeric">
                Conversion from the stage above
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.stage}>
                <th scope="row">{row.stage}</th>
                <td className="numeric">{count(row.accounts)}</td>
                <td className="numeric">{percent(row.share)}</td>
                <td className="numeric">{count(row.reached)}</td>
                <td className="numeric">{percent(row.conversion)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
