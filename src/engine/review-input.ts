import { buildDiffContext, type ChangedFile } from '../review/diff.js';
import type { PriorReview } from '../review/prior.js';
import type { ReviewPromptInput } from '../review/prompt.js';

/**
 * The review prompt's input for a work item's local branch, as the loop builds it (item-review.ts
 * `reviewBranch`) and as `codex-orchestrator eval` builds it for a case, so that an evaluation
 * scores the prompt production sends: the whole change on a first cycle, the commits since the last
 * reviewed head (with the whole change as its file list) from the second on.
 */
export function branchReviewInput(parts: {
  repository: string;
  item: { id: string; title: string; body: string };
  /** The item's branch, and the default branch it left. */
  branch: string;
  defaultBranch: string;
  author: string;
  cycle: number;
  head: string;
  criteria: readonly { text: string; done: boolean }[];
  /** The criteria are the planner's (no checklist in the item itself). */
  fromPlan: boolean;
  previous: PriorReview | undefined;
  /** The whole change since the branch left the default branch. */
  whole: readonly ChangedFile[];
  /** The commits since the previous cycle's head; undefined on a first review or when git lost it. */
  since: readonly ChangedFile[] | undefined;
  budgetBytes: number;
}): Omit<ReviewPromptInput, 'projectInstructions'> {
  const { item, previous, since, budgetBytes } = parts;
  return {
    repository: parts.repository,
    number: item.id,
    change: `the branch \`${parts.branch}\` of work item ${item.id}`,
    cycle: parts.cycle,
    headSha: parts.head,
    checkoutAtHead: true,
    title: item.title,
    body: item.body,
    author: parts.author,
    baseRef: parts.defaultBranch,
    headRef: parts.branch,
    criteria: {
      issue: item.id,
      title: item.title,
      items: parts.criteria.map((c) => ({ text: c.text, checked: c.done })),
      fromPlan: parts.fromPlan,
    },
    previous,
    diff: buildDiffContext(parts.whole, budgetBytes),
    increment:
      previous?.headSha && since
        ? { base: previous.headSha, diff: buildDiffContext(since, budgetBytes) }
        : undefined,
  };
}
