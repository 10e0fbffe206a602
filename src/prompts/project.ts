import { createHash } from 'node:crypto';

/**
 * The files Codex would load as the project's instructions from the repository root, in its order:
 * `AGENTS.override.md` beats `AGENTS.md` (codex-cli docs/agents_md.md).
 */
export const PROJECT_INSTRUCTION_FILES = ['AGENTS.override.md', 'AGENTS.md'] as const;

/** Codex's own cap on project instructions (`project_doc_max_bytes`, 32 KiB). */
export const PROJECT_INSTRUCTIONS_MAX_BYTES = 32 * 1024;

/** The project's instructions as the default branch holds them. */
export interface ProjectInstructions {
  /** The file they came from (`AGENTS.md`). */
  path: string;
  /** The branch they were read from (the default branch). */
  branch: string;
  text: string;
  /** The file was longer than the cap and was cut there. */
  truncated: boolean;
}

/**
 * Reads the project's instructions from the default branch: the first of PROJECT_INSTRUCTION_FILES
 * that exists and is not blank, capped like Codex caps them. A judging run (review) takes them
 * from here and never from its checkout, whose AGENTS.md may be the change being judged
 * (DESIGN §8.10).
 */
export async function readProjectInstructions(
  readDefaultBranchFile: (path: string) => Promise<string | undefined>,
  branch: string,
): Promise<ProjectInstructions | undefined> {
  for (const path of PROJECT_INSTRUCTION_FILES) {
    const text = await readDefaultBranchFile(path);
    if (text === undefined || text.trim() === '') continue;
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= PROJECT_INSTRUCTIONS_MAX_BYTES) return { path, branch, text, truncated: false };
    // Cut on a character boundary: a split UTF-8 sequence would decode to U+FFFD.
    const cut = new TextDecoder('utf-8', { fatal: false })
      .decode(bytes.subarray(0, PROJECT_INSTRUCTIONS_MAX_BYTES))
      .replace(/\uFFFD$/, '');
    return { path, branch, text: cut, truncated: true };
  }
  return undefined;
}

/**
 * The instructions as a prompt section: delimited like the untrusted blocks (a hash of the content
 * in the delimiter, so the text cannot close its block early), but labelled as the project's own.
 */
export function renderProjectInstructions(found: ProjectInstructions | undefined): string {
  if (!found) {
    return 'The default branch has no AGENTS.md: there are no project instructions beyond this prompt.';
  }
  const source = `${found.path} on ${found.branch}`.replace(/"/g, "'");
  let salt = 0;
  let id = '';
  do {
    id = createHash('sha256').update(`${salt}\0project\0${found.text}`).digest('hex').slice(0, 16);
    salt += 1;
  } while (found.text.includes(id));
  return [
    `The project's instructions, from ${source} (the default branch, not the pull request)${found.truncated ? `, cut at ${PROJECT_INSTRUCTIONS_MAX_BYTES} bytes` : ''}:`,
    '',
    `<project-instructions source="${source}" id="${id}">`,
    found.text.trim(),
    `</project-instructions id="${id}">`,
  ].join('\n');
}
