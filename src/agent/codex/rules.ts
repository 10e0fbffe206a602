import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Codex loads `rules/*.rules` next to each config layer; this is ours in the job's CODEX_HOME. */
export const RULES_FILE = 'orchestrator.rules';

/** Thrown for a deny entry that cannot become an execpolicy rule. */
export class DenyRuleError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid commands.deny entries:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DenyRuleError';
  }
}

// Starlark string literals accept JSON's escapes for everything we let through.
const starlark = (value: string): string => JSON.stringify(value);

/** Splits "git push" into its tokens; control characters cannot be expressed safely and are refused. */
export function denyPrefixTokens(prefix: string): string[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(prefix)) {
    throw new DenyRuleError([
      `${JSON.stringify(prefix)} contains a control character. Expected a command prefix such as "git push".`,
    ]);
  }
  const tokens = prefix.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) {
    throw new DenyRuleError([
      `${JSON.stringify(prefix)} is empty. Expected a command prefix such as "git push".`,
    ]);
  }
  return tokens;
}

/**
 * The rules text: one `forbidden` prefix rule per entry. Codex splits `bash -lc` scripts into their
 * commands before matching, so `echo hi && git push` is caught too. Each rule carries its own
 * tokens as a `match` example (a token list, not a string Codex would shell-split), which Codex
 * checks when it loads the file.
 */
export function renderDenyRules(prefixes: readonly string[]): string {
  const problems: string[] = [];
  const rules: string[] = [];
  for (const prefix of prefixes) {
    let tokens: string[];
    try {
      tokens = denyPrefixTokens(prefix);
    } catch (error) {
      problems.push(...(error as DenyRuleError).problems);
      continue;
    }
    const pattern = `[${tokens.map(starlark).join(', ')}]`;
    const justification = starlark(
      `"${tokens.join(' ')}" is denied by codex-orchestrator (config commands.deny); do it another way or stop and explain.`,
    );
    rules.push(
      `prefix_rule(\n    pattern=${pattern},\n    decision="forbidden",\n    justification=${justification},\n    match=[${pattern}],\n)`,
    );
  }
  if (problems.length > 0) throw new DenyRuleError(problems);
  return `# Written by codex-orchestrator from commands.deny; rewritten before every run.\n\n${rules.join('\n\n')}\n`;
}

/**
 * Writes `$CODEX_HOME/rules/orchestrator.rules` forbidding each command prefix, or removes it when
 * the list is empty. Returns the file's path (undefined when removed). Execpolicy can only deny:
 * an `allow` rule would run the command outside the sandbox, so allow-lists are checked afterwards
 * from the rollout instead.
 */
export async function writeDenyRules(
  codexHome: string,
  prefixes: readonly string[],
): Promise<string | undefined> {
  const dir = join(codexHome, 'rules');
  const file = join(dir, RULES_FILE);
  if (prefixes.length === 0) {
    await rm(file, { force: true });
    return undefined;
  }
  const text = renderDenyRules(prefixes);
  await mkdir(dir, { recursive: true });
  await writeFile(file, text);
  return file;
}
