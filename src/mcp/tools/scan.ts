import type { z } from 'zod';
import type { DocsBacklog } from '../../backlog/docs.js';
import type { WorkItem } from '../../backlog/model.js';
import { HUMAN_ACTION_LABEL } from '../../backlog/new-item.js';
import { describeProblem, sortProblems } from '../../backlog/problems.js';
import { computeQueue, signalsFrom } from '../../backlog/queue.js';
import { type SyncResult, syncDefaultBranch } from '../../git/sync.js';
import { localStates, waitingReason } from '../../local/states.js';
import { itemKeySchema } from '../../state/index.js';
import type { ScanOutput, scanInput } from '../schemas.js';
import { readBacklog, type Workspace, workRefused } from '../workspace.js';

type Entry = ScanOutput['priority_queue'][number];

/**
 * `scan_prioritize`: the docs backlog as `codex-orchestrator run` would work it — the ready items
 * in queue order (priority, milestone, id; every blocker done), then every other open item with
 * why it waits — plus what only a person can do (approve an escalation, merge a finished branch,
 * a human-action item, backlog problems, the early exit, a STOP file). It changes no file of the
 * repository; with `sync_remote` it first fast-forwards a clean default-branch checkout.
 */
export async function scanPrioritize(ws: Workspace, args: z.output<typeof scanInput>): Promise<ScanOutput> {
  const sync: SyncResult | { status: 'off'; reason: string } = args.sync_remote
    ? await syncDefaultBranch(ws.repo.git, {
        dir: ws.repo.repoDir,
        defaultBranch: ws.repo.defaultBranch,
        env: ws.options.env,
        timeoutMs: args.timeout * 1000,
      })
    : { status: 'off', reason: 'sync_remote is false: the checkout was scanned as it is' };
  const backlog = await readBacklog(ws);
  const full = await prioritize(ws, backlog);
  // A model reads the result: the first entries are what it acts on, the counts say the rest.
  const queue = full.priority_queue.slice(0, args.max_items);
  const actions = full.human_actions_required.slice(0, args.max_items);
  return {
    success: true,
    ...full,
    priority_queue: queue,
    human_actions_required: actions,
    sync,
    truncated:
      full.priority_queue.length - queue.length + full.human_actions_required.length - actions.length,
  };
}

/** The queue and the human actions of a backlog with the local states (benchmarked in process). */
export async function prioritize(
  ws: Workspace,
  backlog: DocsBacklog,
): Promise<Omit<ScanOutput, 'success' | 'sync' | 'truncated'>> {
  const known = new Map(backlog.items.map((i) => [i.id, i]));
  const states = await localStates(ws.folder, known);
  const waiting: [string, string][] = [];
  for (const [id, state] of states) {
    const why = waitingReason(id, state, { devCompleteWaits: true });
    if (why) waiting.push([id, why]);
  }
  const human = backlog.items.filter((i) => i.labels.includes(HUMAN_ACTION_LABEL));
  for (const item of human) waiting.push([item.id, 'a human action: a person does it']);
  const view = computeQueue(backlog.dag, backlog.milestones, signalsFrom({ waiting }));

  const entry = (item: WorkItem, status: Entry['status'], reason: string | null): Entry => ({
    item_id: item.id,
    title: item.title,
    priority: item.priority,
    status,
    reason,
    milestone: item.milestone ?? null,
    file: item.source.kind === 'docs' ? item.source.file : null,
  });
  const usable = (item: WorkItem) => itemKeySchema.safeParse(item.id).success && !item.id.startsWith('.');
  const ready = view.ready.map((e) => e.item);
  const queue: Entry[] = [
    ...ready.filter(usable).map((item) => entry(item, 'ready', null)),
    ...ready
      .filter((item) => !usable(item))
      .map((item) =>
        entry(
          item,
          'blocked',
          'its id cannot name a branch and a folder (use letters, digits, ".", "_" and "-")',
        ),
      ),
    ...view.blocked.map((b) => entry(b.item, 'blocked', b.reason)),
    ...view.waiting.map((w) => entry(w.item, 'waiting', w.reason)),
    ...view.inProgress.map((item) => entry(item, 'in_progress', `its status is ${item.status}`)),
    ...view.stopped.map((item) => entry(item, 'stopped', 'it is stopped')),
  ];

  const problems = sortProblems(backlog.problems).map(describeProblem);
  const refused = await workRefused(ws);
  const actions: ScanOutput['human_actions_required'] = [
    ...(refused
      ? [{ item_id: null, action: 'clear the early exit or remove the STOP file', reason: refused }]
      : []),
    ...(problems.length > 0
      ? [
          {
            item_id: null,
            action: 'fix the backlog files',
            reason: `${problems.length} problem(s) in the docs backlog; no item is worked until they are fixed`,
          },
        ]
      : []),
    ...view.waiting.map((w) => ({
      item_id: w.item.id,
      action: human.includes(w.item) ? w.item.title : 'review and act',
      reason: w.reason,
    })),
  ];
  const first = queue[0]?.status === 'ready' ? queue[0] : undefined;
  const next: ScanOutput['next_action'] =
    refused || problems.length > 0
      ? { item_id: null, reason: refused ?? 'Fix the backlog problems first (see problems).' }
      : first
        ? {
            item_id: first.item_id,
            reason: `The first ready item: priority ${first.priority}${first.milestone ? `, milestone ${first.milestone}` : ''}, every blocker done.`,
          }
        : {
            item_id: null,
            reason: 'Nothing is ready: run the retrospective, or act on what waits for a person.',
          };
  const count = (status: Entry['status']) => queue.filter((e) => e.status === status).length;
  return {
    priority_queue: queue,
    human_actions_required: actions,
    summary: {
      total: queue.length,
      ready: count('ready'),
      blocked: count('blocked'),
      waiting: count('waiting'),
      in_progress: count('in_progress') + count('stopped'),
      done: view.done.length,
    },
    next_action: next,
    problems,
  };
}
