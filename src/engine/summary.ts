import { cell, safeLine, safeText } from '../report/markdown.js';
import { renderModelLine } from '../safety/markdown.js';
import type { LoopItem, LoopOutcome } from './item-types.js';

const n = (value: number) => value.toLocaleString('en-US');
/** One line of text the agent chose (a command, a path) as a code span that cannot be closed early. */
const code = (text: string) => `\`${safeLine(text, 300).replace(/`/g, "'")}\``;

/**
 * The item's `summary.md` (DESIGN §12): where the loop left it, what was done, the findings still
 * open and the next human step, in the words a person reads first. Text the model or the item's
 * author wrote is rendered like model text everywhere (no hidden comments, no remote images).
 */
export function renderSummary(item: LoopItem, outcome: LoopOutcome): string {
  const { state } = outcome;
  const lines = [
    `# ${safeLine(item.id, 100)}: ${safeLine(item.title, 200)}`,
    '',
    `**Status:** ${outcome.status} — ${safeText(outcome.reason, 1000)}`,
    '',
    outcome.branch
      ? `**Branch:** \`${outcome.branch}\` (${outcome.commits} commit(s) of the orchestrator)`
      : '',
    `**Review cycles:** ${outcome.cycles}`,
    '',
  ];
  if (state.criteria.length > 0) {
    lines.push('## Acceptance criteria', '');
    for (const c of state.criteria)
      lines.push(
        `- [${c.done ? 'x' : ' '}] ${safeLine(c.text, 500)}${c.commit ? ` (${c.commit.slice(0, 7)})` : ''}`,
      );
    lines.push('');
  }
  if (state.clarification && outcome.status === 'needs_clarification') {
    lines.push('## The planner asks', '');
    state.clarification.questions.forEach((q, i) => {
      lines.push(`${i + 1}. ${renderModelLine(q)}`);
    });
    lines.push('');
  }
  if (state.escalation && !state.escalation.approvedBy) {
    lines.push('## Waiting for approval', '');
    if (state.escalation.commands.length > 0)
      lines.push(
        'Commands outside `commands.allow`:',
        '',
        ...state.escalation.commands.map((c) => `- ${code(c)}`),
        '',
      );
    if (state.escalation.paths.length > 0)
      lines.push('Protected paths changed:', '', ...state.escalation.paths.map((p) => `- ${code(p)}`), '');
  }
  if (state.fix?.summary) {
    lines.push(
      '## What the fix rounds did',
      '',
      `Round ${state.fix.rounds} for review cycle ${state.fix.cycle}${state.fix.commit ? ` (${state.fix.commit.slice(0, 7)})` : ''}: ${safeText(state.fix.summary, 1000)}`,
      '',
    );
  }
  if (outcome.openFindings.length > 0 && outcome.status !== 'pass') {
    lines.push('## Open findings', '', '| id | severity | where | finding |', '|---|---|---|---|');
    for (const f of outcome.openFindings) {
      const where = f.line ? `${f.file}:${f.line}` : f.file;
      lines.push(
        `| \`${cell(safeLine(f.id, 100))}\` | ${f.severity} | \`${cell(safeLine(where, 200))}\` | ${cell(renderModelLine(f.title))} |`,
      );
    }
    lines.push('');
  }
  if (state.dev.verifyOutput && (outcome.status === 'tests_failed' || outcome.status === 'blocked')) {
    lines.push(
      '## The last verification',
      '',
      '```text',
      state.dev.verifyOutput.replace(/```/g, '`\u200b``'),
      '```',
      '',
    );
  }
  const u = state.usage;
  lines.push(
    '## Usage',
    '',
    `${n(u.inputTokens)} tokens in (${n(u.cachedInputTokens)} cached), ${n(u.outputTokens)} out, over every run on this item.`,
    '',
    `**Next human step:** ${outcome.next ? safeText(outcome.next, 1000) : 'none.'}`,
  );
  return `${lines.filter((line, i, all) => line !== '' || all[i - 1] !== '').join('\n')}\n`;
}
