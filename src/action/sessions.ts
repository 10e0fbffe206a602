import { errorMessage } from '../errors.js';
import { createGitExec, type GitExec } from '../git/exec.js';
import { originRemote, type Remote } from '../git/remote.js';
import * as core from '../log.js';
import type { PhaseContext } from '../phase.js';
import { createSessionStore, sessionSecret, sessionStoreDirFor } from '../tracker/github/sessions.js';
import type { SessionStore } from '../tracker/port.js';

/** The job's session store: origin with the action's credentials, the key from the inputs. */
export function jobSessionStore(ctx: PhaseContext, git: GitExec, remote: Remote): SessionStore {
  return createSessionStore({
    git,
    remote,
    workDir: sessionStoreDirFor(ctx.context.runnerTemp),
    secret: sessionSecret(ctx.inputs),
  });
}

/**
 * Deletes the item's stored session once the item is done (its pull request merged). Needs the
 * job's checkout for origin's URL; without one the ref stays, which only keeps ciphertext around.
 */
export async function deleteItemSession(ctx: PhaseContext, item: number, writes: boolean): Promise<void> {
  if (!writes) {
    core.info(`[dry-run] Would delete the stored Codex session of #${item}.`);
    return;
  }
  try {
    const git = createGitExec();
    const remote = await originRemote(git, ctx.context.workspace, ctx.inputs.githubToken);
    const deleted = await jobSessionStore(ctx, git, remote).deleteSession({ item });
    if (deleted.kind === 'deleted') core.info(`Deleted the stored Codex session of #${item}.`);
    else if (deleted.kind === 'failed')
      core.warning(`Could not delete the stored Codex session of #${item}: ${deleted.reason}`);
  } catch (error) {
    core.warning(
      `Could not delete the stored Codex session of #${item} (no checkout of origin?): ${errorMessage(error)}`,
    );
  }
}
