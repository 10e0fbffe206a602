import type { AttemptedCommand } from '../agent/types.js';
import { matchingGlobs } from './glob.js';
import { inlineCode } from './inline.js';
import { deniedBy, gitCommandLineAlias, launched, programName } from './normalize.js';
import { parseShell, shellScriptOf } from './shell.js';

export type { AttemptedCommand };

/** One command outside the allow-list, with why. */
export interface CommandFinding {
  command: string;
  reason: string;
}

/** One changed path under a protected glob. */
export interface PathFinding {
  path: string;
  globs: string[];
}

/** The audit of one run: empty lists mean nothing needs a person. */
export interface AuditReport {
  commands: CommandFinding[];
  paths: PathFinding[];
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const SHELL_TOOLS = new Set(['exec_command', 'shell_command', 'write_stdin', 'shell', 'local_shell']);
const MAX_DEPTH = 4;
/**
 * Always allowed, whatever the configured list says: builtins that run nothing and change no file,
 * and `apply_patch`, which Codex intercepts and applies itself (the files it changes are audited as
 * changed paths).
 */
const ALWAYS_ALLOWED = [
  'cd',
  'pushd',
  'popd',
  'pwd',
  'true',
  'false',
  ':',
  'exit',
  'set -e',
  'set -u',
  'set -x',
  'set -eu',
  'set -o pipefail',
  'set -euo pipefail',
  'apply_patch',
  'applypatch',
];

/** True when argv starts with every token of one allow-list entry ("git status" allows `git status -s`). */
export function allowedBy(argv: readonly string[], allow: readonly string[]): string | undefined {
  return allow.find((entry) => {
    const tokens = entry.trim().split(/\s+/).filter(Boolean);
    return tokens.length > 0 && tokens.every((token, k) => argv[k] === token);
  });
}

/** Commands that run another command: `env X=1 curl`, `timeout 5 curl`, `find . -exec curl {} ;`. */
function wrappedCommands(argv: readonly string[]): string[][] {
  if (programName(argv[0] ?? '') === 'find') {
    const rest = argv.slice(1);
    const found: string[][] = [];
    for (let k = 0; k < rest.length; k++) {
      if (['-exec', '-execdir', '-ok', '-okdir'].includes(rest[k]!)) {
        const end = rest.findIndex((arg, j) => j > k && (arg === ';' || arg === '+'));
        found.push(rest.slice(k + 1, end < 0 ? rest.length : end));
        k = end < 0 ? rest.length : end;
      }
    }
    return found;
  }
  const inner = launched(argv);
  return inner ? [inner] : [];
}

/** The allow-list and the deny-list one audit checks against. */
interface Lists {
  allow: readonly string[];
  deny: readonly string[];
}

/** True when an allow entry names the inline form itself (`node -e` for `node -e '…'`). */
const allowsInline = (argv: readonly string[], at: number, allow: readonly string[]): boolean =>
  allow.some((entry) => {
    const tokens = entry.trim().split(/\s+/).filter(Boolean);
    return tokens.length > at && tokens.every((token, k) => argv[k] === token);
  });

/**
 * Why argv (one simple command) needs a person, or undefined when it is allowed. The deny-list is
 * matched under every spelling (paths, launchers, git's global options), the allow-list only as
 * written; inline code escalates even under an allowed prefix.
 */
function checkArgv(argv: readonly string[], lists: Lists, depth: number): string | undefined {
  if (depth > MAX_DEPTH) return 'cannot be checked: nested too deeply';
  const script = shellScriptOf(argv);
  if (script !== undefined) return checkScript(script, lists, depth + 1);
  const denied = deniedBy(argv, lists.deny);
  if (denied) return `'${denied.entry}' is in commands.deny (spelled '${clip(denied.spelled, 80)}')`;
  const alias = gitCommandLineAlias(argv);
  if (alias)
    return `defines the git alias '${alias}' on the command line, which commands.deny cannot be checked against`;
  const inline = inlineCode(argv);
  if (inline && !allowsInline(argv, inline.at, lists.allow)) return inline.reason;
  if (!allowedBy(argv, lists.allow) && !allowedBy(argv, ALWAYS_ALLOWED))
    return `'${argv.slice(0, 3).join(' ')}' is not in commands.allow`;
  for (const inner of wrappedCommands(argv)) {
    if (inner.length === 0) continue;
    const why = checkArgv(inner, lists, depth + 1);
    if (why) return `runs another command: ${why}`;
  }
  return undefined;
}

function checkScript(script: string, lists: Lists, depth: number): string | undefined {
  const parsed = parseShell(script);
  if (!parsed.ok) return parsed.reason;
  for (const argv of parsed.commands) {
    const why = checkArgv(argv, lists, depth);
    if (why) return why;
  }
  return undefined;
}

/**
 * Why one attempted command needs a person, or undefined when every simple command in it is
 * allowed. Compound scripts are split (`&&`, `||`, `;`, `|`, newlines) and each part checked;
 * `bash -lc '...'` is unwrapped; what cannot be parsed is an escalation, never a pass. Each part
 * is checked against `deny` under any spelling (normalize.ts), for inline code (inline.ts), then
 * against `allow` as written. A record marked `tampered` is a finding whatever it holds.
 */
export function auditCommand(
  attempt: AttemptedCommand,
  allow: readonly string[],
  deny: readonly string[] = [],
): string | undefined {
  if (attempt.tampered) return attempt.tampered;
  if (!SHELL_TOOLS.has(attempt.tool))
    return `the tool '${attempt.tool}' runs something the allow-list cannot vouch for`;
  if (attempt.escalated) return 'asked to run outside the sandbox';
  const lists = { allow, deny };
  if (attempt.argv && attempt.argv.length > 0) return checkArgv(attempt.argv, lists, 0);
  return checkScript(attempt.command, lists, 0);
}

/** Checks every attempted command against the allow-list and every changed path against the protected globs. */
export function audit(input: {
  commands: readonly AttemptedCommand[];
  changedPaths: readonly string[];
  allow: readonly string[];
  /** Config `commands.deny`: matched under any spelling (absent: only the allow-list applies). */
  deny?: readonly string[];
  protectedPaths: readonly string[];
}): AuditReport {
  const commands: CommandFinding[] = [];
  const seen = new Set<string>();
  for (const attempt of input.commands) {
    const reason = auditCommand(attempt, input.allow, input.deny);
    const key = `${attempt.command}\0${reason}`;
    if (reason && !seen.has(key)) {
      seen.add(key);
      commands.push({ command: attempt.command, reason });
    }
  }
  const paths = input.changedPaths
    .map((path) => ({ path, globs: matchingGlobs(path, input.protectedPaths) }))
    .filter((finding) => finding.globs.length > 0);
  return { commands, paths };
}

export const needsEscalation = (report: AuditReport) => report.commands.length > 0 || report.paths.length > 0;

/** The report as the one-line entries stored in the item state (`escalation.commands`/`paths`). */
export function escalationLines(report: AuditReport): { commands: string[]; paths: string[] } {
  return {
    commands: report.commands.map((f) => `${clip(f.command.replace(/\s+/g, ' ').trim(), 200)} — ${f.reason}`),
    paths: report.paths.map((f) => `${f.path} (protected by ${f.globs.join(', ')})`),
  };
}
