import { issueBlock } from '../prompts/issue.js';
import { fillPrompt, loadPrompt } from '../prompts/load.js';
import { sanitizeUntrusted } from '../safety/sanitize.js';
import { itemRef } from '../state/index.js';
import { branchCommits, type WorkSession } from './session.js';

const oneLine = (text: string) =>
  sanitizeUntrusted(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();

/** What one run is asked to do. */
export type DevTask =
  | { kind: 'criterion'; index: number }
  /** The verification failed after the criteria; `failure` is the failed command and its output. */
  | { kind: 'fix'; failure: string };

function taskText(session: WorkSession, task: DevTask): string {
  const criteria = session.state.criteria;
  if (task.kind === 'fix') {
    return (
      'The verification commands failed after the acceptance criteria were implemented (see "Verification" ' +
      'below). Find the cause and fix the code so that they pass. Do not weaken, skip or delete tests to make ' +
      'them pass.'
    );
  }
  const criterion = criteria[task.index]!;
  return `Meet acceptance criterion ${task.index + 1} of ${criteria.length}:\n\n> ${oneLine(criterion.text)}`;
}

/**
 * The prompt of one developer run: `dev-auto-parallel`, from the default branch when overridden.
 * The template is read once per job, not once per run.
 */
export async function devPrompt(session: WorkSession, task: DevTask): Promise<string> {
  const { tracker, state } = session;
  const criteria = state.criteria.map((c, i) => `${i + 1}. ${c.done ? '✓ ' : ''}${oneLine(c.text)}`);
  const done = await branchCommits(session);
  const values: Record<string, string> = {
    repository: tracker.repository,
    issue_number: String(session.item),
    branch: session.wt.branch,
    task: taskText(session, task),
    plan: state.plan?.summary
      ? sanitizeUntrusted(state.plan.summary)
      : '(No plan was written for this item.)',
    criteria: criteria.join('\n'),
    done:
      done.length > 0
        ? done
            .map((c) => `- ${oneLine(c.subject)}${c.body ? `: ${oneLine(c.body).slice(0, 400)}` : ''}`)
            .join('\n')
        : '(Nothing yet: this is the first change on the branch.)',
    verification:
      task.kind === 'fix'
        ? task.failure
        : '(Not run yet: the orchestrator runs the verification commands after the criteria.)',
    issue: issueBlock(session.issue),
  };
  session.template ??= loadPrompt('dev-auto-parallel', {
    overrides: session.env.config.prompts,
    readDefaultBranchFile: (path) => tracker.readDefaultBranchFile(path),
  });
  return fillPrompt(await session.template, values);
}

/** The commit message: names the criterion (or the fix), then the developer's summary. */
export function commitMessage(
  session: WorkSession,
  task: DevTask,
  summary: string,
  threadId?: string,
): string {
  const n = session.state.criteria.length;
  const subject =
    task.kind === 'fix'
      ? 'Fix the failing verification'
      : `Criterion ${task.index + 1}/${n}: ${oneLine(session.state.criteria[task.index]!.text)}`;
  const short = subject.length > 72 ? `${subject.slice(0, 71)}…` : subject;
  const trailers = [
    `Codex-Item: ${itemRef(session.item)}`,
    ...(task.kind === 'criterion' ? [`Codex-Criterion: ${task.index + 1}`] : []),
    ...(threadId ? [`Codex-Thread: ${threadId}`] : []),
  ];
  const full = task.kind === 'criterion' && subject !== short ? `${subject}\n\n` : '';
  return `${short}\n\n${full}${summary.trim()}\n\n${trailers.join('\n')}\n`;
}
