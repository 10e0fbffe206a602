import { join } from 'node:path';
import type { Usage } from '../agent/types.js';
import type { LoopOutcome } from '../engine/item-types.js';
import { estimateCostUsd } from '../state/budget.js';

/** One item's line of the `--json` output. */
export interface ItemReport {
  id: string;
  title: string;
  status: LoopOutcome['status'];
  reason: string;
  branch: string | null;
  cycles: number;
  open_findings: { id: string; severity: string; file: string; line: number | null; title: string }[];
  commits: number;
  usage: {
    input_tokens: number;
    cached_input_tokens: number;
    output_tokens: number;
    reasoning_output_tokens: number;
  };
  cost_usd: number | null;
  state_dir: string;
  next: string;
}

/** The item's line of the `--json` output from how its loop ended. */
export function report(
  stateDir: string,
  item: { id: string; title: string },
  o: LoopOutcome,
  pricing: Parameters<typeof estimateCostUsd>[1],
): ItemReport {
  const u: Usage = o.usage;
  return {
    id: item.id,
    title: item.title,
    status: o.status,
    reason: o.reason,
    branch: o.branch,
    cycles: o.cycles,
    open_findings:
      o.status === 'pass'
        ? []
        : o.openFindings.map((f) => ({
            id: f.id,
            severity: f.severity,
            file: f.file,
            line: f.line,
            title: f.title,
          })),
    commits: o.commits,
    usage: {
      input_tokens: u.inputTokens,
      cached_input_tokens: u.cachedInputTokens,
      output_tokens: u.outputTokens,
      reasoning_output_tokens: u.reasoningOutputTokens,
    },
    cost_usd: (u.unpricedTokens ?? 0) > 0 ? null : Number(estimateCostUsd(u, pricing).toFixed(4)),
    state_dir: stateDir,
    next: o.next,
  };
}

/** The run's end for people (stderr): each item's result, its next step and its summary, then the totals. */
export function renderRunEnd(
  reports: readonly ItemReport[],
  stopped: string | undefined,
  waiting: number,
): string {
  const passed = reports.filter((r) => r.status === 'pass').length;
  const items = reports.map(
    (r) =>
      `${r.id}: ${r.status} — ${r.reason}${r.next ? `\n  next: ${r.next}` : ''}\n  summary: ${join(r.state_dir, 'summary.md')}\n`,
  );
  return (
    items.join('') +
    `${reports.length} item(s) worked, ${passed} passed review${stopped ? `; stopped: ${stopped}` : ''}.` +
    (waiting > 0 ? ` ${waiting} item(s) wait (see --dry-run).` : '') +
    '\n'
  );
}
