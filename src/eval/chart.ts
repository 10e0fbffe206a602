import type { EvalReport } from './report.js';
import type { Rate } from './score.js';

/**
 * The report's chart: the four rates side by side, one bar per variant, with the spread of
 * `--repeat` as a whisker. Written by hand: it is a few rectangles and labels, and a charting
 * library would bring a DOM (d3) or a renderer (vega) into a command line tool for one SVG.
 */

const METRICS: { rate: Rate; label: string }[] = [
  { rate: 'recall', label: 'recall' },
  { rate: 'precision', label: 'precision' },
  { rate: 'verdict_accuracy', label: 'verdict accuracy' },
  { rate: 'false_pass_rate', label: 'false-pass rate (lower is better)' },
];

// Okabe–Ito: told apart by people with any common colour-vision deficiency.
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const round = (n: number) => Math.round(n * 10) / 10;

/** The SVG document. */
export function renderChart(report: Pick<EvalReport, 'suite' | 'variants'>): string {
  const variants = report.variants;
  const width = 760;
  const plot = { left: 48, top: 44, width: 690, height: 220 };
  const legendRows = Math.ceil(variants.length / 3);
  const height = plot.top + plot.height + 44 + legendRows * 20 + 12;
  const group = plot.width / METRICS.length;
  const bar = Math.min(36, (group - 24) / Math.max(1, variants.length));
  const y = (value: number) => plot.top + plot.height * (1 - value);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
    `<title>Eval scores per variant: ${escapeXml(report.suite)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${plot.left}" y="24" font-size="15" font-weight="600" fill="#1f2328">Eval scores per variant — ${escapeXml(report.suite)}</text>`,
  ];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const at = round(y(tick));
    parts.push(
      `<line x1="${plot.left}" x2="${plot.left + plot.width}" y1="${at}" y2="${at}" stroke="${tick === 0 ? '#57606a' : '#d0d7de'}" stroke-width="1"/>`,
      `<text x="${plot.left - 6}" y="${at + 4}" text-anchor="end" fill="#57606a">${tick * 100}%</text>`,
    );
  }
  METRICS.forEach((metric, m) => {
    const start = plot.left + m * group + (group - bar * variants.length) / 2;
    variants.forEach((v, i) => {
      const value = v.scores[metric.rate];
      const x = round(start + i * bar + 2);
      const w = round(bar - 4);
      const colour = COLOURS[i % COLOURS.length]!;
      if (value === null) {
        parts.push(
          `<text x="${round(x + w / 2)}" y="${round(y(0) - 4)}" text-anchor="middle" fill="#57606a">—</text>`,
        );
        return;
      }
      parts.push(
        `<rect x="${x}" y="${round(y(value))}" width="${w}" height="${round(plot.height * value)}" fill="${colour}"><title>${escapeXml(v.name)}: ${metric.label} ${(value * 100).toFixed(1)}%</title></rect>`,
      );
      const spread = v.spread[metric.rate];
      if (spread && spread.max > spread.min) {
        const mid = round(x + w / 2);
        parts.push(
          `<path d="M${mid} ${round(y(spread.min))}V${round(y(spread.max))}M${mid - 4} ${round(y(spread.min))}h8M${mid - 4} ${round(y(spread.max))}h8" stroke="#1f2328" stroke-width="1.2" fill="none"/>`,
        );
      }
      parts.push(
        `<text x="${round(x + w / 2)}" y="${round(y(spread?.max ?? value) - 5)}" text-anchor="middle" font-size="11" fill="#1f2328">${Math.round(value * 100)}%</text>`,
      );
    });
    parts.push(
      `<text x="${round(plot.left + m * group + group / 2)}" y="${plot.top + plot.height + 18}" text-anchor="middle" fill="#1f2328">${escapeXml(metric.label)}</text>`,
    );
  });
  variants.forEach((v, i) => {
    const x = plot.left + (i % 3) * 230;
    const top = plot.top + plot.height + 40 + Math.floor(i / 3) * 20;
    parts.push(
      `<rect x="${x}" y="${top - 10}" width="12" height="12" fill="${COLOURS[i % COLOURS.length]}"/>`,
      `<text x="${x + 18}" y="${top}" fill="#1f2328">${escapeXml(v.name.length > 32 ? `${v.name.slice(0, 31)}…` : v.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
