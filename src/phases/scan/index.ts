import { chain, gateTrigger, type ItemJob, openItemJob } from '../../action/job.js';
import { DASHBOARD_MARKER, renderDashboard } from '../../backlog/dashboard.js';
import { describeProblem, sortProblems } from '../../backlog/problems.js';
import { type BacklogView, computeQueue } from '../../backlog/queue.js';
import { queueOutput } from '../../backlog/queue-output.js';
import { itemsPerScan } from '../../config.js';
import { errorMessage } from '../../errors.js';
import { backlogReads } from '../../github/backlog.js';
import { LIFECYCLE } from '../../github/labels.js';
import { type ClosedIssue, ownMarkedIssues } from '../../github/marked-issues.js';
import * as core from '../../log.js';
import type { PhaseHandler } from '../../phase.js';
import type { PhaseResult } from '../../status.js';
import { linkMirrors, loadScanBacklog, readStates, type ScanBacklog } from './backlog.js';
import { type Claim, claimReady, releaseClaim } from './claims.js';
import { doneItems, recentEvents } from './done.js';
import {
  DASHBOARD_TITLE,
  findMetaIssues,
  type MetaIssues,
  OWN_MARKER_PREFIX,
  STOPPED_TITLE,
  stoppedBody,
  upsertOwnIssue,
} from './meta.js';
import { capQueue, leftOutNote, MAX_MATRIX_JOBS } from './outputs.js';
import { failuresInARow, type HoldClock } from './signals.js';
import { type StateView, stateView } from './view.js';

/** Closed issues shown under "recently done" (one page of the list). */
const RECENTLY_DONE = 10;

/**
 * The nightly backlog scan (DESIGN §6), no model call: reads the backlog and what the status
 * comments say, claims the next ready item(s) and dispatches their phase (serial by default, a
 * `matrix` for fan-out when max-parallel > 1), and keeps the dashboard issue current. It stops
 * itself after repeated failures, and `codex:stop` on the dashboard stops it outright. A docs
 * backlog with problems fails the job (the problems are on the dashboard and in the summary).
 */
export const scanPhase: PhaseHandler = async (ctx) => {
  const job = await openItemJob(ctx);
  const gate = await gateTrigger(job);
  if (!gate.allowed) return { status: 'skipped', reason: gate.reason };
  const prefix = ctx.config.labels.prefix;
  const names = LIFECYCLE(prefix);

  const github = ctx.config.backlog.source === 'github';
  // The action's own issues and the recently closed ones ride on the backlog's one GraphQL request.
  const reads = backlogReads(job.client, job.repo, core.info, {
    own: { login: job.identity.login },
    ...(github ? { closed: { label: prefix, count: RECENTLY_DONE } } : {}),
  });
  const backlog = await loadScanBacklog(job, reads);
  const riders = await reads.riders();
  const own = await ownMarkedIssues(job.client, job.repo, job.identity, OWN_MARKER_PREFIX, {
    issues: riders.own?.issues ?? [],
    after: riders.own?.after ?? null,
  });
  const meta = findMetaIssues(own);
  if (meta.dashboard?.labels.some((l) => l.toLowerCase() === names.stop.toLowerCase())) {
    return {
      status: 'skipped',
      reason: `STOP: the dashboard #${meta.dashboard.number} carries ${names.stop}; nothing is dispatched or written until it is removed.`,
    };
  }
  linkMirrors(backlog, own);
  for (const warning of backlog.warnings) core.warning(warning);
  const clock: HoldClock = {
    now: Date.now(),
    timeoutMs: ctx.config.budgets['phase-timeout-minutes'] * 60_000,
  };
  const states = backlog.failFast ? new Map() : await readStates(job, backlog);
  const sv = stateView(backlog, states, clock, ctx.config);
  const closed: ClosedIssue[] = github ? (riders.closed ?? []) : [];
  const view = computeQueue(backlog.dag, backlog.milestones, sv.signals);
  const capped = capQueue(queueOutput(view));
  const queue = capped.kept;
  const cut = leftOutNote(capped);
  if (cut) core.warning(cut);
  const dashboard = (v: BacklogView, stoppedIssue?: number) =>
    writeDashboard(job, meta, backlog, v, sv, closed, stoppedIssue);

  if (backlog.failFast) {
    await dashboard(view);
    const problems = sortProblems(backlog.problems);
    const list = problems.slice(0, 20).map((p) => `- ${describeProblem(p)}`);
    return {
      status: 'blocked',
      reason: `The docs backlog has ${problems.length} problem(s); nothing is dispatched until they are fixed (see the dashboard).`,
      queue,
      summary: [
        '#### Backlog problems',
        ...list,
        ...(problems.length > 20 ? [`- … and ${problems.length - 20} more`] : []),
      ].join('\n'),
      // Fail fast is a red run: the same files make `codex-orchestrator scan` exit 1.
      fail: true,
    };
  }

  for (const s of sv.stale) if (job.writes) await releaseClaim(job, s.number, s.state);

  const limit = ctx.config['consecutive-failure-limit'];
  const failures = failuresInARow([...sv.events, ...recentEvents(backlog, closed)], meta.liftedAt);
  if (meta.stopped || failures.length >= limit) {
    return earlyExit(job, meta, failures, limit, (n) => dashboard(view, n), queue);
  }

  const maxParallel = ctx.config['max-parallel'];
  const slots = Math.max(0, maxParallel - view.inProgress.length);
  // Never more than a matrix can start (256 jobs); max-parallel (at most 20) stays far below it.
  const count = Math.min(slots, itemsPerScan(ctx.config), view.ready.length, MAX_MATRIX_JOBS);
  const claims = count > 0 ? await claimReady(job, backlog, view.ready, count, clock) : [];
  // A claim labels a GitHub issue `in-progress`, and the next scan reads its status from that
  // label: the dashboard says so now, or the next scan would find it changed and write it again.
  if (backlog.source === 'github' && job.writes) for (const c of claims) c.item.status = 'in_progress';
  const after =
    claims.length > 0 ? computeQueue(backlog.dag, backlog.milestones, withClaims(sv, claims)) : view;
  await dashboard(after);

  const matrix =
    maxParallel > 1
      ? {
          include: job.writes
            ? claims.flatMap((c) => (c.number ? [{ item: c.number, phase: c.phase }] : []))
            : [],
        }
      : undefined;
  if (maxParallel > 1 && !job.writes)
    core.info(
      `[dry-run] Would output the matrix ${JSON.stringify({ include: claims.map((c) => ({ item: c.number ?? c.item.id, phase: c.phase })) })}.`,
    );
  const lines: string[] = [];
  if (maxParallel === 1) {
    for (const c of claims) {
      if (c.number === undefined) {
        lines.push(`${c.item.id}: would be mirrored to an issue and ${c.phase} dispatched (dry run).`);
        continue;
      }
      const dispatched = await chain(job, c.phase, c.number);
      lines.push(
        dispatched.dispatched
          ? `#${c.number}: ${c.phase} dispatched.`
          : `#${c.number}: ${c.phase} not dispatched: ${dispatched.reason}`,
      );
    }
  } else {
    for (const c of claims) lines.push(`#${c.number ?? c.item.id}: claimed for ${c.phase} (matrix).`);
  }
  const first = claims[0];
  const summary = scanSummary(backlog, view, cut ? [...lines, cut] : lines);
  if (!first) {
    const why =
      view.ready.length === 0
        ? 'Nothing is ready.'
        : slots === 0
          ? `${view.inProgress.map((i) => i.id).join(', ')} in progress (max-parallel ${maxParallel}): nothing new starts.`
          : 'No ready item could be claimed (see the log).';
    return { status: 'skipped', reason: why, queue, ...(matrix ? { matrix } : {}), summary };
  }
  return {
    status: 'complete',
    reason:
      `Claimed ${claims.map((c) => `${c.number ? `#${c.number}` : c.item.id} (${c.phase})`).join(', ')}. ${lines.join(' ')}`.trim(),
    item: first.number,
    nextPhase: maxParallel === 1 ? first.phase : undefined,
    queue,
    ...(matrix ? { matrix } : {}),
    summary,
  };
};

/** The signals with this scan's claims added, for the dashboard written after them. */
function withClaims(sv: StateView, claims: readonly Claim[]) {
  const ids = new Set(claims.map((c) => c.item.id));
  return {
    ...sv.signals,
    claimed: (item: Parameters<typeof sv.signals.claimed>[0]) => ids.has(item.id) || sv.signals.claimed(item),
  };
}

async function writeDashboard(
  job: ItemJob,
  meta: MetaIssues,
  backlog: ScanBacklog,
  view: BacklogView,
  sv: StateView,
  closed: readonly ClosedIssue[],
  stoppedIssue: number | undefined,
): Promise<void> {
  const body = renderDashboard({
    dag: backlog.dag,
    view,
    problems: backlog.failFast ? backlog.problems : [],
    usage: sv.usage,
    recentlyDone: doneItems(backlog, view, closed),
    stoppedIssue,
  });
  if (!body.includes(DASHBOARD_MARKER)) throw new Error('The dashboard body lacks its marker.');
  await upsertOwnIssue(job, meta.dashboard, { title: DASHBOARD_TITLE, body, what: 'dashboard' });
}

/** Repeated failures: no dispatch, one stop issue naming them, the retrospective once. */
async function earlyExit(
  job: ItemJob,
  meta: MetaIssues,
  failures: Awaited<ReturnType<typeof failuresInARow>>,
  limit: number,
  dashboard: (stoppedIssue: number | undefined) => Promise<void>,
  queue: unknown,
): Promise<PhaseResult> {
  if (meta.stopped && failures.length < limit) {
    await dashboard(meta.stopped.number);
    return {
      status: 'skipped',
      reason: `Stopped after repeated failures: see #${meta.stopped.number}; closing it lifts the stop.`,
      queue,
    };
  }
  const written = await upsertOwnIssue(job, meta.stopped, {
    title: STOPPED_TITLE,
    body: stoppedBody(failures, limit),
    what: 'stop issue',
  });
  await dashboard(written.number);
  const named = failures.map((f) => f.item).join(', ');
  if (!written.created) {
    return {
      status: 'skipped',
      reason: `Stopped after repeated failures (${named}): see #${written.number}; closing it lifts the stop.`,
      queue,
    };
  }
  let retro: string;
  try {
    const dispatched = await chain(job, 'retro', written.number ?? 0);
    retro = dispatched.dispatched
      ? 'The retrospective (retro) was dispatched'
      : `Retro was not dispatched: ${dispatched.reason}`;
  } catch (error) {
    retro = `Retro could not be dispatched: ${errorMessage(error)}`;
  }
  return {
    status: 'blocked',
    reason: `${failures.length} items in a row ended blocked or with an error (${named}): the scan stopped and opened ${written.number ? `#${written.number}` : 'a stop issue (dry run)'}. ${retro}.`,
    queue,
  };
}

function scanSummary(backlog: ScanBacklog, view: BacklogView, lines: readonly string[]): string {
  const counts = `${view.ready.length} ready · ${view.inProgress.length} in progress · ${view.blocked.length} blocked · ${view.waiting.length} waiting for a human · ${view.done.length} done`;
  return [
    `**Backlog** (${backlog.source}): ${backlog.items.length} items — ${counts}`,
    ...(lines.length > 0 ? ['', ...lines.map((l) => `- ${l}`)] : []),
  ].join('\n');
}
