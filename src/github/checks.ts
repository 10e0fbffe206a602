import type { GitHubClient, RepoRef } from './client.js';

/** One annotation on a check run (a finding on a file line). */
export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine?: number;
  level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  rawDetails?: string;
}

/** A check run to create or update, keyed by `name` + `headSha`. */
export interface CheckRunSpec {
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed';
  /** Required when `status` is `completed`. */
  conclusion?: 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';
  title: string;
  /** Markdown, at most 65 535 characters (longer text is cut with a note). */
  summary: string;
  text?: string;
  annotations?: readonly CheckAnnotation[];
  detailsUrl?: string;
}

/** GitHub accepts at most 50 annotations per request; later requests append to the run. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for `output.summary` and `output.text`. */
const MAX_OUTPUT_CHARS = 65_535;
/** Tags our runs, so a workflow job that happens to have the same name is not taken for ours. */
export const EXTERNAL_ID = 'codex-orchestrator';

/**
 * Creates the check run, or updates the one of that name on that commit (a re-run does not add a
 * second run). Annotations are sent in batches of 50; those the run already carries are not sent
 * again, because GitHub appends annotations and never replaces them.
 */
export async function upsertCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  spec: CheckRunSpec,
): Promise<{ id: number; htmlUrl: string }> {
  if (spec.status === 'completed' && !spec.conclusion) {
    throw new Error(
      `Check run '${spec.name}' is completed without a conclusion. Expected one of success, failure, neutral, cancelled, skipped, timed_out, action_required.`,
    );
  }
  const existing = await findCheckRun(client, repo, spec.name, spec.headSha);
  let annotations = (spec.annotations ?? []).map(toApiAnnotation);
  if (existing && annotations.length > 0) {
    const present = new Set(
      (
        await client.paginate(client.rest.checks.listAnnotations, {
          ...repo,
          check_run_id: existing.id,
          per_page: 100,
        })
      ).map(annotationKey),
    );
    annotations = annotations.filter((a) => !present.has(annotationKey(a)));
  }
  const batches: (typeof annotations)[] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  const output = (batch: typeof annotations | undefined) => ({
    title: spec.title,
    summary: limit(spec.summary),
    ...(spec.text !== undefined ? { text: limit(spec.text) } : {}),
    ...(batch && batch.length > 0 ? { annotations: batch } : {}),
  });
  const fields = {
    status: spec.status,
    ...(spec.conclusion ? { conclusion: spec.conclusion } : {}),
    ...(spec.status === 'completed' ? { completed_at: new Date().toISOString() } : {}),
    ...(spec.detailsUrl ? { details_url: spec.detailsUrl } : {}),
    external_id: EXTERNAL_ID,
  };
  let id: number;
  let htmlUrl: string;
  if (existing) {
    const { data } = await client.rest.checks.update({
      ...repo,
      check_run_id: existing.id,
      ...fields,
      output: output(batches[0]),
    });
    id = data.id;
    htmlUrl = data.html_url ?? existing.htmlUrl;
  } else {
    const { data } = await client.rest.checks.create({
      ...repo,
      name: spec.name,
      head_sha: spec.headSha,
      ...fields,
      output: output(batches[0]),
    });
    id = data.id;
    htmlUrl = data.html_url ?? '';
  }
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({ ...repo, check_run_id: id, output: output(batch) });
  }
  return { id, htmlUrl };
}

/** The newest check run of that name on the commit that this action created. */
async function findCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  name: string,
  headSha: string,
): Promise<{ id: number; htmlUrl: string } | undefined> {
  const { data } = await client.rest.checks.listForRef({
    ...repo,
    ref: headSha,
    check_name: name,
    // `latest` keeps one run per name, which may be a workflow job's: look at all of them.
    filter: 'all',
    per_page: 100,
  });
  // Only runs this action created (a workflow job with the same name is someone else's); the newest.
  const run = data.check_runs
    .filter((r) => r.name === name && r.head_sha === headSha && r.external_id === EXTERNAL_ID)
    .sort((a, b) => b.id - a.id)[0];
  return run ? { id: run.id, htmlUrl: run.html_url ?? '' } : undefined;
}

function toApiAnnotation(a: CheckAnnotation) {
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine ?? a.startLine,
    annotation_level: a.level,
    message: a.message,
    ...(a.title !== undefined ? { title: a.title } : {}),
    ...(a.rawDetails !== undefined ? { raw_details: a.rawDetails } : {}),
  };
}

function annotationKey(a: {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string | null;
  message: string | null;
  title?: string | null;
}): string {
  return JSON.stringify([a.path, a.start_line, a.end_line, a.annotation_level, a.message, a.title ?? null]);
}

function limit(text: string): string {
  if (text.length <= MAX_OUTPUT_CHARS) return text;
  const note = '\n\n… (cut: GitHub allows 65 535 characters here)';
  return text.slice(0, MAX_OUTPUT_CHARS - note.length) + note;
}

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

/** A check-run annotation (`output.annotations[]`). */
export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: AnnotationLevel;
  title: string;
  message: string;
}

/** Everything the check run shows. */
export interface CheckPayload {
  name: string;
  headSha: string;
  status: 'completed';
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  text: string | undefined;
  annotations: Annotation[];
}

/**
 * Creates the check run without looking for an existing one first (one request instead of two).
 * Only for the first review of a commit: the review comment is written before the check run, so
 * a commit without this cycle's comment has no check run of ours yet. Re-runs go through
 * `upsertCheckRun`, which finds the run by the `external_id` set here too.
 */
export async function createCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  check: CheckPayload,
): Promise<{ id: number; htmlUrl: string }> {
  const { data } = await client.rest.checks.create({
    ...repo,
    name: check.name,
    head_sha: check.headSha,
    status: check.status,
    conclusion: check.conclusion,
    completed_at: new Date().toISOString(),
    external_id: EXTERNAL_ID,
    output: {
      title: check.title,
      summary: check.summary,
      ...(check.text !== undefined ? { text: check.text } : {}),
      ...(check.annotations.length > 0 ? { annotations: check.annotations } : {}),
    },
  });
  return { id: data.id, htmlUrl: data.html_url ?? '' };
}
