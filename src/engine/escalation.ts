import { applyPatches, commitsBetween, formatPatch, headSha } from '../git/commit.js';
import { gitOk } from '../git/exec.js';
import * as core from '../log.js';
import { type AuditReport, escalationLines } from '../safety/audit.js';
import { noteEvent } from '../state/index.js';
import { push, update, type WorkSession } from './session.js';

/**
 * Stops the work on an escalation: the commits since the last push are kept in the tracker's hold
 * (nothing is pushed), and the state lists what needs approval. `criterion` is the index of the
 * criterion the run worked on, null for the verification fix run (and for a fix round, whose
 * `phase` is then `fix`: the phase that runs again once approved).
 */
export async function holdForApproval(
  session: WorkSession,
  report: AuditReport,
  criterion: number | null,
  phase: 'dev' | 'fix' = 'dev',
) {
  const { git, wt, tracker } = session;
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
    const saved = await tracker.holds.save({ criterion, base: session.pushed, subjects, mbox, diff, reason });
    if (saved.kind === 'too_large') return { reason: `${reason}. ${saved.reason}` };
    held = `${subjects.length} commit(s) held for approval`;
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
    reason: `Escalation: ${reason}. Nothing was pushed (${held}); a person with write access must ${tracker.say.approve}.`,
  };
}

/**
 * Releases an approved escalation: applies the held commits (checksum verified) on the branch and
 * pushes them, without running the model again; the criterion they belong to is marked done.
 */
export async function releaseApproved(session: WorkSession): Promise<void> {
  const { tracker, git, wt } = session;
  const escalation = session.state.escalation!;
  const hold = await tracker.holds.read();
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
      tracker.runUrl ?? undefined,
    ),
  );
  if (hold) await tracker.holds.released(hold, by, sha ?? '');
  core.info(`Released the escalation approved by ${by}${sha ? `: pushed ${sha}` : ''}.`);
}
