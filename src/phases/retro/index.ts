import { gateTrigger, type ItemJob, openItemJob } from '../../action/job.js';
import type { Usage } from '../../agent/types.js';
import { retroFindings } from '../../backlog/retro-findings.js';
import {
  abandonedItems,
  type ItemOutcome,
  itemOutcome,
  type RetroFigures,
  retroFigures,
  type TouchedItem,
  touchedSince,
} from '../../backlog/retro-outcomes.js';
import { type AskedRetro, askRetro } from '../../engine/retro/ask.js';
import { readDocsBlobs } from '../../engine/retro/docs-changes.js';
import { pullRequestRow, retroPromptValues } from '../../engine/retro/prompt.js';
import { type RetroAnswer, screenAnswer } from '../../engine/retro/schema.js';
import { readDefaultBranchFile } from '../../github/content.js';
import * as core from '../../log.js';
import type { PhaseContext, PhaseHandler } from '../../phase.js';
import type { PhaseResult } from '../../status.js';
import { type ApplyResult, applyAnswer } from './apply.js';
import { applyDocsAnswer } from './apply-docs.js';
import { findReports, readBacklog, readTouched } from './gather.js';
import { publishReport, reportLink, reportPlace } from './publish.js';
import { renderReport } from './report.js';
import type { RetroState } from './stored.js';

/**
 * The retrospective (DESIGN §1): reads the backlog and what became of the items and pull requests
 * the orchestrator touched since the last retro, computes the outcomes and findings, asks Codex
 * (read-only) for recommendations with them as evidence, and writes one report per run. It changes
 * the backlog only with `retro.apply: true`, and only items that were in the evidence.
 */
export const retroPhase: PhaseHandler = async (ctx) => {
  const job = await openItemJob(ctx);
  const gate = await gateTrigger(job);
  if (!gate.allowed) return { status: 'skipped', reason: gate.reason };
  const runId = ctx.context.runId;

  // Everything the model sees is read first, deterministically.
  const place = await reportPlace(job);
  const reports = await findReports(job, place, runId);
  const own = reports.own?.state;
  const at = own?.at ?? new Date().toISOString();
  const since = reports.previous?.state.at;
  const backlog = await readBacklog(job);
  const apply = ctx.config.retro.apply;
  // What each docs file was when read: one a person changes on the default branch later is left alone.
  const readBlobs =
    apply && backlog.source === 'docs'
      ? await readDocsBlobs(ctx.context.workspace, backlog.items)
      : new Map();
  const touched = await readTouched(job, since);
  const worked = touched.items.filter((i) => touchedSince(i, since));
  const outcomes = worked.map((i) => itemOutcome(i, ctx.config.pricing));
  const figures = retroFigures(outcomes, touched.pulls);
  const abandoned = carryAbandoned(reports.previous?.state.abandoned ?? [], touched.items);
  const findings = retroFindings({
    items: backlog.items,
    dag: backlog.dag,
    abandoned: new Map(abandoned.map(([item, pr]) => [`#${item}`, pr])),
    staleDays: ctx.config.retro['stale-days'],
    now: new Date(at),
  });
  const evidence = new Map(backlog.items.map((i) => [i.id, i]));

  let answer: RetroAnswer | null = own?.answer ?? null;
  let dropped = own?.dropped ?? [];
  let blockedReason: string | null = null;
  let status: PhaseResult['status'] = 'complete';
  let usage: Usage | undefined;
  if (!answer) {
    const asked = await askWithEvidence(ctx, job, { items: backlog.items, outcomes, figures, findings });
    usage = asked.usage;
    if (asked.kind === 'answer') {
      const screened = screenAnswer(asked.answer, { items: evidence });
      answer = screened.answer;
      dropped = screened.dropped;
      for (const note of dropped) core.info(`Dropped from the retro answer: ${note}`);
    } else {
      blockedReason = asked.reason;
      status = asked.kind;
    }
  }

  let applyNote: string | null = null;
  let result: ApplyResult = { applied: own?.applied ?? [], skipped: own?.skipped ?? [] };
  const state = (): RetroState => ({
    version: 1,
    runId,
    at,
    figures,
    abandoned,
    answer,
    dropped,
    applied: result.applied,
    skipped: result.skipped,
  });
  const render = () =>
    renderReport({
      state: state(),
      runUrl: job.runUrl,
      previous: reports.previous
        ? {
            at: reports.previous.state.at,
            figures: reports.previous.state.figures,
            link: reports.previous.link,
          }
        : null,
      outcomes,
      findings,
      answer,
      blockedReason,
      dropped,
      applied: result.applied,
      skipped: result.skipped,
      applyNote,
    });
  const title = `Retrospective ${at.slice(0, 10)}`;

  if (!apply) applyNote = '_Recommendations only: `retro.apply` is off, so nothing was changed._';
  else if (!job.writes) applyNote = '_Dry run: nothing was changed; these changes would be applied._';
  else if (backlog.source === 'docs')
    applyNote =
      '_Docs backlog: deprecations and merges are proposed in a pull request; priority changes and new items stay recommendations._';

  let published = reports.own;
  if (answer && apply) {
    // The report exists before the changes, so every change can link to it (a re-run's already does).
    let first: { id: number; link: string } | undefined = published;
    if (!first) {
      first = await publishReport(job, place, published, { title, body: render() });
      published = { id: first.id, body: render(), link: first.link, runId, state: state() };
    }
    const context = {
      reportLink: reportLink(job, place, first),
      at,
      before: own?.applied ?? [],
      beforeSkipped: own?.skipped ?? [],
    };
    if (backlog.source === 'github') result = await applyAnswer(job, answer, evidence, context);
    else {
      const docs = await applyDocsAnswer(job, answer, evidence, { ...context, runId, readBlobs });
      result = docs;
      if (docs.pull && job.writes)
        applyNote = `_Docs backlog: the changes below are in pull request #${docs.pull.number}; merging it applies them. Priority changes and new items stay recommendations._`;
    }
  }
  const body = render();
  const written = await publishReport(job, place, published, { title, body });
  const where = place.kind === 'issue' ? `#${written.id}` : `the dashboard #${place.issue}`;
  const reason =
    status === 'complete'
      ? `Retrospective of ${outcomes.length} item(s) written to ${where}; ${result.applied.length} change(s) applied, ${result.skipped.length} left alone.`
      : `${blockedReason} The report with the outcomes is in ${where}.`;
  return { status, reason, usage, summary: summaryOf(outcomes.length, figures, result, dropped.length) };
};

/**
 * The abandoned work the last retro knew of, plus the pull requests closed unmerged since, minus
 * the items that moved on (done, or with a newer pull request).
 */
function carryAbandoned(
  before: readonly [number, number][],
  items: readonly TouchedItem[],
): [number, number][] {
  const map = new Map(before);
  for (const item of items) {
    if (item.state.merged || item.pulls.some((p) => p.state !== 'closed')) map.delete(item.number);
  }
  for (const [item, pr] of abandonedItems(items)) map.set(item, pr);
  return [...map.entries()].sort((a, b) => a[0] - b[0]);
}

/** The read-only run of the engine's retro, with the issues' outcomes and the Action's prompt source. */
function askWithEvidence(
  ctx: PhaseContext,
  job: ItemJob,
  input: Omit<Parameters<typeof retroPromptValues>[0], 'repository' | 'outcomes' | 'figures'> & {
    outcomes: readonly ItemOutcome[];
    figures: RetroFigures;
  },
): Promise<AskedRetro> {
  return askRetro({
    agent: () => ctx.agent(),
    values: retroPromptValues({
      repository: `${job.repo.owner}/${job.repo.repo}`,
      ...input,
      outcomes: input.outcomes.map(pullRequestRow),
      figures: { ...input.figures },
    }),
    prompts: {
      overrides: ctx.config.prompts,
      readDefaultBranchFile: (path) => readDefaultBranchFile(job.client, job.repo, path),
    },
    cwd: ctx.context.workspace,
    timeoutMs: ctx.config.budgets['phase-timeout-minutes'] * 60_000,
    signal: ctx.signal,
  });
}

function summaryOf(
  items: number,
  figures: ReturnType<typeof retroFigures>,
  result: ApplyResult,
  dropped: number,
): string {
  return [
    `**Retrospective:** ${items} item(s), ${figures.done} done, ${figures.blocked} blocked; ` +
      `${figures.merged} PR(s) merged, ${figures.closedUnmerged} closed unmerged.`,
    `Applied ${result.applied.length}, left alone ${result.skipped.length}, dropped ${dropped}.`,
  ].join('\n\n');
}
