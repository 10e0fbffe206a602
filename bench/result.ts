/**
 * What a benchmark returns; bench/run.ts turns it into one row of BENCHMARKS.md, whose table has
 * the columns `| benchmark | result | target | met | notes |`.
 */
export interface BenchResult {
  /** What is measured, e.g. "Runner overhead: a runner call vs the bare `codex exec --json`". */
  name: string;
  /** The number against its same-run baseline, e.g. "1.04× (812 ms vs 781 ms; 15 alternating pairs)". */
  result: string;
  /** The target, e.g. "≤ 1.10×". */
  target: string;
  /** Whether the target was met; undefined when the benchmark could not run here. */
  pass: boolean | undefined;
  /** Anything a reader needs to judge the number (binary, sizes, first log line). */
  notes?: string;
  /** The raw numbers, for the JSON copy of the results. */
  values?: Record<string, number>;
  /** A ready markdown row with the columns above; used verbatim instead of the fields when given. */
  row?: string;
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The markdown row of a result. */
export function toRow(result: BenchResult): string {
  if (result.row) return result.row.trim();
  const met = result.pass === undefined ? '—' : result.pass ? '✅ yes' : '❌ no';
  return `| ${cell(result.name)} | ${cell(result.result)} | ${cell(result.target)} | ${met} | ${cell(result.notes ?? '')} |`;
}
