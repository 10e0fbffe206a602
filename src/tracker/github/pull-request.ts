import type { Usage } from '../../agent/types.js';
import type { GitHubClient, RepoRef } from '../../github/client.js';
import { createDraftPull, findBranchPull, updatePull } from '../../github/pulls.js';
import * as core from '../../log.js';
import { fitBody } from '../../report/limits.js';
import { safeLine, safeText } from '../../report/markdown.js';
import { renderModelCode } from '../../safety/markdown.js';
import { describeCost } from '../../state/budget.js';
import type { Criterion } from '../../state/index.js';

/** Marks the PRs the action opened for an item (in the body, invisible). */
export const prMarker = (item: number) => `<!-- codex-orchestrator:pr item=${item} -->`;

/**
 * What the PR body shows. Model-written text (the plan, the commit messages, the criteria) is
 * rendered by safeText/safeLine: no hidden blocks, images or mentions.
 */
export interface PullRequestBody {
  item: number;
  planSummary: string | undefined;
  /** One entry per run that changed something: what the developer said it did. */
  summaries: string[];
  criteria: readonly Criterion[];
  /** Markdown of the last verification (verifyMarkdown). */
  verification: string;
  usage: Usage;
  pricing: Parameters<typeof describeCost>[1];
  /** A line shown first when the PR needs a person (tests failed). */
  attention?: string;
}

const n = (value: number) => value.toLocaleString('en-US');

/** The draft PR's body: "Closes #N", summary, criteria checklist, verification, usage. */
export function renderPullRequestBody(body: PullRequestBody): string {
  const parts = [`Closes #${body.item}`];
  if (body.attention) parts.push(`> [!WARNING]\n> ${safeText(body.attention, 1000).replace(/\n/g, '\n> ')}`);
  const summary = [
    body.planSummary ? safeText(body.planSummary, 4000) : '',
    ...body.summaries.map((s) => `- ${safeLine(s, 1000)}`),
  ].filter(Boolean);
  parts.push(`## Summary\n${summary.length > 0 ? summary.join('\n\n') : '_No summary._'}`);
  if (body.criteria.length > 0) {
    const rows = body.criteria.map((c) => {
      const commit = c.commit ? ` (${c.commit.slice(0, 7)})` : c.done ? ' (no change needed)' : '';
      return `- [${c.done ? 'x' : ' '}] ${safeLine(c.text, 500)}${commit}`;
    });
    parts.push(`## Acceptance criteria\n${rows.join('\n')}`);
  }
  // The output of code the agent wrote, in a fence: it must not carry one of the action's markers.
  parts.push(`## Verification\n${renderModelCode(body.verification)}`);
  const u = body.usage;
  parts.push(
    `## Usage\n${n(u.inputTokens)} tokens in (${n(u.cachedInputTokens)} cached), ${n(u.outputTokens)} out ` +
      `(${n(u.reasoningOutputTokens)} reasoning) · ${describeCost(u, body.pricing)}`,
  );
  return fitBody(parts.join('\n\n'), {
    where: "the dev job's summary and the branch's commit messages",
    hidden: `<sub>Opened by codex-orchestrator. A person reviews and merges it.</sub>\n${prMarker(body.item)}`,
  });
}

export type UpsertPullResult =
  | { status: 'created' | 'updated' | 'dry_run'; number: number; htmlUrl: string }
  | { status: 'merged'; number: number; htmlUrl: string };

/**
 * Opens the item's draft PR, or updates the one the branch already has: never a second PR. A PR
 * that was closed without merging is reopened; a merged one is reported and left alone.
 */
export async function upsertPullRequest(
  client: GitHubClient,
  repo: RepoRef,
  options: { branch: string; base: string; title: string; body: string; dryRun: boolean },
): Promise<UpsertPullResult> {
  const existing = await findBranchPull(client, repo, options.branch);
  if (existing?.merged) return { status: 'merged', number: existing.number, htmlUrl: existing.htmlUrl };
  if (options.dryRun) {
    core.info(
      `[dry-run] Would ${existing ? `update PR #${existing.number}` : 'open a draft PR'} ${options.branch} → ${options.base}: ` +
        `${JSON.stringify({ title: options.title, body: options.body })}`,
    );
    return { status: 'dry_run', number: existing?.number ?? 0, htmlUrl: existing?.htmlUrl ?? '' };
  }
  if (existing) {
    const updated = await updatePull(client, repo, existing.number, {
      body: options.body,
      reopen: existing.state === 'closed',
    });
    return { status: 'updated', ...updated };
  }
  const created = await createDraftPull(client, repo, options);
  return { status: 'created', ...created };
}
