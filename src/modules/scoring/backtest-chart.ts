import type { DecileLift } from './backtest-stats.js';

/**
 * The decile chart of a backtest as a standalone SVG (`intentbase score backtest --chart`,
 * docs/scoring.md): one bar per score decile, its height the decile's lift, and a line at 1 —
 * what a score that predicted nothing would show everywhere.
 */

const WIDTH = 640;
const HEIGHT = 360;
const MARGIN = { top: 48, right: 24, bottom: 56, left: 56 };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function decileChartSvg(deciles: readonly DecileLift[], title: string): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const top = Math.max(2, Math.ceil(Math.max(...deciles.map((d) => d.lift ?? 0))));
  const y = (lift: number) => MARGIN.top + plotHeight - (lift / top) * plotHeight;
  const slot = plotWidth / deciles.length;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="24" text-anchor="middle" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  for (let tick = 0; tick <= top; tick += 1) {
    parts.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#e5e7eb"/>`);
    parts.push(`<text x="${MARGIN.left - 8}" y="${y(tick) + 4}" text-anchor="end" fill="#374151">${tick}</text>`);
  }
  deciles.forEach((d, i) => {
    const lift = d.lift ?? 0;
    const x = MARGIN.left + i * slot + slot * 0.15;
    const label = d.minScore === null || d.maxScore === null ? '–' : d.minScore === d.maxScore ? `${d.minScore}` : `${d.minScore}–${d.maxScore}`;
    parts.push(`<rect x="${x.toFixed(1)}" y="${y(lift).toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${(y(0) - y(lift)).toFixed(1)}" fill="#2563eb"><title>decile ${d.decile}: lift ${lift.toFixed(2)}, ${d.positives} positives of ${d.accounts}</title></rect>`);
    parts.push(`<text x="${(x + slot * 0.35).toFixed(1)}" y="${(y(lift) - 4).toFixed(1)}" text-anchor="middle" fill="#111827">${lift.toFixed(1)}</text>`);
    parts.push(`<text x="${(x + slot * 0.35).toFixed(1)}" y="${y(0) + 16}" text-anchor="middle" fill="#374151">${d.decile}</text>`);
    parts.push(`<text x="${(x + slot * 0.35).toFixed(1)}" y="${y(0) + 30}" text-anchor="middle" fill="#6b7280" font-size="10">${label}</text>`);
  });
  parts.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(1)}" y2="${y(1)}" stroke="#dc2626" stroke-dasharray="6 4"/>`);
  parts.push(`<text x="${WIDTH - MARGIN.right}" y="${y(1) - 6}" text-anchor="end" fill="#dc2626">no prediction (lift 1)</text>`);
  parts.push(`<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 8}" text-anchor="middle" fill="#374151">score decile (1 = highest scores; score range below)</text>`);
  parts.push(`<text x="16" y="${MARGIN.top + plotHeight / 2}" text-anchor="middle" fill="#374151" transform="rotate(-90 16 ${MARGIN.top + plotHeight / 2})">lift (positive rate ÷ base rate)</text>`);
  parts.push('</svg>\n');
  return parts.join('\n');
}
