import { join } from 'node:path';
import type { z } from 'zod';
import type { DocsBacklog } from '../../backlog/docs.js';
import { retroFindings } from '../../backlog/retro-findings.js';
import { askRetro } from '../../engine/retro/ask.js';
import { docsChanges, docsFileOf, readDocsBlobs, writeDocsChange } from '../../engine/retro/docs-changes.js';
import { type RetroOutcomeRow, retroPromptValues } from '../../engine/retro/prompt.js';
import { screenAnswer } from '../../engine/retro/schema.js';
import { gitOk } from '../../git/exec.js';
import { openDetachedWorktree, removeWorktree } from '../../git/worktree.js';
import { type BacklogTarget, openBacklogTarget } from '../../local/backlog-commit.js';
import { localAgents } from '../../local/engine.js';
import { type LocalState, localStates } from '../../local/states.js';
import { estimateCostUsd } from '../../state/budget.js';
import type { AgentSession } from '../../tracker/local/session-file.js';
import { ToolError } from '../errors.js';
import type { RetroOutput, retroInput } from '../schemas.js';
import { currentSession, readBacklog, updateSession, type Workspace } from '../workspace.js';

type Change = RetroOutput['applied'][number];

/**
 * `run_retrospective`: the engine's retrospective (src/engine/retro/, the same prompt, schema,
 * screening and docs edits as the Action's) over the local backlog, the items' local states and
 * the session file: a read-only model run on the default branch, its answer cut to items of the
 * backlog, then its deprecations, merges and priority changes written to the item files in one
 * commit (never on the default branch), unless `dry_run`. A file a person changed meanwhile is
 * left alone. It ends the session, unless the session stopped early: that a person clears.
 */
export async function runRetrospective(
  ws: Workspace,
  args: z.output<typeof retroInput>,
  signal: AbortSignal,
): Promise<RetroOutput> {
  const session = await currentSession(ws);
  const open = session && session.ended_at === null ? session : undefined;
  if (args.session_id !== null && args.session_id !== session?.session_id)
    throw new ToolError(
      `session_id '${args.session_id}' is not the session of ${ws.folder.sessionFile} (${session?.session_id ?? 'there is none'}): pass null for the current one.`,
    );
  const target = args.dry_run
    ? undefined
    : await openBacklogTarget(ws.repo, { prefix: ws.config.labels.prefix, parentDir: ws.options.scratch });
  try {
    const dir = target?.dir ?? ws.repo.repoDir;
    const backlog = await readBacklog(ws, dir);
    const read = await readDocsBlobs(dir, backlog.items, ws.repo.git);
    const rows = await outcomeRows(ws, backlog, session);
    const asked = await ask(ws, backlog, rows, args.timeout * 1000, signal);
    const { answer, dropped } = screenAnswer(asked, { items: new Map(backlog.items.map((i) => [i.id, i])) });
    const applied: Change[] = [];
    const skipped: Change[] = [];
    let commit: string | null = null;
    if (target) {
      const files = await applyChanges(ws, target, backlog, read, docsChanges(answer, { priorities: true }), {
        applied,
        skipped,
      });
      if (files.length > 0)
        commit =
          (await target.commit(
            files,
            `Apply the retrospective of ${new Date().toISOString().slice(0, 10)}\n\n${applied.map((c) => `- ${c.kind} ${c.item}`).join('\n')}\n\nFrom the MCP server of codex-orchestrator (run_retrospective).`,
          )) ?? null;
    }
    const ends = !args.dry_run && open !== undefined && !open.early_exit_triggered;
    if (ends) await updateSession(ws, (s) => ({ ...s, ended_at: new Date().toISOString() }));
    return {
      success: true,
      summary: answer.summary,
      deprecations: answer.deprecations.map((d) => d.item),
      merges: answer.merges.map((m) => ({ source: m.source, target: m.target })),
      priority_changes: answer.priority_changes.map((p) => ({ item_id: p.item, old: p.old, new: p.new })),
      recommendations: answer.recommendations.map((r) => r.text),
      next_priority_item: answer.next_priority_item
        ? {
            item_id: answer.next_priority_item,
            reason: 'Named by the retrospective as the next item to work.',
          }
        : null,
      new_items: answer.new_items.map((n) => ({ title: n.title, priority: n.priority })),
      dropped,
      applied,
      skipped,
      branch: commit ? (target?.branch ?? null) : null,
      commit,
      dry_run: args.dry_run,
      session_id: session?.session_id ?? null,
      session_ended: ends,
    };
  } finally {
    await target?.close();
  }
}

/** The read-only model run on a worktree of the default branch; an unusable answer is a ToolError. */
async function ask(
  ws: Workspace,
  backlog: DocsBacklog,
  outcomes: RetroOutcomeRow[],
  timeoutMs: number,
  signal: AbortSignal,
) {
  const { config, folder, repo } = ws;
  const done = outcomes.filter((o) => o.result.startsWith('done')).length;
  const values = retroPromptValues({
    repository: repo.repository,
    items: backlog.items.filter((i) => i.status !== 'done' && i.status !== 'deprecated'),
    outcomes,
    figures: {
      attempted: outcomes.length,
      done,
      blocked: outcomes.filter((o) => o.result === 'blocked').length,
      tokens: outcomes.reduce((n, o) => n + o.tokens, 0),
      costUsd: outcomes.reduce((n, o) => n + o.costUsd, 0),
    },
    findings: retroFindings({
      items: backlog.items,
      dag: backlog.dag,
      abandoned: new Map(),
      staleDays: config.retro['stale-days'],
      now: new Date(),
    }),
  });
  const env = localAgents({
    inputs: ws.options.inputs,
    config,
    folder,
    eventsFile: join(folder.root, 'retro', 'events.jsonl'),
    runnerTemp: ws.options.scratch,
    toolCache: ws.options.toolCache,
    signal,
  });
  const dir = await openDetachedWorktree(
    repo.git,
    repo.repoDir,
    ws.options.scratch,
    `refs/heads/${repo.defaultBranch}`,
  );
  try {
    const asked = await askRetro({
      agent: () => env.agent('retro'),
      values,
      prompts: {
        overrides: config.prompts,
        readDefaultBranchFile: async (path) => {
          const shown = await repo.git(
            ['show', `refs/heads/${repo.defaultBranch}:${path.replace(/^\/+/, '')}`],
            {
              cwd: repo.repoDir,
            },
          );
          return shown.exitCode === 0 ? shown.stdout : undefined;
        },
      },
      cwd: dir,
      timeoutMs,
      signal,
    }).catch((error: unknown) => {
      throw new ToolError(`The retrospective could not start: ${(error as Error).message}`);
    });
    if (asked.kind !== 'answer') throw new ToolError(asked.reason);
    return asked.answer;
  } finally {
    await removeWorktree(repo.git, repo.repoDir, dir);
  }
}

/** The items the session worked (every item with a local state when there is no session). */
async function outcomeRows(
  ws: Workspace,
  backlog: DocsBacklog,
  session: AgentSession | undefined,
): Promise<RetroOutcomeRow[]> {
  const known = new Map(backlog.items.map((i) => [i.id, i]));
  const states = await localStates(ws.folder, known);
  const ids = session ? session.tasks_processed.filter((id) => states.has(id)) : [...states.keys()];
  const rows: RetroOutcomeRow[] = [];
  for (const id of ids) {
    const state = states.get(id) as LocalState;
    const title = known.get(id)?.title ?? id;
    if (state === 'unreadable') {
      rows.push({
        item: id,
        title,
        result: 'blocked',
        why: 'its state.json cannot be read',
        reviewCycles: 0,
        change: 'no branch',
        tokens: 0,
        costUsd: 0,
      });
      continue;
    }
    const merged =
      state.branch !== null &&
      (
        await ws.repo.git(
          [
            'merge-base',
            '--is-ancestor',
            `refs/heads/${state.branch}`,
            `refs/heads/${ws.repo.defaultBranch}`,
          ],
          {
            cwd: ws.repo.repoDir,
          },
        )
      ).exitCode === 0;
    const u = state.usage;
    rows.push({
      item: id,
      title,
      ...resultOf(state, session?.results[id]?.status),
      reviewCycles: state.reviewCycle,
      change: state.branch
        ? `branch ${state.branch}${merged ? ` (merged into ${ws.repo.defaultBranch})` : ' (not merged)'}`
        : 'no branch',
      tokens: u.inputTokens + u.outputTokens,
      costUsd: estimateCostUsd(u, ws.config.pricing),
    });
  }
  return rows;
}

function resultOf(
  state: Exclude<LocalState, 'unreadable'>,
  last: string | undefined,
): { result: string; why: string | null } {
  const note = [...state.timeline].reverse().find((t) => t.note)?.note ?? null;
  if (state.phase === 'review' && state.status === 'pass')
    return { result: 'done (review passed)', why: null };
  if (state.dev.result === 'complete') return { result: 'done (dev and verification)', why: null };
  if (state.escalation && !state.escalation.approvedBy)
    return { result: 'waiting for a human', why: 'an escalation waits for approval' };
  const status = last ?? state.status;
  if (['blocked', 'error', 'tests_failed'].includes(status))
    return { result: 'blocked', why: note ?? state.nextAction };
  if (status === 'needs_clarification' || status === 'needs_decomposition')
    return { result: 'waiting for a human', why: state.nextAction ?? note };
  return { result: 'in progress', why: null };
}

/** Writes each change the person has not overtaken; returns the files to commit. */
async function applyChanges(
  ws: Workspace,
  target: BacklogTarget,
  backlog: DocsBacklog,
  read: ReadonlyMap<string, string>,
  changes: ReturnType<typeof docsChanges>,
  out: { applied: Change[]; skipped: Change[] },
): Promise<string[]> {
  const byId = new Map(backlog.items.map((i) => [i.id, i]));
  const files: string[] = [];
  for (const change of changes) {
    const record = { kind: change.kind, item: change.item, detail: change.detail };
    const file = docsFileOf(byId.get(change.item));
    if (!file) {
      out.skipped.push({ ...record, detail: `${change.detail} (it has no file inside the repository)` });
      continue;
    }
    const refused = await target.refuse(file);
    if (refused && !files.includes(file)) {
      out.skipped.push({ ...record, detail: `${change.detail} (${refused})` });
      continue;
    }
    if (!files.includes(file)) {
      const now = await gitOk(ws.repo.git, ['hash-object', '--', file], { cwd: target.dir });
      if (now !== read.get(file)) {
        out.skipped.push({
          ...record,
          detail: `${change.detail} (${file} changed since the retrospective read it)`,
        });
        continue;
      }
    }
    if (await writeDocsChange(ws.repo.git, target.dir, file, change)) {
      if (!files.includes(file)) files.push(file);
      out.applied.push(record);
    } else out.skipped.push({ ...record, detail: `${change.detail} (${file} says so already)` });
  }
  return files;
}
