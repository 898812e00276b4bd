import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { components } from '../api/client';

type Movements = components['schemas']['JourneyMovements'];

const ALL = '';

/** "Jun 15": a week by its Monday, in UTC like the API's weeks. */
export function weekLabel(weekStart: string): string {
  return new Date(weekStart).toLocaleDateString('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

interface WeekPoint {
  week: string;
  [series: string]: number | string;
}

/** Per week, for each shown stage: `entered:<stage>` (drawn above the axis) and `left:<stage>` (below, negative). */
function chartPoints(movements: Movements, shown: readonly string[]): WeekPoint[] {
  return movements.weeks.map((week) => {
    const point: WeekPoint = { week: weekLabel(week.weekStart) };
    for (const m of week.movements) {
      if (!shown.includes(m.stage)) continue;
      point[`entered:${m.stage}`] = m.entered;
      point[`left:${m.stage}`] = -m.left;
    }
    return point;
  });
}

function totals(movements: Movements) {
  return movements.stages.map((stage) => {
    const all = movements.weeks.flatMap((w) => w.movements.filter((m) => m.stage === stage));
    return { stage, entered: all.reduce((n, m) => n + m.entered, 0), left: all.reduce((n, m) => n + m.left, 0) };
  });
}

function MovementTooltip({ active, payload, label }: TooltipContentProps) {
  if (!active || payload.length === 0) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">Week of {label}</p>
      <ul>
        {payload
          .filter((item) => item.value !== 0)
          .map((item) => {
            const [kind, stage] = String(item.dataKey).split(':');
            return (
              <li key={String(item.dataKey)}>
                {stage}: {Math.abs(Number(item.value))} {kind}
              </li>
            );
          })}
      </ul>
    </div>
  );
}

/** Weekly stage movements: a diverging stacked bar chart (entered up, left down), a stage filter, and the table. */
export function JourneyMovements({ movements }: { movements: Movements }) {
  const [stage, setStage] = useState(ALL);
  const selectId = useId();
  const shown = stage === ALL ? movements.stages : [stage];
  const points = chartPoints(movements, shown);
  const summary = totals(movements)
    .filter((t) => shown.includes(t.stage))
    .map((t) => `${t.stage}: ${t.entered} entered, ${t.left} left`)
    .join('; ');
  const stageClass = (name: string) => `journey-stage-${movements.stages.indexOf(name)}`;

  return (
    <div className="journey-movements">
      <div className="field field-inline">
        <label htmlFor={selectId}>Stage</label>
        <select id={selectId} value={stage} onChange={(event) => setStage(event.target.value)}>
          <option value={ALL}>All stages</option>
          {movements.stages.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <ul className="chart-legend" aria-label="Colours">
        {shown.map((name) => (
          <li key={name}>
            <span className={`swatch ${stageClass(name)}`} aria-hidden="true" /> {name}
          </li>
        ))}
      </ul>
      <p className="hint">Above the line: accounts that entered the stage that week; below: accounts that left it.</p>
      <div className="chart-frame" role="img" aria-label={`Weekly stage movements over the last ${movements.weeks.length} weeks. ${summary}.`}>
        <ResponsiveContainer width="100%" height={300}>
          <BarChart data={points} stackOffset="sign" margin={{ top: 8, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} className="chart-grid" />
            <XAxis dataKey="week" className="chart-axis" interval="preserveStartEnd" minTickGap={16} />
            <YAxis allowDecimals={false} className="chart-axis" tickFormatter={(value: number) => String(Math.abs(value))} width={40} />
            <ReferenceLine y={0} className="chart-zero" />
            <Tooltip content={MovementTooltip} cursor={{ className: 'chart-cursor' }} isAnimationActive={false} />
            {shown.map((name) => (
              <Bar key={`entered:${name}`} dataKey={`entered:${name}`} stackId="moves" className={stageClass(name)} isAnimationActive={false} />
            ))}
            {shown.map((name) => (
              <Bar key={`left:${name}`} dataKey={`left:${name}`} stackId="moves" className={`${stageClass(name)} journey-left`} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="table-details">
        <summary>The weekly movements as a table</summary>
        <div className="table-wrap" role="region" aria-labelledby="movements-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="movements-caption" className="visually-hidden">
              Accounts that entered and left each stage, per week (weeks start on Monday, UTC)
            </caption>
            <thead>
              <tr>
                <td />
                {shown.map((name) => (
                  <th key={name} scope="colgroup" colSpan={2}>
                    {name}
                  </th>
                ))}
              </tr>
              <tr>
                <th scope="col">Week of</th>
                {shown.flatMap((name) => [
                  <th key={`${name}-in`} scope="col" className="numeric">
                    Entered
                  </th>,
                  <th key={`${name}-out`} scope="col" className="numeric">
                    Left
                  </th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {movements.weeks.map((week) => (
                <tr key={week.weekStart}>
                  <th scope="row">{weekLabel(week.weekStart)}</th>
                  {week.movements
                    .filter((m) => shown.includes(m.stage))
                    .flatMap((m) => [
                      <td key={`${m.stage}-in`} className="numeric">
                        {m.entered}
                      </td>,
                      <td key={`${m.stage}-out`} className="numeric">
                        {m.left}
                      </td>,
                    ])}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
