import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGitExec } from '../git/exec.js';
import { parseFlags } from '../local/command.js';
import { localSay } from '../local/engine.js';
import { LOCAL_AUTHOR, localPerson, openLocalRepo, RepoError } from '../local/repo.js';
import { itemKeySchema, noteEvent } from '../state/index.js';
import { stateFolder } from '../tracker/local/folder.js';
import { readSession, saveSession } from '../tracker/local/session-file.js';
import { localItemTracker } from '../tracker/local/tracker.js';
import type { CommandIo } from './scan.js';

const APPROVE_USAGE = `Usage: codex-orchestrator approve ID [--dir DIR]

Approves the escalation of a local item (a command outside commands.allow, a protected path): the
next \`codex-orchestrator run --item ID\` applies the held commits as they are, without the model.
Read them first: .codex-orchestrator/items/ID/hold.json.`;

const CLEAR_USAGE = `Usage: codex-orchestrator clear [--dir DIR]

Ends the local session after an early exit (repeated failures), so the next run starts a new one.`;

/** `codex-orchestrator approve ID`: records the person's approval in the item's state. */
export async function approveCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseFlags(
    () => {
      const { values, positionals } = parseArgs({
        args: [...argv],
        options: { dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      });
      return { ...values, positionals };
    },
    APPROVE_USAGE,
    { stderr: io.stderr, help: io.stdout },
  );
  if (typeof parsed === 'number') return parsed;
  const { positionals, ...values } = parsed;
  const [id] = positionals;
  if (!id || positionals.length > 1 || !itemKeySchema.safeParse(id).success) {
    io.stderr(`${APPROVE_USAGE}\n`);
    return 2;
  }
  try {
    const git = createGitExec();
    const repo = await openLocalRepo(git, resolve(io.cwd, values.dir ?? '.'));
    const folder = stateFolder(repo.repoDir);
    const tracker = localItemTracker({
      folder,
      git,
      item: id,
      repository: repo.repository,
      author: LOCAL_AUTHOR,
      defaultBranchRef: `refs/heads/${repo.defaultBranch}`,
      hasThread: async () => false,
      say: localSay(id),
    });
    const state = await tracker.loadState();
    if (!state?.escalation) {
      io.stderr(`${id} has no escalation waiting for approval.\n`);
      return 1;
    }
    if (state.escalation.approvedBy) {
      io.stdout(`${id}'s escalation was approved by ${state.escalation.approvedBy} already.\n`);
      return 0;
    }
    const by = await localPerson(git, repo.repoDir, io.env);
    const at = new Date().toISOString();
    await tracker.saveState(
      noteEvent(
        { ...state, escalation: { ...state.escalation, approvedBy: by, approvedAt: at } },
        `approved by ${by}`,
      ),
    );
    io.stdout(
      `Approved ${id}'s escalation as ${by}: run \`codex-orchestrator run --item ${id}\` to apply it.\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof RepoError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** `codex-orchestrator clear`: ends the session (the early exit with it). */
export async function clearCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const values = parseFlags(
    () =>
      parseArgs({
        args: [...argv],
        options: { dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        strict: true,
      }).values,
    CLEAR_USAGE,
    { stderr: io.stderr, help: io.stdout },
  );
  if (typeof values === 'number') return values;
  try {
    const repo = await openLocalRepo(createGitExec(), resolve(io.cwd, values.dir ?? '.'));
    const folder = stateFolder(repo.repoDir);
    const session = await readSession(folder);
    if (!session || session.ended_at) {
      io.stdout('No session is open; nothing to clear.\n');
      return 0;
    }
    await saveSession(folder, { ...session, ended_at: new Date().toISOString() });
    io.stdout(
      session.early_exit_triggered
        ? `Cleared the early exit (${session.early_exit_reason}); the next run starts a new session.\n`
        : 'Ended the session; the next run starts a new one.\n',
    );
    return 0;
  } catch (error) {
    if (error instanceof RepoError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
