import type { GitHubClient, RepoRef } from './client.js';

const permissions = new WeakMap<GitHubClient, Map<string, Promise<string>>>();

/**
 * The login's role on the repository: `admin`, `maintain`, `write`, `triage`, `read` or `none`
 * (not a collaborator, or no such user). Asked once per client, repository and login.
 */
export function collaboratorRole(client: GitHubClient, repo: RepoRef, login: string): Promise<string> {
  let perClient = permissions.get(client);
  if (!perClient) {
    perClient = new Map();
    permissions.set(client, perClient);
  }
  const key = `${repo.owner}/${repo.repo}#${login}`.toLowerCase();
  let role = perClient.get(key);
  if (!role) {
    role = client.rest.repos
      .getCollaboratorPermissionLevel({ ...repo, username: login })
      // `permission` folds maintain into write and triage into read; `role_name` keeps them apart.
      .then(({ data }) => data.role_name || data.permission || 'none')
      .catch((error: unknown) => {
        if ((error as { status?: number }).status === 404) return 'none';
        throw error;
      });
    perClient.set(key, role);
    role.catch(() => perClient.delete(key));
  }
  return role;
}

/** The account type of a login, or undefined when there is no such account. */
export async function accountType(
  client: GitHubClient,
  login: string,
): Promise<'User' | 'Bot' | 'Organization' | undefined> {
  try {
    const { data } = await client.rest.users.getByUsername({ username: login });
    return data.type === 'Bot' || data.type === 'Organization' ? data.type : 'User';
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

/** Repository roles that may make the action work. */
export const WRITE_ROLES = ['admin', 'maintain', 'write'] as const;
