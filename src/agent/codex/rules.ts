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

/** Where a program usually lives, so `/usr/bin/git push` is refused like `git push`. */
const SYSTEM_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/** Launchers execpolicy sees as the first word (`env git push`); those taking values cannot be listed. */
const LAUNCHERS = ['env', 'command', 'builtin', 'exec', 'nohup', 'nice', 'setsid', 'time'];
/** git's global options that take no value, so `git --no-pager push` can be written as a pattern. */
const GIT_FLAGS = [
  '--no-pager',
  '-P',
  '-p',
  '--paginate',
  '--bare',
  '--no-replace-objects',
  '--no-lazy-fetch',
  '--no-optional-locks',
  '--no-advice',
  '--literal-pathspecs',
  '--glob-pathspecs',
  '--noglob-pathspecs',
  '--icase-pathspecs',
];

const unique = (values: string[]): string[] => [...new Set(values)];
const programName = (word: string): string => word.slice(word.lastIndexOf('/') + 1);

/** Every path the program may be spelled with: its name, the system directories, the search path. */
function programSpellings(word: string, searchPath: readonly string[]): string[] {
  const name = programName(word);
  const dirs = unique([...SYSTEM_DIRS, ...searchPath.filter((dir) => dir.startsWith('/'))]);
  return unique([name, word, ...dirs.map((dir) => `${dir.replace(/\/+$/, '')}/${name}`)]);
}

/**
 * The token patterns that stand for one deny entry in execpolicy: the program under any of its
 * paths, behind a launcher that takes no value (`env`, `nice`, `command`, ...), and git behind
 * its value-less global options. Spellings that carry a free value (`env A=1 git push`, `git -c
 * k=v push`, `timeout 5 git push`) cannot be patterns; the audit after the run catches those.
 */
export function denyPatterns(tokens: readonly string[], searchPath: readonly string[] = []): string[][][] {
  const [first, ...rest] = tokens;
  const programs = programSpellings(first!, searchPath);
  const launchers = unique(LAUNCHERS.flatMap((l) => programSpellings(l, [])));
  const patterns = [
    [programs, ...rest.map((t) => [t])],
    [launchers, programs, ...rest.map((t) => [t])],
    [programSpellings('env', []), ['-i', '--ignore-environment'], programs, ...rest.map((t) => [t])],
  ];
  if (programName(first!) === 'git' && rest.length > 0)
    patterns.push([programs, GIT_FLAGS, ...rest.map((t) => [t])]);
  return patterns;
}

const patternText = (pattern: string[][]): string =>
  `[${pattern.map((alts) => (alts.length === 1 ? starlark(alts[0]!) : `[${alts.map(starlark).join(', ')}]`)).join(', ')}]`;

/**
 * The rules text: `forbidden` prefix rules for every entry (see `denyPatterns`). Codex splits
 * `bash -lc` scripts into their commands before matching, so `echo hi && git push` is caught too.
 * Each rule carries one concrete token list as a `match` example (not a string Codex would
 * shell-split), which Codex checks when it loads the file.
 */
export function renderDenyRules(prefixes: readonly string[], searchPath: readonly string[] = []): string {
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
    const justification = starlark(
      `"${tokens.join(' ')}" is denied by codex-orchestrator (config commands.deny); do it another way or stop and explain.`,
    );
    for (const pattern of denyPatterns(tokens, searchPath)) {
      const example = `[${pattern.map((alts) => starlark(alts[0]!)).join(', ')}]`;
      rules.push(
        `prefix_rule(\n    pattern=${patternText(pattern)},\n    decision="forbidden",\n    justification=${justification},\n    match=[${example}],\n)`,
      );
    }
  }
  if (problems.length > 0) throw new DenyRuleError(problems);
  return `# Written by codex-orchestrator from commands.deny; rewritten before every run.\n\n${rules.join('\n\n')}\n`;
}

/**
 * Writes `$CODEX_HOME/rules/orchestrator.rules` forbidding each command prefix, or removes it when
 * the list is empty. Returns the file's path (undefined when removed). Execpolicy can only deny:
 * an `allow` rule would run the command outside the sandbox, so allow-lists are checked afterwards
 * from the rollout and the event stream instead (src/safety/audit.ts, which also matches the deny
 * spellings no pattern can express).
 */
export async function writeDenyRules(
  codexHome: string,
  prefixes: readonly string[],
  /** The PATH directories Codex's commands search, so each of them spells the program too. */
  searchPath: readonly string[] = [],
): Promise<string | undefined> {
  const dir = join(codexHome, 'rules');
  const file = join(dir, RULES_FILE);
  if (prefixes.length === 0) {
    await rm(file, { force: true });
    return undefined;
  }
  const text = renderDenyRules(prefixes, searchPath);
  await mkdir(dir, { recursive: true });
  await writeFile(file, text);
  return file;
}
