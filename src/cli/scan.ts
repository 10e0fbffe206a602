import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Dag } from '../backlog/dag.js';
import { loadDocsBacklog } from '../backlog/docs.js';
import { renderMermaid } from '../backlog/mermaid.js';
import type { Milestone, WorkItem } from '../backlog/model.js';
import { type BacklogProblem, describeProblem, renderProblems, sortProblems } from '../backlog/problems.js';
import { type BacklogView, computeQueue, NO_SIGNALS, type QueueSignals } from '../backlog/queue.js';
import { queueOutput } from '../backlog/queue-output.js';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { parseFlags } from '../local/command.js';
import { labelSignals, loadGitHubBacklog } from '../tracker/github/backlog.js';

/**
 * `codex-orchestrator scan`: the backlog as the nightly scan sees it, printed for a person (or as
 * JSON). Offline for the docs source; the GitHub source needs GITHUB_TOKEN. It dispatches, claims
 * and writes nothing. Exit codes: 0, 1 when the backlog has problems, 2 on a usage or setup error.
 */

const USAGE = `Usage: codex-orchestrator scan [--json] [--mermaid] [--config FILE] [--dir DIR] [--repo OWNER/NAME] [--source github|docs]

Prints the ready queue, the blocked items with their reasons, and the backlog's problems.
  --json       print one JSON object instead of text
  --mermaid    print the dependency graph as a mermaid flowchart (with --json: a "mermaid" field)
  --config     the policy file (default: DIR/.github/codex-orchestrator.yml)
  --dir        the repository's root (default: the current directory)
  --repo       OWNER/NAME for the github source (default: GITHUB_REPOSITORY)
  --source     override backlog.source from the policy file
The github source reads GITHUB_TOKEN (and GITHUB_API_URL, GITHUB_GRAPHQL_URL on GHES).`;

/** Where the command writes, and what it may read; tests pass their own. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

interface Loaded {
  source: 'github' | 'docs';
  items: WorkItem[];
  milestones: Milestone[];
  dag: Dag;
  problems: BacklogProblem[];
  warnings: string[];
  signals: QueueSignals;
}

class UsageError extends Error {}

/** Runs `scan` with the arguments after the command name; resolves to the exit code. */
export async function scanCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseFlags(() => parse(argv), USAGE, { stderr: io.stderr, help: io.stdout });
  if (typeof args === 'number') return args;
  const dir = resolve(io.cwd, args.dir ?? '.');
  const configPath = args.config
    ? isAbsolute(args.config)
      ? args.config
      : resolve(io.cwd, args.config)
    : resolve(dir, '.github/codex-orchestrator.yml');
  let loaded: Loaded;
  try {
    const config = await loadConfig(configPath);
    const source = (args.source as Config['backlog']['source'] | undefined) ?? config.backlog.source;
    loaded = source === 'docs' ? await loadDocs(dir, config) : await loadGitHub(config, args.repo, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`${error.message}\n`);
      return error instanceof ConfigError ? 1 : 2;
    }
    throw error;
  }
  const view = computeQueue(loaded.dag, loaded.milestones, loaded.signals);
  for (const warning of loaded.warnings) io.stderr(`warning: ${warning}\n`);

  if (args.json) {
    const out = {
      source: loaded.source,
      counts: counts(view),
      queue: queueOutput(view),
      inProgress: view.inProgress.map((i) => ({ item: i.id, title: i.title })),
      blocked: view.blocked.map((b) => ({
        item: b.item.id,
        title: b.item.title,
        reason: b.reason,
        blockers: b.blockers.map((x) => x.id),
      })),
      waiting: view.waiting.map((w) => ({ item: w.item.id, title: w.item.title, reason: w.reason })),
      problems: sortProblems(loaded.problems).map((p) => ({ ...p, message: describeProblem(p) })),
      warnings: loaded.warnings,
      ...(args.mermaid ? { mermaid: renderMermaid(loaded.dag, view).text } : {}),
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else if (args.mermaid) {
    const chart = renderMermaid(loaded.dag, view);
    io.stdout(`${chart.note ? `%% ${chart.note}\n` : ''}${chart.text}\n`);
    if (loaded.problems.length > 0) io.stderr(`${renderProblems(loaded.problems)}\n`);
  } else {
    io.stdout(renderText(loaded, view));
  }
  return loaded.problems.length > 0 ? 1 : 0;
}

function parse(argv: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      json: { type: 'boolean' },
      mermaid: { type: 'boolean' },
      config: { type: 'string' },
      dir: { type: 'string' },
      repo: { type: 'string' },
      source: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new Error(`Unexpected argument '${positionals[0]}'.`);
  if (values.source !== undefined && values.source !== 'github' && values.source !== 'docs')
    throw new Error(`Invalid --source '${values.source}'. Expected github or docs.`);
  return values;
}

async function loadDocs(dir: string, config: Config): Promise<Loaded> {
  const backlog = await loadDocsBacklog(dir, config.backlog.docs);
  return { source: 'docs', ...backlog, warnings: [], signals: NO_SIGNALS };
}

async function loadGitHub(config: Config, repoArg: string | undefined, io: CommandIo): Promise<Loaded> {
  const token = io.env.GITHUB_TOKEN;
  if (!token)
    throw new UsageError('The github source needs GITHUB_TOKEN (or use --source docs, which is offline).');
  const full = repoArg ?? io.env.GITHUB_REPOSITORY ?? '';
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(full);
  if (!match)
    throw new UsageError(
      `Invalid repository '${full}'. Expected OWNER/NAME, from --repo or GITHUB_REPOSITORY.`,
    );
  const toStderr = (m: string) => io.stderr(`${m}\n`);
  // Loaded only here: the offline docs source should not pay for Octokit.
  const [{ createGitHubClient }, { backlogReads }, { GITHUB_ACTIONS_BOT, isIdentity }] = await Promise.all([
    import('../github/client.js'),
    import('../github/backlog.js'),
    import('../github/identity.js'),
  ]);
  const client = createGitHubClient({
    token,
    baseUrl: (io.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    ...(io.env.GITHUB_GRAPHQL_URL ? { graphqlUrl: io.env.GITHUB_GRAPHQL_URL } : {}),
    log: { info: toStderr, warning: toStderr, debug: () => {} },
  });
  const prefix = config.labels.prefix;
  const repo = { owner: match[1] as string, repo: match[2] as string };
  // The action's own follow-ups are opened (and labelled) by the GITHUB_TOKEN account.
  const backlog = await loadGitHubBacklog(backlogReads(client, repo, toStderr), {
    prefix,
    trusted: (user) => isIdentity(user, GITHUB_ACTIONS_BOT),
  });
  return { source: 'github', ...backlog, signals: labelSignals(prefix) };
}

function counts(view: BacklogView) {
  return {
    ready: view.ready.length,
    inProgress: view.inProgress.length,
    blocked: view.blocked.length,
    waiting: view.waiting.length,
    stopped: view.stopped.length,
    done: view.done.length,
  };
}

/** Control, zero-width and bidi characters: written as a string, the linter refuses them in a literal. */
// biome-ignore lint/complexity/useRegexLiterals: a literal with these ranges trips noControlCharactersInRegex.
const UNPRINTABLE = new RegExp(
  '[\\u0000-\\u001f\\u007f-\\u009f\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069]+',
  'g',
);

/** Titles are untrusted: no control characters (escape sequences) reach the terminal. */
const plain = (text: string, max = 100) => {
  const flat = text.replace(UNPRINTABLE, ' ').replace(/ {2,}/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function renderText(loaded: Loaded, view: BacklogView): string {
  const c = counts(view);
  const lines = [
    `Backlog (${loaded.source}): ${loaded.items.length} items — ${c.ready} ready, ${c.inProgress} in progress, ${c.blocked} blocked, ${c.waiting} waiting for a human, ${c.done} done.`,
    '',
    `Ready queue (${view.ready.length}):`,
    ...(view.ready.length === 0 ? ['  nothing is ready'] : []),
    ...view.ready.map(({ item, phase }, i) => {
      const milestone = item.milestone ? ` · ${plain(item.milestone, 40)}` : '';
      return `  ${String(i + 1).padStart(3)}. ${plain(item.id, 40)}  ${plain(item.title)}  [${item.priority}${milestone}] → ${phase}`;
    }),
  ];
  if (view.inProgress.length > 0)
    lines.push(
      '',
      `In progress (${view.inProgress.length}):`,
      ...view.inProgress.map((i) => `  ${plain(i.id, 40)}  ${plain(i.title)}`),
    );
  if (view.blocked.length > 0)
    lines.push(
      '',
      `Blocked (${view.blocked.length}):`,
      ...view.blocked.map(
        (b) => `  ${plain(b.item.id, 40)}  ${plain(b.item.title)} — ${plain(b.reason, 300)}`,
      ),
    );
  if (view.waiting.length > 0)
    lines.push(
      '',
      `Waiting for a human (${view.waiting.length}):`,
      ...view.waiting.map((w) => `  ${plain(w.item.id, 40)}  ${plain(w.item.title)} — ${plain(w.reason)}`),
    );
  if (loaded.problems.length > 0) lines.push('', renderProblems(loaded.problems));
  return `${lines.join('\n')}\n`;
}
