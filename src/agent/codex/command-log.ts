import { parseShell, shellScriptOf } from '../../safety/shell.js';
import type { AttemptedCommand } from '../types.js';
import type { RolloutCommand } from './rollout.js';

/**
 * The command audit reads two records of one thread: the session's rollout (every command the
 * model asked for, refused ones included) and the `command_execution` items of the JSONL stream
 * the action read from Codex's stdout (what actually ran). The rollout lives in CODEX_HOME, which
 * the sandbox must keep read-only; the stream never touches the disk the agent can reach. A command
 * the stream saw that the rollout lacks means the rollout was changed, which is itself a finding.
 */

/** Codex redacts secrets in the stream's command text; the rollout has the model's own text. */
const REDACTED = '[REDACTED_SECRET]';

/** The script a stream command ran: `/bin/bash -lc 'echo hi'` → `echo hi`. */
export function streamScript(command: string): string {
  const parsed = parseShell(command);
  if (parsed.ok && parsed.commands.length === 1) {
    const script = shellScriptOf(parsed.commands[0]!);
    if (script !== undefined) return script.trim();
  }
  return command.trim();
}

/** The forms a rollout entry may take in the stream (the script itself, or the argv joined). */
function rolloutForms(entry: RolloutCommand): string[] {
  const forms = [entry.command.trim()];
  if (entry.argv && entry.argv.length > 0) {
    const script = shellScriptOf(entry.argv);
    forms.push((script ?? entry.argv.join(' ')).trim());
  }
  return forms;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function sameCommand(streamText: string, rolloutText: string): boolean {
  if (streamText === rolloutText) return true;
  if (!streamText.includes(REDACTED)) return false;
  const pattern = streamText.split(REDACTED).map(escapeRegExp).join('[\\s\\S]*');
  return new RegExp(`^${pattern}$`).test(rolloutText);
}

/**
 * Every command of the thread for the audit: the rollout's entries, then one tampering finding for
 * each stream command with no rollout entry left to match it (each entry matches one stream
 * command, so deleting one of two identical lines is seen too). `rolloutFound` false (no rollout
 * file at all) while the stream saw commands is a finding of its own.
 */
export function reconcileCommands(input: {
  threadId: string;
  rolloutFound: boolean;
  rollout: readonly RolloutCommand[];
  /** The `command` of every `command_execution` item the stream reported for the thread. */
  stream: readonly string[];
}): AttemptedCommand[] {
  const commands: AttemptedCommand[] = [...input.rollout];
  const unmatched = input.rollout.map(rolloutForms);
  for (const streamCommand of input.stream) {
    const script = streamScript(streamCommand);
    const hit = unmatched.findIndex((forms) => forms?.some((form) => sameCommand(script, form)));
    if (hit >= 0) {
      unmatched[hit] = [];
      continue;
    }
    commands.push({
      tool: 'exec_command',
      command: script,
      argv: undefined,
      escalated: false,
      tampered: input.rolloutFound
        ? "ran (Codex's event stream reports it) but is missing from the session's rollout: the record was changed"
        : `ran (Codex's event stream reports it) but thread ${input.threadId} has no rollout: the record was removed`,
    });
  }
  return commands;
}
