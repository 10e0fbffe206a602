import * as core from '../log.js';
import { type GitHubClient, isJobScoped, type RepoRef } from './client.js';
import { type ActionIdentity, isIdentity } from './identity.js';

/** An issue or pull-request comment the action wrote, found by its marker. */
export interface MarkedComment {
  id: number;
  body: string;
  htmlUrl: string;
  updatedAt: string;
}

/** What {@link upsertMarkedComment} did. In a dry run nothing is written and `id` is 0 for a new comment. */
export interface UpsertResult {
  id: number;
  htmlUrl: string;
  created: boolean;
  /** False when the comment already had this exact body (no request made) or in a dry run. */
  written: boolean;
}

/** A marker: an exact string such as `<!-- codex-orchestrator:status -->`, or a pattern. */
export type Marker = string | RegExp;

function hasMarker(body: string, marker: Marker): boolean {
  return typeof marker === 'string'
    ? body.includes(marker)
    : new RegExp(marker.source, marker.flags).test(body);
}

/**
 * Every comment on the issue or PR that carries the marker AND was written by the action's own
 * identity, oldest first. A marker in anyone else's comment is ignored: copying the marker into a
 * comment must not let someone feed state to the action.
 */
export async function listMarkedComments(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  marker: Marker,
  identity: ActionIdentity,
  opts: { stopAtFirst?: boolean } = {},
): Promise<MarkedComment[]> {
  const found: MarkedComment[] = [];
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  // GitHub lists issue comments oldest first, so the first match is the oldest.
  for await (const page of pages) {
    for (const comment of page.data) {
      if (!isIdentity(comment.user, identity) || !hasMarker(comment.body ?? '', marker)) continue;
      found.push({
        id: comment.id,
        body: comment.body ?? '',
        htmlUrl: comment.html_url,
        updatedAt: comment.updated_at,
      });
      if (opts.stopAtFirst) return found;
    }
  }
  return found;
}

/**
 * The action's marked comments this job already found or wrote, per job-scoped client: only the
 * action's identity writes them and jobs of one item do not overlap, so a job that saved its status
 * comment five times lists the issue's comments once, not six times.
 */
const knownComments = new WeakMap<GitHubClient, Map<string, MarkedComment>>();
const knownKey = (repo: RepoRef, issueNumber: number, marker: Marker) =>
  `${repo.owner}/${repo.repo}#${issueNumber}`.toLowerCase() +
  (typeof marker === 'string' ? `|${marker}` : `|/${marker.source}/${marker.flags}`);

/** A comment written some other way (by id) is read again next time, not taken from memory. */
function forget(client: GitHubClient, id: number): void {
  const perClient = knownComments.get(client);
  for (const [key, comment] of perClient ?? []) if (comment.id === id) perClient?.delete(key);
}

function remember(client: GitHubClient, key: string, comment: MarkedComment): void {
  if (!isJobScoped(client)) return;
  let perClient = knownComments.get(client);
  if (!perClient) {
    perClient = new Map();
    knownComments.set(client, perClient);
  }
  // The same comment may be known under another marker (its status marker and its state marker).
  for (const [other, known] of perClient) if (known.id === comment.id) perClient.set(other, comment);
  perClient.set(key, comment);
}

/**
 * The action's own comment carrying the marker, or undefined. If several of its comments carry it
 * (a race between two jobs), the oldest wins, so every job settles on the same one.
 */
export async function findMarkedComment(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  marker: Marker,
  identity: ActionIdentity,
): Promise<MarkedComment | undefined> {
  const key = knownKey(repo, issueNumber, marker);
  const known = knownComments.get(client)?.get(key);
  if (known) return known;
  const [first] = await listMarkedComments(client, repo, issueNumber, marker, identity, {
    stopAtFirst: true,
  });
  if (first) remember(client, key, first);
  return first;
}

/**
 * Creates the action's marked comment, or edits it in place: a re-run updates, never duplicates.
 * The caller embeds the marker in `body`; an identical body is left alone (no request, no edit
 * notification).
 */
export async function upsertMarkedComment(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  marker: Marker,
  body: string,
  identity: ActionIdentity,
  opts: { dryRun?: boolean } = {},
): Promise<UpsertResult> {
  if (!hasMarker(body, marker)) {
    throw new Error(
      `The comment body for #${issueNumber} does not contain its marker ${String(marker)}. ` +
        'Expected the marker inside the body (it is how the next run finds this comment); add it to the body.',
    );
  }
  const existing = await findMarkedComment(client, repo, issueNumber, marker, identity);
  if (existing && existing.body === body) {
    core.debug(`Comment ${existing.id} on #${issueNumber} is already up to date.`);
    return { id: existing.id, htmlUrl: existing.htmlUrl, created: false, written: false };
  }
  if (opts.dryRun) {
    core.info(
      `Dry run: would ${existing ? `update comment ${existing.id}` : 'create a comment'} on #${issueNumber}.`,
    );
    return { id: existing?.id ?? 0, htmlUrl: existing?.htmlUrl ?? '', created: !existing, written: false };
  }
  const { data } = existing
    ? await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body })
    : await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  remember(client, knownKey(repo, issueNumber, marker), {
    id: data.id,
    body,
    htmlUrl: data.html_url,
    updatedAt: data.updated_at,
  });
  return { id: data.id, htmlUrl: data.html_url, created: !existing, written: true };
}

/** Creates a comment, or edits the given one; an unchanged body is not written again. */
export async function writeComment(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  body: string,
  existing: { id: number; body: string } | undefined,
): Promise<{ id: number; htmlUrl: string; written: boolean }> {
  if (existing?.body === body) return { id: existing.id, htmlUrl: '', written: false };
  if (existing) {
    forget(client, existing.id);
    const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
    return { id: data.id, htmlUrl: data.html_url, written: true };
  }
  const { data } = await client.rest.issues.createComment({ ...repo, issue_number: number, body });
  return { id: data.id, htmlUrl: data.html_url, written: true };
}

/** Replaces the body of a comment the caller already found. */
export async function updateComment(
  client: GitHubClient,
  repo: RepoRef,
  id: number,
  body: string,
): Promise<void> {
  forget(client, id);
  await client.rest.issues.updateComment({ ...repo, comment_id: id, body });
}

/** One comment of an issue's discussion. */
export interface IssueComment {
  id: number;
  user: { login: string; type: string } | null;
  createdAt: string;
  body: string;
}

/** Every comment of an issue or pull request, oldest first. */
export async function listIssueComments(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<IssueComment[]> {
  const all = await client.paginate(client.rest.issues.listComments, {
    ...repo,
    issue_number: number,
    per_page: 100,
  });
  return all.map((c) => ({
    id: c.id,
    user: c.user ? { login: c.user.login, type: c.user.type } : null,
    createdAt: c.created_at,
    body: c.body ?? '',
  }));
}
