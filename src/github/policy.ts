import { errorMessage } from '../errors.js';
import * as core from '../log.js';
import type { GitHubClient, RepoRef } from './client.js';
import { primeDefaultBranch, primeDefaultBranchFile, readDefaultBranchFile } from './content.js';
import { primeIdentity } from './identity.js';

/**
 * The project instructions a read-only run is given (src/prompts/project.ts) are asked for in the
 * same request, so a review pays no request for them.
 */
const INSTRUCTION_FILES = { agentsOverride: 'AGENTS.override.md', agents: 'AGENTS.md' } as const;
const BLOB = '{ object { ... on Blob { text isBinary isTruncated } } }';

const POLICY_QUERY = `query policy($owner: String!, $name: String!, $path: String!) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    defaultBranchRef {
      name
      target { ... on Commit {
        file(path: $path) ${BLOB}
        ${Object.entries(INSTRUCTION_FILES)
          .map(([alias, path]) => `${alias}: file(path: "${path}") ${BLOB}`)
          .join('\n        ')}
      } }
    }
  }
}`;

type FileAnswer = {
  object: { text?: string | null; isBinary?: boolean | null; isTruncated?: boolean } | null;
} | null;

interface PolicyAnswer {
  viewer: { login: string };
  repository: {
    defaultBranchRef: {
      name: string;
      target: ({ file?: FileAnswer } & Partial<Record<keyof typeof INSTRUCTION_FILES, FileAnswer>>) | null;
    } | null;
  } | null;
}

/** The policy file's text on the default branch and where it was read, or undefined when there is none. */
export interface PolicyFile {
  text: string | undefined;
  /** For messages: `.github/codex-orchestrator.yml@main`. */
  source: string;
}

/**
 * Reads a policy file (config, prompt) from the default branch — never from a pull request's head,
 * so a PR cannot rewrite the rules it is reviewed by (DESIGN §8.10). Every job does this first, so
 * one GraphQL request also asks for the token's identity and the default branch's name, which the
 * phases need next. When GraphQL does not answer (an old GHES, a proxy), the REST contents API
 * reads the file instead.
 */
export async function readPolicyFile(client: GitHubClient, repo: RepoRef, path: string): Promise<PolicyFile> {
  const cleanPath = path.replace(/^\/+/, '');
  let answer: PolicyAnswer;
  try {
    answer = await client.graphql<PolicyAnswer>(POLICY_QUERY, {
      owner: repo.owner,
      name: repo.repo,
      path: cleanPath,
    });
  } catch (error) {
    core.debug(`GraphQL policy read failed (${errorMessage(error)}); reading ${cleanPath} over REST.`);
    return {
      text: await readDefaultBranchFile(client, repo, cleanPath),
      source: `${cleanPath} (default branch)`,
    };
  }
  primeIdentity(client, answer.viewer.login);
  const branch = answer.repository?.defaultBranchRef;
  if (branch?.name) primeDefaultBranch(client, repo, branch.name);
  for (const [alias, file] of Object.entries(INSTRUCTION_FILES)) {
    const blob = branch?.target?.[alias as keyof typeof INSTRUCTION_FILES]?.object;
    // Only a whole text file is known; anything else is read over REST when it is needed.
    if (!blob) primeDefaultBranchFile(client, repo, file, undefined);
    else if (typeof blob.text === 'string' && !blob.isBinary && !blob.isTruncated)
      primeDefaultBranchFile(client, repo, file, blob.text);
  }
  const source = `${cleanPath}@${branch?.name ?? 'default branch'}`;
  const blob = branch?.target?.file?.object;
  if (!blob) return { text: undefined, source };
  if (blob.isBinary || typeof blob.text !== 'string') {
    throw new Error(`${source} is not a text file. Expected a YAML or markdown file.`);
  }
  if (blob.isTruncated) {
    // GraphQL truncates large blobs; the raw contents API returns the whole file.
    return { text: await readDefaultBranchFile(client, repo, cleanPath), source };
  }
  return { text: blob.text, source };
}
