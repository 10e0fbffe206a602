import { type ProjectInstructions, renderProjectInstructions } from '../prompts/project.js';
import { renderTemplate } from '../prompts/render.js';
import { delimitedBlock, sanitizeUntrusted, untrustedBlock } from '../safety/sanitize.js';
import { type ItemKey, itemRef } from '../state/index.js';
import type { Criterion } from './criteria.js';
import { type DiffContext, displayPath } from './diff.js';
import type { PriorReview } from './prior.js';

/** Everything the review prompt is built from. */
export interface ReviewPromptInput {
  repository: string;
  /** The pull request's number, or the item's key for a local branch. */
  number: number | string;
  /** What is reviewed, in words: `pull request #12`, or `the branch codex/T-1-x of work item T-1`. */
  change: string;
  cycle: number;
  headSha: string;
  /** Whether the working directory's HEAD is the PR's head commit (undefined: not a git checkout). */
  checkoutAtHead: boolean | undefined;
  title: string;
  body: string;
  author: string;
  baseRef: string;
  headRef: string;
  /**
   * The linked issue's criteria; undefined when the PR links no issue. `fromPlan`: they are the
   * work item's planned criteria (its status comment), not the issue's checklist.
   */
  criteria: { issue: ItemKey; title: string; items: Criterion[]; fromPlan?: boolean } | undefined;
  previous: PriorReview | undefined;
  /** The whole PR's diff: patches in full on a first review, its file list from the second cycle on. */
  diff: DiffContext;
  /**
   * The commits since the previous cycle's head (`base..head`, src/review/increment.ts); set when
   * they could be taken from git, and then the prompt holds their patches instead of the PR's.
   */
  increment?: { base: string; diff: DiffContext } | undefined;
  /**
   * The project's instructions from the default branch (never the PR head: Codex is told not to
   * load the checkout's, see args.ts); undefined when the default branch has none.
   */
  projectInstructions?: ProjectInstructions;
}

/** The prompt for one review run. */
export function buildReviewPrompt(
  input: ReviewPromptInput,
  template: string,
  source = 'prompts/review.md',
): string {
  const checkout =
    input.checkoutAtHead === true
      ? ` at the pull request's head commit ${input.headSha}`
      : input.checkoutAtHead === false
        ? ` (note: it is NOT at the pull request's head commit ${input.headSha}; trust the diff below over the files)`
        : '';
  return renderTemplate(source, template, {
    number: String(input.number),
    change: input.change,
    repository: input.repository,
    cycle: String(input.cycle),
    checkout,
    project_instructions: renderProjectInstructions(input.projectInstructions),
    pull_request: renderPullRequest(input),
    criteria: renderCriteriaSection(input.criteria),
    previous: renderPrevious(input, input.previous),
    diff: input.increment
      ? renderIncrement(input.increment, input.diff, input.headSha)
      : renderDiff(input.diff),
  });
}

function renderPullRequest(input: ReviewPromptInput): string {
  return [
    `Author: ${input.author}. Base branch: ${input.baseRef}. Head branch: ${input.headRef} (${input.headSha}).`,
    untrustedBlock('pull request title', input.title),
    untrustedBlock('pull request description', input.body || '(empty)'),
  ].join('\n\n');
}

/** `issue #12`, or `work item T-1` for a docs item worked locally. */
const issueRef = (item: ItemKey): string =>
  typeof item === 'number' ? `issue ${itemRef(item)}` : `work item ${itemRef(item)}`;

function renderCriteriaSection(criteria: ReviewPromptInput['criteria']): string {
  if (!criteria) return 'The pull request links no issue ("Closes #N"), so there are no acceptance criteria.';
  const ref = issueRef(criteria.issue);
  if (criteria.items.length === 0) {
    return `${ref[0]!.toUpperCase()}${ref.slice(1)} has no "Acceptance criteria" checklist; judge the change against the issue and the description.\n\n${untrustedBlock(`${ref} title`, criteria.title)}`;
  }
  const list = criteria.items.map((c, i) => `${i + 1}. ${sanitizeUntrusted(c.text)}`).join('\n');
  const source = criteria.fromPlan ? `From the plan of ${ref}` : `From ${ref}`;
  return `${source}; return one \`criteria\` entry for each, in this order.\n\n${untrustedBlock(`acceptance criteria of ${ref}`, list)}`;
}

function renderPrevious(input: ReviewPromptInput, previous: PriorReview | undefined): string {
  if (!previous)
    return `This is the first review of ${typeof input.number === 'number' ? 'this pull request' : 'this branch'}.`;
  if (!previous.review) {
    return `Cycle ${previous.cycle} was reviewed, but its review JSON could not be read back; review from scratch.`;
  }
  const { status, findings, criteria } = previous.review;
  const json = JSON.stringify({ status, findings, criteria }, null, 2);
  return [
    `The review of cycle ${previous.cycle}${previous.headSha ? ` (commit ${previous.headSha})` : ''} found the following.`,
    'Check each finding against the new code: drop the fixed ones, keep the id of those still present.',
    `\`\`\`json\n${json}\n\`\`\``,
  ].join('\n');
}

/**
 * From the second cycle on: the commits since the last reviewed head in full (within the budget),
 * and the whole pull request as its file list. The earlier commits were reviewed in earlier cycles;
 * their open findings are in the previous review above, and the checkout holds every file.
 */
export function renderIncrement(
  increment: { base: string; diff: DiffContext },
  whole: DiffContext,
  head: string,
): string {
  const files = whole.files.map(
    (f) =>
      `| ${sanitizeUntrusted(displayPath(f)).replace(/\|/g, '\\|')} | ${f.status} | ${f.additions} | ${f.deletions} |`,
  );
  return [
    `### The commits since the last review (${increment.base}..${head})`,
    'Review these changes: they are what is new since the previous review. Check the previous findings against them.',
    renderDiff(increment.diff),
    '### The whole pull request',
    `For context: every file the pull request changes (${whole.totalBytes} bytes of patches, reviewed in earlier cycles). Read any of them in the checkout (\`git diff origin/<base>...HEAD -- <file>\`) when the new commits touch code they depend on.`,
    ['| File | Status | + | − |', '|---|---|---|---|', ...files].join('\n'),
  ].join('\n\n');
}

/** Every changed file listed; the patches that fit the budget in full; the others named as left out. */
export function renderDiff(diff: DiffContext): string {
  const omitted = diff.files.filter((f) => f.omitted !== undefined);
  const table = [
    `${diff.files.length} file(s) changed; patches: ${diff.totalBytes} bytes, budget ${diff.budgetBytes} bytes.`,
    '',
    '| File | Status | + | − | Patch |',
    '|---|---|---|---|---|',
    ...diff.files.map(
      (f) =>
        `| ${sanitizeUntrusted(displayPath(f)).replace(/\|/g, '\\|')} | ${f.status} | ${f.additions} | ${f.deletions} | ${f.omitted ? 'left out (see below)' : 'below'} |`,
    ),
  ];
  if (omitted.length > 0) {
    table.push(
      '',
      `${omitted.length} patch(es) are NOT included below. Read them in the checkout (e.g. \`git diff origin/<base>...HEAD -- <file>\`, or the file itself) before judging those files:`,
      ...omitted.map((f) => `- ${sanitizeUntrusted(f.path)}: ${f.omitted}`),
    );
  }
  const patches = diff.files
    .filter((f) => f.patch !== undefined)
    .map((f) => `--- ${f.path}\n${f.patch}`)
    .join('\n\n');
  const parts = [table.join('\n')];
  if (patches) parts.push(diffBlock(patches));
  return parts.join('\n\n');
}

/** Control and format characters (zero-width, bidi overrides, tag characters), tab and newline excepted. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
// biome-ignore lint/suspicious/noMisleadingCharacterClass: variation selectors are matched on their own on purpose
const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\p{Cf}\uFE00-\uFE0F]/gu;

/**
 * Delimits the patches like untrustedBlock, but without its markdown clean-up, which would drop
 * HTML tags and comments from the code under review. Hidden characters are shown, not removed: in
 * code they are themselves a finding (e.g. a bidi override, "Trojan Source").
 */
function diffBlock(patches: string): string {
  const body = patches.replace(
    HIDDEN,
    (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
  return delimitedBlock('diff', body);
}
