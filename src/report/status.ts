import type { Config } from '../config.js';
import { describeCost } from '../state/budget.js';
import { encodeState, STATUS_MARKER } from '../state/codec.js';
import type { ItemState } from '../state/schema.js';
import { STATUS_ICON } from './icons.js';
import { safeLine, safeText } from './markdown.js';

/** Timeline rows shown in the comment (the state keeps a few more). */
const TIMELINE_ROWS = 12;

/** One line of text for list items and table cells. */
const inline = (text: string, maxLength = 500) => safeLine(text, maxLength).replace(/\|/g, '\\|');

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

const formatNumber = (n: number) => n.toLocaleString('en-US');

export interface StatusRenderOptions {
  /** The link of the run writing the comment. */
  runUrl?: string;
  pricing: Config['pricing'];
  /** A line shown under the headline (the store says there when it clipped the state to fit). */
  notice?: string;
}

/** Renders the whole status comment: marker, visible progress, hidden state (DESIGN §3). */
export function renderStatusComment(state: ItemState, options: StatusRenderOptions): string {
  return `${renderStatusVisible(state, options)}\n\n${encodeState(state)}`;
}

/**
 * The visible part of the status comment (the marker first): what src/item/store.ts cuts to fit
 * GitHub's limit, keeping the hidden state whole.
 */
export function renderStatusVisible(state: ItemState, options: StatusRenderOptions): string {
  const parts: string[] = [STATUS_MARKER, `## codex-orchestrator · #${state.item}`, headline(state)];
  if (options.notice) parts.push(options.notice);
  parts.push(
    state.nextAction
      ? `**What a human must do next:** ${inline(state.nextAction, 1000)}`
      : '**What a human must do next:** nothing for now.',
  );
  if (state.stopped) {
    parts.push(
      `🛑 Stopped by ${code(state.stopped.by)} at ${state.stopped.at}: comment \`/codex resume\` to continue.`,
    );
  }
  if (state.plan) parts.push(`### Plan\n${safeText(state.plan.summary, 4000)}`);
  if (state.status === 'needs_clarification' && state.clarification) {
    const questions = state.clarification.questions.map((q, i) => `${i + 1}. ${inline(q)}`);
    parts.push(`### Open questions (round ${state.clarification.round})\n${questions.join('\n')}`);
  }
  if (state.criteria.length > 0) {
    const done = state.criteria.filter((c) => c.done).length;
    const rows = state.criteria.map((c, i) => {
      const mark = c.done ? 'x' : ' ';
      const commit = c.commit ? ` (${code(c.commit.slice(0, 7))})` : '';
      const current = !c.done && state.dev.current === i ? ' ⏳' : '';
      return `- [${mark}] ${inline(c.text)}${commit}${current}`;
    });
    parts.push(`### Acceptance criteria — ${done}/${state.criteria.length} done\n${rows.join('\n')}`);
  }
  if (state.plan && state.plan.risks.length > 0) {
    parts.push(`### Risks\n${state.plan.risks.map((r) => `- ${inline(r)}`).join('\n')}`);
  }
  if (state.subIssues.length > 0) {
    parts.push(`### Sub-issues\n${state.subIssues.map((n) => `- [ ] #${n}`).join('\n')}`);
  }
  if (state.escalation) parts.push(renderEscalation(state.escalation));
  parts.push(renderTimeline(state));
  parts.push(renderFooter(state, options));
  return parts.join('\n\n');
}

function headline(state: ItemState): string {
  if (state.merged) {
    return `**Status:** ${STATUS_ICON.complete} done: PR #${state.merged.pr} merged by ${safeText(`@${state.merged.by}`)}`;
  }
  const phase = state.phase ? ` after ${code(state.phase)}` : '';
  const attempt = state.attempt > 1 ? ` (attempt ${state.attempt})` : '';
  const cycle = state.reviewCycle > 0 ? ` · review cycle ${state.reviewCycle}` : '';
  const pr = state.pr ? ` · PR #${state.pr}` : '';
  return `**Status:** ${STATUS_ICON[state.status]} ${code(state.status)}${phase}${attempt}${cycle}${pr}`;
}

function renderEscalation(escalation: NonNullable<ItemState['escalation']>): string {
  const lines = [
    escalation.approvedBy
      ? `### Escalation — approved by ${code(escalation.approvedBy)}`
      : '### Escalation — waiting for `/codex approve` from a user with write access',
  ];
  if (escalation.commands.length > 0) {
    lines.push('Commands outside the allow-list:', ...escalation.commands.map((c) => `- ${code(inline(c))}`));
  }
  if (escalation.paths.length > 0) {
    lines.push('Protected paths changed:', ...escalation.paths.map((p) => `- ${code(inline(p))}`));
  }
  return lines.join('\n');
}

function renderTimeline(state: ItemState): string {
  if (state.timeline.length === 0) return '_No phase has run yet._';
  const rows = state.timeline.slice(-TIMELINE_ROWS).map((entry) => {
    const run = entry.runUrl ? `[run](${entry.runUrl})` : '';
    return `| ${entry.at.replace('T', ' ').slice(0, 16)} | ${entry.phase} | ${STATUS_ICON[entry.status]} ${entry.status} | ${run} | ${entry.note ? inline(entry.note, 200) : ''} |`;
  });
  return [
    '<details><summary>Timeline</summary>',
    '',
    '| When (UTC) | Phase | Result | Run | Note |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    '</details>',
  ].join('\n');
}

function renderFooter(state: ItemState, options: StatusRenderOptions): string {
  const u = state.usage;
  const facts = [
    `**Usage so far:** ${formatNumber(u.inputTokens)} tokens in (${formatNumber(u.cachedInputTokens)} cached), ` +
      `${formatNumber(u.outputTokens)} out (${formatNumber(u.reasoningOutputTokens)} reasoning) · ${describeCost(u, options.pricing)}`,
  ];
  const where = [
    state.branch ? `branch ${code(state.branch)}` : '',
    state.pr ? `PR #${state.pr}` : '',
    options.runUrl ? `[last run](${options.runUrl})` : '',
  ].filter(Boolean);
  if (where.length > 0) facts.push(where.join(' · '));
  return facts.join('\n');
}
