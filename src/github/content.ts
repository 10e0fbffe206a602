import { eventDefaultBranch, type Obj } from '../payload.js';
import type { GitHubClient, RepoRef } from './client.js';

const defaultBranches = new WeakMap<GitHubClient, Map<string, Promise<string>>>();

const cacheOf = (client: GitHubClient) => {
  let perClient = defaultBranches.get(client);
  if (!perClient) {
    perClient = new Map();
    defaultBranches.set(client, perClient);
  }
  return perClient;
};
const keyOf = (repo: RepoRef) => `${repo.owner}/${repo.repo}`.toLowerCase();

/**
 * The repository's default branch: the one the event payload names when given one that does,
 * else asked once per client and repository.
 */
export function defaultBranch(client: GitHubClient, repo: RepoRef, payload: Obj = {}): Promise<string> {
  const fromEvent = eventDefaultBranch(payload);
  if (fromEvent) return Promise.resolve(fromEvent);
  const perClient = cacheOf(client);
  const key = keyOf(repo);
  let branch = perClient.get(key);
  if (!branch) {
    branch = client.rest.repos.get({ ...repo }).then(({ data }) => data.default_branch);
    perClient.set(key, branch);
    branch.catch(() => perClient.delete(key));
  }
  return branch;
}

/**
 * Records a default branch learnt from another query (the policy read at the start of every job
 * asks for it), so that no phase asks for it again.
 */
export function primeDefaultBranch(client: GitHubClient, repo: RepoRef, name: string): void {
  cacheOf(client).set(keyOf(repo), Promise.resolve(name));
}

const knownFiles = new WeakMap<GitHubClient, Map<string, string | undefined>>();

/**
 * Records a default-branch file learnt from another query (the policy read at the start of every
 * job asks for the project instructions too), so that reading it costs no request.
 */
export function primeDefaultBranchFile(
  client: GitHubClient,
  repo: RepoRef,
  path: string,
  text: string | undefined,
): void {
  let perClient = knownFiles.get(client);
  if (!perClient) {
    perClient = new Map();
    knownFiles.set(client, perClient);
  }
  perClient.set(`${keyOf(repo)}:${path}`, text);
}

/**
 * A file's text on the default branch, or undefined when it does not exist. Config, prompts and
 * rules are read from there and never from a pull request's head, so a PR cannot rewrite the
 * rules it is reviewed by (DESIGN §8.10).
 */
export async function readDefaultBranchFile(
  client: GitHubClient,
  repo: RepoRef,
  path: string,
): Promise<string | undefined> {
  const cleanPath = path.replace(/^\/+/, '');
  const known = knownFiles.get(client);
  const key = `${keyOf(repo)}:${cleanPath}`;
  if (known?.has(key)) return known.get(key);
  const ref = await defaultBranch(client, repo);
  try {
    // The raw media type returns the bytes for files of any size; the JSON form leaves `content`
    // empty above 1 MB.
    const { data } = await client.rest.repos.getContent({
      ...repo,
      path: cleanPath,
      ref,
      mediaType: { format: 'raw' },
    });
    // The media type GitHub answers with decides whether Octokit hands back text or bytes.
    if (typeof data === 'string') return data;
    if ((data as unknown) instanceof ArrayBuffer)
      return new TextDecoder().decode(data as unknown as ArrayBuffer);
    throw new Error(
      `'${cleanPath}' on ${repo.owner}/${repo.repo}@${ref} is a directory or a submodule, not a file. Expected a file path.`,
    );
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}
