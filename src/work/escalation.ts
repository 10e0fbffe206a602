import { applyPatches, commitsBetween, formatPatch, headSha } from '../git/commit.js';
import { gitOk } from '../git/exec.js';
import { findMarkedComment, upsertMarkedComment } from '../github/comments.js';
import * as core from '../log.js';
import { type AuditReport, escalationLines } from '../safety/audit.js';
import { noteEvent } from '../state/index.js';
import { HOLD_MARKER, HoldTooLargeError, parseHold, renderHold, renderReleased } from './hold.js';
import { type DevSession, push, update } from './session.js';

/**
 * Stops the work on an escalation: the commits since the last push are kept in the hold comment
 * (nothing is pushed), and the state lists what needs approval. `criterion` is the index of the
 * criterion the run worked on, null for the verification fix run (and for a fix round, whose
 * `phase` is then `fix`: the phase that runs again once approved).
 */
export async function holdForApproval(
  session: DevSession,
  report: AuditReport,
  criterion: number | null,
  phase: 'dev' | 'fix' = 'dev',
) {
  const { git, wt, job } = session;
  const lines = escalationLines(report);
  const head = await headSha(git, wt.dir);
  const reason = [
    lines.commands.length > 0 ? `${lines.commands.length} command(s) outside commands.allow` : '',
    lines.paths.length > 0 ? `${lines.paths.length} protected path(s) changed` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  let held = 'no commits';
  if (head !== session.pushed) {
    const subjects = (await commitsBetween(git, wt.dir, session.pushed, head)).reverse();
    const mbox = await formatPatch(git, wt.dir, session.pushed, head);
    const diff = await gitOk(git, ['diff', '--no-color', session.pushed, head], { cwd: wt.dir });
    let body: string;
    try {
      body = renderHold(session.item, { criterion, base: session.pushed, subjects }, mbox, diff, reason);
    } catch (error) {
      if (error instanceof HoldTooLargeError) return { reason: `${reason}. ${error.message}` };
      throw error;
    }
    await upsertMarkedComment(job.client, job.repo, session.item, HOLD_MARKER, body, job.identity, {
      dryRun: !job.writes,
    });
    held = `${subjects.length} commit(s) held in a comment`;
  }
  update(session, {
    ...session.state,
    escalation: {
      commands: lines.commands,
      paths: lines.paths,
      phase,
      raisedAt: new Date().toISOString(),
      approvedBy: null,
      approvedAt: null,
    },
    dev: { ...session.state.dev, current: criterion },
  });
  core.info(`Escalation: ${reason}; ${held}, nothing pushed.`);
  return {
    reason: `Escalation: ${reason}. Nothing was pushed (${held}); a person with write access must comment /codex approve.`,
  };
}

/**
 * Releases an approved escalation: applies the held commits (checksum verified) on the branch and
 * pushes them, without running the model again; the criterion they belong to is marked done.
 */
export async function releaseApproved(session: DevSession): Promise<void> {
  const { job, git, wt } = session;
  const escalation = session.state.escalation!;
  const comment = await findMarkedComment(job.client, job.repo, session.item, HOLD_MARKER, job.identity);
  const hold = comment ? parseHold(comment.body) : undefined;
  const criterion = hold ? hold.criterion : session.state.dev.current;
  let sha: string | null = null;
  if (hold) {
    sha = await applyPatches(git, wt.dir, hold.mbox, session.author);
    await push(session);
  }
  const criteria = session.state.criteria.map((c, i) =>
    i === criterion ? { ...c, done: true, commit: sha ?? c.commit } : c,
  );
  const by = escalation.approvedBy ?? 'unknown';
  update(
    session,
    noteEvent(
      { ...session.state, criteria, escalation: null, dev: { ...session.state.dev, current: null } },
      `released ${hold ? `${hold.subjects.length} held commit(s)` : 'the escalation'} approved by ${by}`,
      job.runUrl,
    ),
  );
  if (hold && comment) {
    await upsertMarkedComment(
      job.client,
      job.repo,
      session.item,
      HOLD_MARKER,
      renderReleased(session.item, hold, by, sha ?? ''),
      job.identity,
      { dryRun: !job.writes },
    );
  }
  core.info(`Released the escalation approved by ${by}${sha ? `: pushed ${sha}` : ''}.`);
}
