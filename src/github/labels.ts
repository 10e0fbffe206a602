import * as core from '../log.js';
import type { GitHubClient, RepoRef } from './client.js';

/** The states of a work item that labels show (DESIGN §3); exactly one is set at a time. */
export const LIFECYCLE_STATES = [
  'needs-clarification',
  'ready',
  'in-progress',
  'in-review',
  'blocked',
  'done',
] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

/** Every label the action uses: the opt-in label, the states, and the human STOP label. */
export type LifecycleLabel = 'opt-in' | LifecycleState | 'stop';

/** A label with the colour and description `ensureLabels` creates it with. */
export interface LabelDefinition {
  name: string;
  color: string;
  description: string;
}

const DEFINITIONS: Record<LifecycleLabel, { suffix: string; color: string; description: string }> = {
  'opt-in': { suffix: '', color: '5319e7', description: 'Work item for codex-orchestrator' },
  'needs-clarification': {
    suffix: ':needs-clarification',
    color: 'd876e3',
    description: 'codex-orchestrator: a human must answer the questions in the status comment',
  },
  ready: {
    suffix: ':ready',
    color: '0e8a16',
    description: 'codex-orchestrator: planned, ready for development',
  },
  'in-progress': {
    suffix: ':in-progress',
    color: 'fbca04',
    description: 'codex-orchestrator: being developed',
  },
  'in-review': {
    suffix: ':in-review',
    color: '1d76db',
    description: 'codex-orchestrator: passed automated review, waiting for a human',
  },
  blocked: {
    suffix: ':blocked',
    color: 'b60205',
    description: 'codex-orchestrator: stopped, a human must act (see the status comment)',
  },
  done: { suffix: ':done', color: 'c2e0c6', description: 'codex-orchestrator: finished' },
  stop: {
    suffix: ':stop',
    color: '000000',
    description: 'codex-orchestrator: STOP, do no more work on this',
  },
};

/** The label names for a prefix: `LIFECYCLE('codex')['in-review'] === 'codex:in-review'`, `['opt-in'] === 'codex'`. */
export function LIFECYCLE(prefix: string): Record<LifecycleLabel, string> {
  const names = {} as Record<LifecycleLabel, string>;
  for (const [key, def] of Object.entries(DEFINITIONS))
    names[key as LifecycleLabel] = `${prefix}${def.suffix}`;
  return names;
}

/** Every label with its colour and description, in a stable order. */
export function labelDefinitions(prefix: string): LabelDefinition[] {
  return Object.values(DEFINITIONS).map((def) => ({
    name: `${prefix}${def.suffix}`,
    color: def.color,
    description: def.description,
  }));
}

/** The names of an issue's labels as the REST API lists them (a name, or an object with one). */
export const labelNames = (labels: readonly (string | { name?: string | null })[]): string[] =>
  labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')));

/** The lifecycle state shown by a set of label names (the first state label found), if any. */
export function lifecycleStateOf(labels: readonly string[], prefix: string): LifecycleState | undefined {
  const names = LIFECYCLE(prefix);
  const set = new Set(labels.map((l) => l.toLowerCase()));
  return LIFECYCLE_STATES.find((state) => set.has(names[state].toLowerCase()));
}

/**
 * Creates the action's labels that the repository lacks; existing ones (and their colours) are left
 * alone. In a dry run nothing is created and `missing` names what would be.
 */
export async function ensureLabels(
  client: GitHubClient,
  repo: RepoRef,
  prefix: string,
  opts: { dryRun?: boolean } = {},
): Promise<{ created: string[]; existing: string[]; missing: string[] }> {
  const present = new Set(
    (await client.paginate(client.rest.issues.listLabelsForRepo, { ...repo, per_page: 100 })).map((l) =>
      l.name.toLowerCase(),
    ),
  );
  const created: string[] = [];
  const existing: string[] = [];
  const missing: string[] = [];
  for (const def of labelDefinitions(prefix)) {
    if (present.has(def.name.toLowerCase())) {
      existing.push(def.name);
      continue;
    }
    if (opts.dryRun) {
      missing.push(def.name);
      continue;
    }
    try {
      await client.rest.issues.createLabel({ ...repo, ...def });
      created.push(def.name);
    } catch (error) {
      // 422 already_exists: another job created it between the list and now.
      if ((error as { status?: number }).status !== 422) throw error;
      existing.push(def.name);
    }
  }
  if (created.length > 0) core.info(`Created labels: ${created.join(', ')}`);
  return { created, existing, missing };
}

/** Adds labels to an issue or PR (GitHub creates unknown ones with a default colour). */
export async function addLabels(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  labels: readonly string[],
): Promise<void> {
  if (labels.length === 0) return;
  await client.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: [...labels] });
}

/** Removes a label; a label that is not there (404) is fine. Returns whether it was removed. */
export async function removeLabel(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  name: string,
): Promise<boolean> {
  try {
    await client.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name });
    return true;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}

/**
 * Shows `state` on the item: adds its label and removes the other state labels. The opt-in label,
 * `:stop` and every unrelated label stay. Pass `current` (the item's label names, e.g. from the
 * event payload) to save a request.
 */
export async function setLifecycleLabel(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  prefix: string,
  state: LifecycleState,
  opts: { current?: readonly string[] } = {},
): Promise<{ added: string[]; removed: string[] }> {
  const names = LIFECYCLE(prefix);
  const current =
    opts.current ??
    (
      await client.paginate(client.rest.issues.listLabelsOnIssue, {
        ...repo,
        issue_number: issueNumber,
        per_page: 100,
      })
    ).map((l) => l.name);
  const has = new Set(current.map((l) => l.toLowerCase()));
  const target = names[state];
  const added = has.has(target.toLowerCase()) ? [] : [target];
  const removed: string[] = [];
  await addLabels(client, repo, issueNumber, added);
  for (const other of LIFECYCLE_STATES) {
    if (other === state || !has.has(names[other].toLowerCase())) continue;
    if (await removeLabel(client, repo, issueNumber, names[other])) removed.push(names[other]);
  }
  return { added, removed };
}
