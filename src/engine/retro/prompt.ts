import type { WorkItem } from '../../backlog/model.js';
import type { RetroFindings } from '../../backlog/retro-findings.js';
import type { ItemOutcome } from '../../backlog/retro-outcomes.js';
import { clip } from '../../prompts/issue.js';
import { untrustedBlock } from '../../safety/sanitize.js';
import { costCell } from '../../state/budget.js';

/** What the prompt carries of the backlog: enough to judge, bounded for a large one. */
const MAX_ITEMS = 200;
const MAX_BODY = 600;
const MAX_SECTION = 60_000;

function backlogText(items: readonly WorkItem[]): string {
  const lines = items.slice(0, MAX_ITEMS).map((i) => {
    const criteria = i.acceptanceCriteria.map((c) => `  - [${c.done ? 'x' : ' '}] ${clip(c.text, 200)}`);
    return [
      `### ${i.id} (${i.priority}, ${i.status}${i.blockedBy.length > 0 ? `, blocked by ${i.blockedBy.join(', ')}` : ''})`,
      `Title: ${i.title}`,
      `Labels: ${i.labels.join(', ') || '(none)'}`,
      clip(i.body.trim(), MAX_BODY) || '(no description)',
      ...(criteria.length > 0 ? ['Acceptance criteria:', ...criteria] : []),
    ].join('\n');
  });
  if (items.length > MAX_ITEMS) lines.push(`(${items.length - MAX_ITEMS} more items not shown)`);
  return clip(lines.join('\n\n'), MAX_SECTION);
}

/**
 * One item the orchestrator worked since the last retrospective, and what became of it: a GitHub
 * issue with its pull request (the Action), or a docs item with its local branch (the MCP server).
 */
export interface RetroOutcomeRow {
  /** The item as the backlog names it (`#12`, `T-3`). */
  item: string;
  title: string;
  result: string;
  why: string | null;
  reviewCycles: number;
  /** Where its change is, for the model: `PR #14 merged, 2 commits by people`, `branch codex/T-3-x`. */
  change: string;
  tokens: number;
  costUsd: number;
  /** Tokens spent on a model without a price: the cost is then unknown, not `costUsd`. */
  unpricedTokens?: number;
}

/** The row of an issue the Action worked, with its newest pull request. */
export const pullRequestRow = (o: ItemOutcome): RetroOutcomeRow => ({
  item: `#${o.item}`,
  title: o.title,
  result: o.result,
  why: o.why,
  reviewCycles: o.reviewCycles,
  change: `PR ${o.pr ? `#${o.pr.number} ${o.pr.state}${o.pr.foreignCommits > 0 ? `, ${o.pr.foreignCommits} commits by people` : ''}` : 'none'}`,
  tokens: o.tokens,
  costUsd: o.costUsd,
  unpricedTokens: o.unpricedTokens,
});

/** The figures a retro shows beside the rows (RetroFigures for the Action). */
export type RetroTotals = Readonly<Record<string, number | null>>;

function outcomesText(outcomes: readonly RetroOutcomeRow[], figures: RetroTotals): string {
  const rows = outcomes.map(
    (o) =>
      `- ${o.item} "${clip(o.title, 120)}": ${o.result}${o.why ? ` (${clip(o.why, 300)})` : ''}; review cycles ${o.reviewCycles}; ` +
      `${o.change}; ${o.tokens} tokens, ${costCell(o.costUsd, o.unpricedTokens)}`,
  );
  const totals = Object.entries(figures)
    .map(
      ([k, v]) =>
        `${k}: ${v === null ? 'n/a' : typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : v}`,
    )
    .join(', ');
  return clip([...rows, '', `Totals: ${totals}`].join('\n'), MAX_SECTION);
}

function findingsText(findings: RetroFindings): string {
  const lines = [
    ...findings.duplicates.map(
      (d) => `- Candidate duplicate: ${d.source} of ${d.target} (same ${d.by.join(' and ')})`,
    ),
    ...findings.stale.map((s) => `- Stale: ${s.item}, no activity for ${s.days} days`),
    ...findings.blockedByAbandoned.map(
      (b) => `- ${b.item} waits for ${b.blocker}, whose pull request #${b.pr} was closed unmerged`,
    ),
  ];
  return lines.length > 0 ? lines.join('\n') : '(none)';
}

/**
 * The values of prompts/retro.md (the Action's retro and the MCP server's run_retrospective).
 * Titles, bodies and the reasons in the status comments come from people or from a model that read
 * them: they go in delimited blocks. The findings hold only ids and numbers the engine computed.
 */
export function retroPromptValues(input: {
  repository: string;
  items: readonly WorkItem[];
  outcomes: readonly RetroOutcomeRow[];
  figures: RetroTotals;
  findings: RetroFindings;
}): Record<string, string> {
  return {
    repository: input.repository,
    outcomes:
      input.outcomes.length > 0
        ? untrustedBlock('outcomes', outcomesText(input.outcomes, input.figures))
        : 'No item was worked on since the last retrospective.',
    findings: findingsText(input.findings),
    backlog:
      input.items.length > 0 ? untrustedBlock('backlog', backlogText(input.items)) : '(the backlog is empty)',
  };
}
