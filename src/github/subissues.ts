import { errorMessage } from '../errors.js';
import * as core from '../log.js';
import { renderModelMarkdown } from '../safety/markdown.js';
import { normaliseTitle } from '../text.js';
import type { GitHubClient, RepoRef } from './client.js';
import { type ActionIdentity, actionIdentity, isIdentity } from './identity.js';

/** One piece of a decomposed item, as the plan answer gives it. */
export interface Subtask {
  title: string;
  body: string;
  priority: 'critical' | 'high' | 'medium' | 'low';
}

/** A sub-issue of the parent: found again (`created: false`) or created by this run. */
export interface SubIssue {
  /** Undefined only in a dry run, for an issue that would have been created. */
  number: number | undefined;
  id: number | undefined;
  title: string;
  created: boolean;
}

/** How the sub-issues were tied to the parent. */
export interface DecompositionResult {
  subIssues: SubIssue[];
  /** `sub-issues`: GitHub's sub-issues API answered; `task-list`: listed in the status comment only. */
  linkedBy: 'sub-issues' | 'task-list';
  /** GitHub's issue dependencies (blocked-by) were recorded. */
  dependencies: boolean;
}

/** Statuses meaning "this API is not available here" (GHES without it, a feature turned off). */
const UNAVAILABLE = new Set([403, 404, 410]);

/** Lower case, punctuation and repeated spaces removed: two titles that only differ in those match. */

/** The hidden marker that names a sub-issue's parent and subtask, for duplicate detection. */
export function subtaskMarker(parent: number, title: string): string {
  const key = normaliseTitle(title).replace(/ /g, '-').slice(0, 80);
  return `<!-- codex-orchestrator:subtask parent=${parent} key=${key} -->`;
}

/**
 * Model-written text from untrusted input, rendered so it cannot pass as the action (no forged
 * marker, no mention, no remote image: renderModelMarkdown).
 */
function cleanBody(text: string): string {
  return renderModelMarkdown(text);
}

/** An open issue as the duplicate check sees it. */
interface OpenIssue {
  number: number;
  id: number;
  title: string;
  body: string;
  user: { login: string; type?: string } | null;
}

/**
 * The existing sub-issue for a subtask: one the action itself wrote (its identity) that carries the
 * subtask's marker. Anyone can open an issue with the same title, or paste the marker into one;
 * adopting that would let them choose what the item is blocked by and what gets worked on.
 */
export function findOwnSubIssue<T extends OpenIssue>(
  open: readonly T[],
  marker: string,
  identity: ActionIdentity,
): T | undefined {
  return open.find((i) => isIdentity(i.user, identity) && i.body.includes(marker));
}

const statusOf = (error: unknown) => (error as { status?: number }).status;

/**
 * Creates the sub-issues of a decomposed item, never twice: an open issue the action wrote with the
 * subtask's marker is reused (an issue someone else opened is never adopted, whatever its title or
 * body; see findOwnSubIssue). Links them with GitHub's sub-issues API
 * where it answers, records "blocked by" dependencies where that API exists, and keeps
 * "Blocked by #n" lines in a marked block of the parent's body (which the scan also reads).
 */
export async function createSubIssues(
  client: GitHubClient,
  repo: RepoRef,
  parent: number,
  subtasks: readonly Subtask[],
  options: { labelPrefix: string; dryRun: boolean; identity?: ActionIdentity },
): Promise<DecompositionResult> {
  const identity = options.identity ?? (await actionIdentity(client));
  const open: OpenIssue[] = (
    await client.paginate(client.rest.issues.listForRepo, { ...repo, state: 'open', per_page: 100 })
  )
    .filter((issue) => !issue.pull_request && issue.number !== parent)
    .map((issue) => ({
      number: issue.number,
      id: issue.id,
      title: issue.title,
      body: issue.body ?? '',
      user: issue.user ?? null,
    }));

  const subIssues: SubIssue[] = [];
  for (const task of subtasks) {
    const title = task.title.replace(/\s+/g, ' ').trim().slice(0, 200);
    const marker = subtaskMarker(parent, title);
    const existing = findOwnSubIssue(open, marker, identity);
    if (existing) {
      core.info(`Sub-issue for '${title}' exists already: #${existing.number}.`);
      subIssues.push({ number: existing.number, id: existing.id, title: existing.title, created: false });
      continue;
    }
    const lookalike = open.find(
      (i) => !isIdentity(i.user, identity) && normaliseTitle(i.title) === normaliseTitle(title),
    );
    if (lookalike) {
      core.info(
        `#${lookalike.number} has the same title as the subtask '${title}' but was opened by ${lookalike.user?.login ?? 'a deleted user'}, not ${identity.login}: it is not adopted.`,
      );
    }
    const body = `${cleanBody(task.body).trim()}\n\n---\nPart of #${parent}.\n\n${marker}`;
    const labels = [options.labelPrefix, `priority:${task.priority}`];
    if (options.dryRun) {
      core.info(`[dry-run] Would create issue: ${JSON.stringify({ title, body, labels })}`);
      subIssues.push({ number: undefined, id: undefined, title, created: true });
      continue;
    }
    const { data } = await client.rest.issues.create({ ...repo, title, body, labels });
    core.info(`Created sub-issue #${data.number}: ${title}`);
    open.push({ number: data.number, id: data.id, title, body, user: identity });
    subIssues.push({ number: data.number, id: data.id, title, created: true });
  }
  if (options.dryRun) return { subIssues, linkedBy: 'task-list', dependencies: false };

  const real = subIssues.filter((s): s is SubIssue & { number: number; id: number } => s.id !== undefined);
  const linkedBy = (await linkSubIssues(client, repo, parent, real)) ? 'sub-issues' : 'task-list';
  const dependencies = await addBlockedBy(client, repo, parent, real);
  await writeBlockedByLines(
    client,
    repo,
    parent,
    real.map((s) => s.number),
  );
  return { subIssues, linkedBy, dependencies };
}

/** Links sub-issues to the parent; false when the sub-issues API does not answer here. */
async function linkSubIssues(
  client: GitHubClient,
  repo: RepoRef,
  parent: number,
  subs: readonly { number: number; id: number }[],
): Promise<boolean> {
  let linked: Set<number>;
  try {
    const current = await client.paginate(client.rest.issues.listSubIssues, {
      ...repo,
      issue_number: parent,
      per_page: 100,
    });
    linked = new Set(current.map((i) => i.id));
  } catch (error) {
    if (!UNAVAILABLE.has(statusOf(error) ?? 0)) throw error;
    core.info(
      `GitHub's sub-issues API is not available here (${statusOf(error)}); listing them in the status comment.`,
    );
    return false;
  }
  for (const sub of subs) {
    if (linked.has(sub.id)) continue;
    try {
      await client.rest.issues.addSubIssue({ ...repo, issue_number: parent, sub_issue_id: sub.id });
    } catch (error) {
      // 422: #n already has another parent; it stays where a person put it.
      if (statusOf(error) !== 422) throw error;
      core.info(`#${sub.number} was not linked as a sub-issue of #${parent}: ${errorMessage(error)}`);
    }
  }
  return true;
}

/** Records "#parent is blocked by #n" with GitHub's issue dependencies; false when not available. */
async function addBlockedBy(
  client: GitHubClient,
  repo: RepoRef,
  parent: number,
  subs: readonly { number: number; id: number }[],
): Promise<boolean> {
  let blockers: Set<number>;
  try {
    const current = await client.paginate(client.rest.issues.listDependenciesBlockedBy, {
      ...repo,
      issue_number: parent,
      per_page: 100,
    });
    blockers = new Set(current.map((i) => i.id));
  } catch (error) {
    if (!UNAVAILABLE.has(statusOf(error) ?? 0)) throw error;
    core.info(`GitHub's issue dependencies API is not available here (${statusOf(error)}).`);
    return false;
  }
  for (const sub of subs) {
    if (blockers.has(sub.id)) continue;
    try {
      await client.rest.issues.addBlockedByDependency({ ...repo, issue_number: parent, issue_id: sub.id });
    } catch (error) {
      if (statusOf(error) !== 422) throw error;
      core.info(`#${parent} blocked by #${sub.number} was not recorded: ${errorMessage(error)}`);
    }
  }
  return true;
}

const BLOCK_OPEN = '<!-- codex-orchestrator:blocked-by -->';
const BLOCK_CLOSE = '<!-- /codex-orchestrator:blocked-by -->';

/** Keeps one marked "Blocked by #n" block at the end of the parent's body, replaced on every run. */
async function writeBlockedByLines(
  client: GitHubClient,
  repo: RepoRef,
  parent: number,
  numbers: readonly number[],
): Promise<void> {
  if (numbers.length === 0) return;
  const { data } = await client.rest.issues.get({ ...repo, issue_number: parent });
  const body = data.body ?? '';
  const block = [BLOCK_OPEN, ...numbers.map((n) => `Blocked by #${n}`), BLOCK_CLOSE].join('\n');
  const start = body.indexOf(BLOCK_OPEN);
  const end = body.indexOf(BLOCK_CLOSE);
  const next =
    start >= 0 && end > start
      ? `${body.slice(0, start)}${block}${body.slice(end + BLOCK_CLOSE.length)}`
      : `${body.trimEnd()}\n\n${block}`;
  if (next !== body) await client.rest.issues.update({ ...repo, issue_number: parent, body: next });
}
