import { Bar, BarChart, CartesianGrid, Rectangle, ResponsiveContainer, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { components } from '../api/client';

type Explanation = components['schemas']['ScoreExplanation'];
type Source = Explanation['sources'][number];

export const SOURCE_LABELS: Record<Source['source'], string> = {
  website: 'Website',
  g2: 'G2',
  linkedin: 'LinkedIn advertising',
  bombora: 'Bombora',
};

/** Mid-tone colours readable on the light and the dark background alike. */
export const SOURCE_COLORS: Record<Source['source'], string> = {
  website: '#3b82f6',
  g2: '#f59e0b',
  linkedin: '#10b981',
  bombora: '#a855f7',
};

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Each source's contribution to the account score as bars, and the same numbers as a table beside
 * them (the table is what a screen reader reads; the chart repeats it for the eye).
 */
export function AccountScoreChart({ explanation }: { explanation: Explanation }) {
  const data = explanation.sources.map((s) => ({ name: SOURCE_LABELS[s.source], contribution: round1(s.contribution), fill: SOURCE_COLORS[s.source] }));
  return (
    <div className="account-score-chart">
      <figure className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} tick={{ fill: 'currentColor' }} stroke="currentColor" />
            <YAxis type="category" dataKey="name" width={150} tick={{ fill: 'currentColor' }} stroke="currentColor" />
            <Bar dataKey="contribution" isAnimationActive={false} shape={(props: BarShapeProps) => <Rectangle {...props} fill={(props.payload as { fill: string }).fill} />} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <table className="data-table compact">
        <caption>Contribution of each source to the account score of {explanation.rtp_account_score}</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col" className="numeric">
              Score
            </th>
            <th scope="col" className="numeric">
              Weight
            </th>
            <th scope="col" className="numeric">
              Contribution
            </th>
          </tr>
        </thead>
        <tbody>
          {explanation.sources.map((s) => (
            <tr key={s.source}>
              <th scope="row">
                {SOURCE_LABELS[s.source]}
                {s.enabled ? null : <span className="muted"> (off)</span>}
              </th>
              <td className="numeric">{s.score}</td>
              <td className="numeric">{round1(s.weight)}</td>
              <td className="numeric">{round1(s.contribution)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
