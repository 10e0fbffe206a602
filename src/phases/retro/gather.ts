import { join } from 'node:path';
import type { ItemJob } from '../../action/job.js';
import type { Dag } from '../../backlog/dag.js';
import { loadDocsBacklog } from '../../backlog/docs.js';
import type { WorkItem } from '../../backlog/model.js';
import type { PullFate, TouchedItem } from '../../backlog/retro-outcomes.js';
import { errorMessage } from '../../errors.js';
import { branchItem } from '../../git/branch.js';
import { backlogReads } from '../../github/backlog.js';
import { listMarkedComments } from '../../github/comments.js';
import { isIdentity } from '../../github/identity.js';
import {
  countForeignCommits,
  listActionPulls,
  listLabelledIssues,
  listOwnMarkedIssues,
} from '../../github/retro.js';
import * as core from '../../log.js';
import { loadGitHubBacklog } from '../../tracker/github/backlog.js';
import { loadItemState } from '../../tracker/github/store.js';
import { decodeRetroState, RETRO_MARKER, type RetroState, reportRunId } from './stored.js';

/** Bounds of one retro's reads: a week of a busy repository fits; beyond that, the newest count. */
export const RETRO_READ_LIMITS = { reports: 100, items: 100, pulls: 100, mergedPulls: 50 } as const;

/** Where the report goes: an issue labelled `<prefix>:retro`, or a comment on the dashboard. */
export type ReportPlace = { kind: 'issue'; label: string } | { kind: 'dashboard'; issue: number };

/** A report the action wrote earlier, found by its marker. */
export interface FoundReport {
  /** Issue number (issue reports) or comment id (dashboard comments). */
  id: number;
  body: string;
  runId: string | undefined;
  state: RetroState | undefined;
  link: string;
}

/** This run's own report (a re-run edits it) and the previous retro's (the period and the trend). */
export interface Reports {
  own: FoundReport | undefined;
  previous: (FoundReport & { state: RetroState }) | undefined;
}

/** The action's reports, newest first; only its own issues or comments count. */
export async function findReports(job: ItemJob, place: ReportPlace, runId: string): Promise<Reports> {
  let found: FoundReport[];
  if (place.kind === 'issue') {
    const issues = await listOwnMarkedIssues(job.client, job.repo, {
      label: place.label,
      marker: RETRO_MARKER,
      identity: job.identity,
      max: RETRO_READ_LIMITS.reports,
    });
    found = issues.map((i) => ({
      id: i.number,
      body: i.body,
      runId: reportRunId(i.body),
      state: decodeRetroState(i.body),
      link: `#${i.number}`,
    }));
  } else {
    const comments = await listMarkedComments(job.client, job.repo, place.issue, RETRO_MARKER, job.identity);
    found = comments.reverse().map((c) => ({
      id: c.id,
      body: c.body,
      runId: reportRunId(c.body),
      state: decodeRetroState(c.body),
      link: c.htmlUrl,
    }));
  }
  const own = found.find((r) => r.runId === runId);
  const previous = found.find(
    (r): r is FoundReport & { state: RetroState } => r.runId !== runId && r.state !== undefined,
  );
  return { own, previous };
}

/** The backlog as the configured source gives it: the items the retro may recommend changes to. */
export interface RetroBacklog {
  source: 'github' | 'docs';
  items: WorkItem[];
  dag: Pick<Dag, 'items' | 'blockers'>;
  problems: number;
}

export async function readBacklog(job: ItemJob): Promise<RetroBacklog> {
  const { config, context } = job.ctx;
  if (config.backlog.source === 'docs') {
    const docs = await loadDocsBacklog(join(context.workspace), config.backlog.docs);
    return { source: 'docs', items: docs.items, dag: docs.dag, problems: docs.problems.length };
  }
  const gh = await loadGitHubBacklog(backlogReads(job.client, job.repo), {
    prefix: config.labels.prefix,
    trusted: (user) => isIdentity(user, job.identity),
  });
  return { source: 'github', items: gh.items, dag: gh.dag, problems: gh.problems.length };
}

/**
 * Every item the orchestrator may have touched since `since`: the labelled issues updated since,
 * each with its state from the action's own status comment, and the action's pull requests
 * updated since, with their fate (merged PRs with the commits someone else added).
 */
export async function readTouched(
  job: ItemJob,
  since: string | undefined,
): Promise<{ items: TouchedItem[]; pulls: PullFate[] }> {
  const prefix = job.ctx.config.labels.prefix;
  const pulls: PullFate[] = [];
  let merged = 0;
  for (const pr of await listActionPulls(job.client, job.repo, {
    prefix,
    since,
    max: RETRO_READ_LIMITS.pulls,
  })) {
    const item = branchItem(pr.headRef, prefix);
    if (item === undefined) continue;
    let foreignCommits = 0;
    if (pr.state === 'merged' && merged < RETRO_READ_LIMITS.mergedPulls) {
      merged += 1;
      foreignCommits = await countForeignCommits(job.client, job.repo, pr.number, job.identity);
    }
    pulls.push({ number: pr.number, item, state: pr.state, foreignCommits, closedAt: pr.closedAt });
  }
  const issues = await listLabelledIssues(job.client, job.repo, {
    label: prefix,
    since,
    max: RETRO_READ_LIMITS.items,
  });
  const items: TouchedItem[] = [];
  for (const issue of issues) {
    // No comments: no status comment, so nothing the orchestrator did (and no request to look).
    if (issue.comments === 0) continue;
    try {
      const loaded = await loadItemState(job.client, job.repo, issue.number, job.identity);
      if (!loaded || loaded.state.phase === null) continue;
      items.push({
        number: issue.number,
        title: issue.title,
        state: loaded.state,
        pulls: pulls.filter((p) => p.item === issue.number),
      });
    } catch (error) {
      core.warning(`The retrospective leaves #${issue.number} out: ${errorMessage(error)}`);
    }
  }
  return { items, pulls };
}
