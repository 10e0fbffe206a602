import { clip } from '../../prompts/issue.js';
import { fillPrompt, loadPrompt } from '../../prompts/load.js';
import type { Finding } from '../../review/schema.js';
import { sanitizeUntrusted, untrustedBlock } from '../../safety/sanitize.js';
import { itemRef } from '../../state/index.js';
import type { ResumePoint } from '../resume.js';
import type { WorkSession } from '../session.js';
import type { FixInput, FixThread } from './input.js';

const oneLine = (text: string) =>
  sanitizeUntrusted(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();

/** The most of the people's text one prompt carries, so that one long thread cannot crowd out the rest. */
const MAX_THREAD_CHARS = 8_000;
const MAX_REQUEST_CHARS = 8_000;

function findingText(f: Finding): string {
  const where = f.line ? `${f.file}:${f.line}${f.end_line ? `-${f.end_line}` : ''}` : f.file;
  const lines = [`- \`${f.id}\` (${f.severity}) ${where}: ${f.title}`];
  if (f.body.trim()) lines.push(`  ${f.body.trim().replace(/\n/g, '\n  ')}`);
  if (f.suggestion) lines.push(`  Suggested replacement:\n  ${f.suggestion.replace(/\n/g, '\n  ')}`);
  return lines.join('\n');
}

function reviewText(context: FixInput): string {
  const review = context.review?.review;
  if (!review) return '(No review of the action is on this pull request.)';
  if (context.findings.length === 0)
    return `(Review cycle ${context.review!.cycle} asked for no changes; work on the threads and change requests.)`;
  const own = new Map(context.ownThreads.map((t) => [t.finding, t.id]));
  const body = [
    `Summary: ${review.summary}`,
    '',
    'Findings:',
    ...context.findings.map((f) => {
      const thread = own.get(f.id);
      return `${findingText(f)}${thread ? `\n  (Its inline thread: \`${thread}\`.)` : ''}`;
    }),
  ].join('\n');
  return untrustedBlock('review', clip(body, 30_000));
}

function threadText(thread: FixThread): string {
  const where = thread.line ? `${thread.path}:${thread.line}` : thread.path;
  const comments = thread.comments.map((c) => `${c.author}: ${c.body}`).join('\n\n');
  return `### Thread \`${thread.id}\` on ${where}\n${untrustedBlock('review-thread', clip(comments, MAX_THREAD_CHARS))}`;
}

/** The prompt of one fix round: `dev-auto-fix-review`, from the default branch when overridden. */
export async function fixPrompt(
  session: Pick<WorkSession, 'env' | 'tracker'>,
  context: FixInput,
  resume: ResumePoint,
): Promise<string> {
  const { env, tracker } = session;
  const { state } = context;
  const cycle = context.review?.cycle ?? 0;
  const values: Record<string, string> = {
    repository: tracker.repository,
    change: context.change.title,
    pr_number: context.change.number,
    issue_number: String(context.item),
    item: itemRef(context.item),
    branch: context.change.branch,
    cycle: String(cycle),
    max_cycles: String(env.maxReviewCycles),
    resume:
      resume.kind === 'resume'
        ? `You are continuing your earlier thread on this item (${state.session?.phase ?? 'dev'}): what you did and why is above.`
        : 'This is a fresh thread: the earlier one could not be restored, so read the code and the commits on the branch for what was done.',
    review: reviewText(context),
    threads:
      context.threads.length > 0
        ? context.threads.map(threadText).join('\n\n')
        : '(No unresolved threads of people with write access.)',
    change_requests:
      context.changeRequests.filter((r) => r.body.trim()).length > 0
        ? context.changeRequests
            .filter((r) => r.body.trim())
            .map(
              (r) =>
                `${r.author} requested changes:\n${untrustedBlock('change-request', clip(r.body, MAX_REQUEST_CHARS))}`,
            )
            .join('\n\n')
        : '(No change request with text.)',
    plan: state.plan?.summary
      ? sanitizeUntrusted(state.plan.summary)
      : '(No plan was written for this item.)',
    criteria:
      state.criteria.length > 0
        ? state.criteria.map((c, i) => `${i + 1}. ${oneLine(c.text)}`).join('\n')
        : '(No acceptance criteria.)',
    previous_fix: state.fix?.summary
      ? `Round ${state.fix.rounds} (for review cycle ${state.fix.cycle}): ${oneLine(state.fix.summary)}`
      : '(None: this is the first fix round.)',
  };
  const template = await loadPrompt('dev-auto-fix-review', {
    overrides: env.config.prompts,
    readDefaultBranchFile: (path) => tracker.readDefaultBranchFile(path),
  });
  return fillPrompt(template, values);
}

/** The follow-up in the same thread after the round's change failed the verification. */
export function verifyFixPrompt(failure: string): string {
  return [
    'The verification commands failed after your change (output below). Find the cause and fix the code',
    'so that they pass, without weakening, skipping or deleting tests. Answer with the same JSON object as',
    'before, covering the whole round (every finding and thread you fixed, including the earlier ones).',
    '',
    failure,
  ].join('\n');
}
