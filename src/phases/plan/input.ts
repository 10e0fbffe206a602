import { hasWriteAccess } from '../../action/actor.js';
import type { ItemJob } from '../../action/job.js';
import { listIssueComments } from '../../github/comments.js';
import { isIdentity } from '../../github/identity.js';
import { clip, issueBlock } from '../../prompts/issue.js';
import { untrustedBlock } from '../../safety/sanitize.js';
import type { ItemState } from '../../state/index.js';

/** Comments given to the planner: the newest ones, each clipped (the prompt must stay bounded). */
const MAX_COMMENTS = 30;
const MAX_COMMENT_CHARS = 8000;

/** The issue as the plan phase reads it. */
export interface PlanIssue {
  number: number;
  title: string;
  body: string;
}

interface DiscussionComment {
  id: number;
  login: string;
  createdAt: string;
  body: string;
}

/**
 * The comments a planner may read: written by people with write access (DESIGN §8.2: the rest is
 * left out), not by the action itself (its status and question comments are in the prompt already).
 */
export async function readDiscussion(
  job: ItemJob,
  issue: number,
): Promise<{ comments: DiscussionComment[]; lastId: number }> {
  const all = await listIssueComments(job.client, job.repo, issue);
  const kept: DiscussionComment[] = [];
  for (const comment of all) {
    const user = comment.user;
    if (!user || isIdentity(user, job.identity) || user.type === 'Bot') continue;
    if (!(await hasWriteAccess(job.client, job.repo, user.login))) continue;
    kept.push({ id: comment.id, login: user.login, createdAt: comment.createdAt, body: comment.body });
  }
  return { comments: kept.slice(-MAX_COMMENTS), lastId: Math.max(0, ...all.map((c) => c.id)) };
}

const block = (c: DiscussionComment) =>
  `Comment by ${c.login} at ${c.createdAt}:\n${untrustedBlock('comment', clip(c.body, MAX_COMMENT_CHARS))}`;

/**
 * The values of prompts/plan.md. All text from people goes through untrustedBlock (sanitised,
 * delimited); the questions the planner asked before came from a model that read untrusted text,
 * so they are delimited too.
 */
export function planPromptValues(
  job: ItemJob,
  issue: PlanIssue,
  discussion: readonly DiscussionComment[],
  state: ItemState,
): Record<string, string> {
  const clarification = state.clarification;
  let qa = 'This is the first planning round: no questions were asked yet.';
  if (clarification) {
    const answers = discussion.filter((c) => c.id > clarification.afterCommentId);
    const questions = clarification.questions.map((q, i) => `${i + 1}. ${q}`).join('\n');
    qa = [
      `In round ${clarification.round} (${clarification.askedAt}) you asked:`,
      untrustedBlock('questions', questions),
      answers.length > 0
        ? `Answers since then, by people with write access:\n\n${answers.map(block).join('\n\n')}`
        : 'Nobody with write access has answered since. The issue text may have been edited instead.',
    ].join('\n\n');
  }
  return {
    repository: `${job.repo.owner}/${job.repo.repo}`,
    issue_number: String(issue.number),
    issue: issueBlock(issue),
    discussion: discussion.length > 0 ? discussion.map(block).join('\n\n') : '(no comments)',
    clarification: qa,
  };
}
