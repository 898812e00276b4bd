import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { components } from '../api/client';
import { SOURCE_COLORS, SOURCE_LABELS } from './AccountScoreChart';

type SignalDays = components['schemas']['AccountSignalDays'];
const SOURCES = ['website', 'g2', 'linkedin', 'bombora'] as const;

/** Signals per day by source (stacked bars), with the totals per source said in words for a screen reader. */
export function AccountSignalsChart({ signals }: { signals: SignalDays }) {
  const totals = SOURCES.map((source) => ({ source, total: signals.days.reduce((sum, day) => sum + day[source], 0) }));
  const all = totals.reduce((sum, t) => sum + t.total, 0);
  if (all === 0) {
    return (
      <p className="muted" role="status">
        No signal for {signals.domain} from {signals.from} to {signals.to}.
      </p>
    );
  }
  return (
    <>
      <p id="signals-summary">
        {all} signals from {signals.from} to {signals.to}:{' '}
        {totals
          .filter((t) => t.total > 0)
          .map((t) => `${SOURCE_LABELS[t.source]} ${t.total}`)
          .join(', ')}
        .
      </p>
      <figure className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={signals.days} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tick={{ fill: 'currentColor', fontSize: 12 }} stroke="currentColor" minTickGap={24} />
            <YAxis allowDecimals={false} tick={{ fill: 'currentColor', fontSize: 12 }} stroke="currentColor" width={40} />
            <Tooltip />
            <Legend />
            {SOURCES.map((source) => (
              <Bar key={source} dataKey={source} name={SOURCE_LABELS[source]} stackId="signals" fill={SOURCE_COLORS[source]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </>
  );
}
