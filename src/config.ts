import { readFile } from 'node:fs/promises';
import { type Document, isAlias, isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { z } from 'zod';
import { globLeavesRepository } from './backlog/docs-paths.js';

const stringList = z.array(z.string().min(1));

/** A `backlog.docs` glob: relative to the repository root, never leaving it (DESIGN §6). */
const docsGlob = z
  .string()
  .min(1)
  .superRefine((glob, ctx) => {
    const why = globLeavesRepository(glob);
    if (why)
      ctx.addIssue({
        code: 'custom',
        message: `The glob ${why}: docs globs are relative to the repository root and may not leave it (nothing outside the checkout is read). Write a path inside the repository, such as docs/projects/**/issues/*.md.`,
      });
  });

/** Prefixes of commands that Codex may run; anything else it ran is an escalation (DESIGN §8.5). */
export const DEFAULT_ALLOWED_COMMANDS = [
  'ls',
  'cat',
  'head',
  'tail',
  'wc',
  'pwd',
  'echo',
  'printf',
  'grep',
  'rg',
  'find',
  'sed',
  'awk',
  'sort',
  'uniq',
  'diff',
  'true',
  'test',
  'mkdir',
  'touch',
  'cp',
  'mv',
  'git status',
  'git diff',
  'git log',
  'git show',
  'git add',
  'git rm',
  'git mv',
  'git ls-files',
  'git grep',
  'git rev-parse',
  'npm test',
  'npm run',
  'npx tsc',
  'node',
  'python3',
  'pytest',
  'make',
  'go test',
  'cargo test',
];

/** Command prefixes that execpolicy forbids outright (DESIGN §8.5). */
export const DEFAULT_DENIED_COMMANDS = [
  'git push',
  'git remote',
  'git config',
  'git worktree',
  'git reset --hard',
  'git clean',
  'curl',
  'wget',
  'gh',
  'sudo',
  'su',
  'ssh',
  'scp',
  'nc',
  'docker',
];

export const DEFAULT_PROTECTED_PATHS = ['.github/**', 'AGENTS.md', '**/AGENTS.md', '.codex/**', 'CODEOWNERS'];

const usdPerMillion = z.number().nonnegative();

/**
 * Prices in USD per million tokens, over the built-in price table (src/agent/pricing.ts):
 * `models.<model>` prices a model of any runtime; the flat `input`/`cached-input`/`output` (the
 * form from before there were two runtimes) prices every Codex run, whatever its model.
 */
const pricing = z
  .strictObject({
    input: usdPerMillion.optional(),
    'cached-input': usdPerMillion.optional(),
    output: usdPerMillion.optional(),
    models: z
      .record(
        z.string().min(1),
        z.strictObject({
          input: usdPerMillion,
          'cached-input': usdPerMillion,
          'cache-write': usdPerMillion.optional(),
          'cache-write-1h': usdPerMillion.optional(),
          output: usdPerMillion,
        }),
      )
      .default({}),
  })
  .refine((p) => (p.input === undefined) === (p.output === undefined), {
    error:
      'set input and output together (and cached-input, else cached input costs as much as input), or neither.',
  });

/** The agent CLIs a phase can run on (src/agent/runtime.ts). */
export const RUNTIMES = ['codex', 'claude'] as const;
export type RuntimeName = (typeof RUNTIMES)[number];
const runtime = z.enum(RUNTIMES, {
  error: (issue) => `'${String(issue.input)}'. Expected one of: ${RUNTIMES.join(', ')}.`,
});
/** dev and fix write code and run commands: only Codex has the sandbox and the command audit for that. */
const writingRuntime = z.enum(['codex'], {
  error: (issue) =>
    issue.input === 'claude'
      ? 'claude runs only the read-only phases (plan, review, retro): dev and fix write code and run commands, which needs the codex runtime (its sandbox, execpolicy rules and command audit). Remove the key or set it to codex.'
      : `'${String(issue.input)}'. Expected codex (the only runtime that may write).`,
});

/**
 * The policy file (`.github/codex-orchestrator.yml`). Every object is strict so that a misspelt
 * key is an error rather than a silently ignored setting.
 */
export const configSchema = z.strictObject({
  labels: z
    .strictObject({
      prefix: z
        .string()
        .regex(/^[A-Za-z0-9][\w.-]*$/, {
          error: 'Expected letters, digits, ".", "_" or "-", starting with a letter or digit, such as codex.',
        })
        .default('codex'),
    })
    .prefault({}),
  backlog: z
    .strictObject({
      source: z.enum(['github', 'docs']).default('github'),
      /** Globs relative to the repository root (DESIGN §6). */
      docs: z
        .strictObject({
          issues: docsGlob.default('docs/projects/**/issues/*.md'),
          milestones: docsGlob.default('docs/projects/**/milestones/*.md'),
        })
        .prefault({}),
    })
    .prefault({}),
  verify: z
    .strictObject({
      commands: stringList.default([]),
      'timeout-minutes': z.number().int().positive().max(360).default(20),
    })
    .prefault({}),
  commands: z
    .strictObject({
      allow: stringList.default(DEFAULT_ALLOWED_COMMANDS),
      deny: stringList.default(DEFAULT_DENIED_COMMANDS),
    })
    .prefault({}),
  'protected-paths': stringList.default(DEFAULT_PROTECTED_PATHS),
  prompts: z.record(z.string(), z.string().min(1)).default({}),
  reviewers: z.strictObject({ users: stringList.default([]), teams: stringList.default([]) }).prefault({}),
  review: z
    .strictObject({
      /** Superseded by `runtimes.review`; kept so that existing files with `runner: codex` still load. */
      runner: z
        .enum(['codex'], {
          error:
            'is superseded by runtimes.review: set runtimes: { review: claude } (or [codex, claude] for a second opinion)',
        })
        .default('codex'),
      'diff-budget-bytes': z.number().int().min(1000).default(60_000),
      'allow-forks': z.boolean().default(false),
    })
    .prefault({}),
  budgets: z
    .strictObject({
      'phase-timeout-minutes': z.number().positive().max(360).default(30),
      'criterion-timeout-minutes': z.number().positive().max(360).default(15),
      'item-token-cap': z.number().int().positive().nullable().default(null),
      'item-cost-cap-usd': z.number().positive().nullable().default(null),
    })
    .prefault({}),
  sandbox: z.strictObject({ network: z.boolean().default(false) }).prefault({}),
  /** The retrospective (DESIGN §1): it recommends; it changes the backlog only with `apply`. */
  retro: z
    .strictObject({
      apply: z.boolean().default(false),
      /**
       * Days without activity after which an open item is reported as stale; with `apply`, an item
       * someone else changed within them is not closed (unless it duplicates an open one).
       */
      'stale-days': z.number().int().min(1).max(3650).default(30),
      /**
       * The most issues one retrospective closes with `apply`. Small: a week's clean-up (a duplicate
       * pair, a stale item or two) fits, and an answer steered by a planted issue closes no more.
       */
      'max-closes': z.number().int().min(0).max(20).default(3),
      /** A new issue per retrospective, or a comment on the dashboard issue. */
      report: z.enum(['issue', 'dashboard-comment']).default('issue'),
    })
    .prefault({}),
  pricing: pricing.prefault({}),
  /** `codex-orchestrator eval` (README, Evaluate before you trust). */
  eval: z
    .strictObject({
      /** The most one eval run may cost; cases stop being started before it is exceeded. */
      'cost-cap-usd': z.number().positive().nullable().default(null),
      /**
       * How far recall or verdict accuracy may fall below `--baseline` before the eval exits 1: a
       * fraction (0.05 = five points), so that the noise of a few cases does not fail a change.
       */
      'max-drop': z.number().min(0).max(1).default(0.05),
    })
    .prefault({}),
  /**
   * Which agent CLI runs each model-calling phase: `codex` everywhere by default; `claude` (Claude
   * Code, read-only tools) for plan, review and retro. review takes a list for a second opinion.
   */
  runtimes: z
    .strictObject({
      plan: runtime.default('codex'),
      review: z
        .union([runtime, z.array(runtime).min(1).max(2)], {
          error: `Expected one of ${RUNTIMES.join(', ')}, or a list of them such as [codex, claude].`,
        })
        .default('codex')
        .refine((r) => !Array.isArray(r) || new Set(r).size === r.length, {
          error: 'a runtime is listed twice. Expected distinct runtimes such as [codex, claude].',
        }),
      retro: runtime.default('codex'),
      dev: writingRuntime.default('codex'),
      fix: writingRuntime.default('codex'),
    })
    .prefault({}),
  'max-iterations': z.number().int().min(1).max(100).default(10),
  'max-parallel': z.number().int().min(1).max(20).default(1),
  /** How many items one scan starts; unset, `max-parallel` (so `max-parallel: 3` starts three). */
  'max-items-per-run': z.number().int().min(1).max(100).optional(),
  'consecutive-failure-limit': z.number().int().min(1).max(100).default(3),
});

export type Config = z.output<typeof configSchema>;

/** Thrown when the policy file is malformed; every problem names the file, line and key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid config file ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** How many items one scan may start: `max-items-per-run`, else `max-parallel`. */
export const itemsPerScan = (config: Pick<Config, 'max-items-per-run' | 'max-parallel'>): number =>
  config['max-items-per-run'] ?? config['max-parallel'];

/** The configuration used when the repository has no policy file. */
export const defaultConfig = (): Config => configSchema.parse({});

/**
 * Parses the policy file's text. YAML syntax errors and schema problems are collected and thrown
 * together as one ConfigError, each located as `file:line` with the dotted key.
 */
export function parseConfig(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? '' : `:${lineCounter.linePos(offset).line}`;
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => `${file}${lineOf(e.pos[0])}: YAML syntax error: ${e.message.split('\n')[0]}`),
    );
  }
  const value: unknown = toValue(doc, file, lineOf);
  const parsed = configSchema.safeParse(value);
  if (parsed.success) return parsed.data;

  const problems = parsed.error.issues.flatMap((issue) => {
    const keys =
      issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    return keys.map((path) => {
      const node = nodeAt(doc.contents, path as (string | number)[]);
      const key = path.length > 0 ? path.join('.') : '(top level)';
      const message =
        issue.code === 'unrecognized_keys'
          ? `unknown key. Expected one of: ${knownKeys(issue.path as (string | number)[]).join(', ')}.`
          : `${issue.message}${got(valueAt(value, path as (string | number)[]))}`;
      const line = node?.range ? lineCounter.linePos(node.range[0]).line : 0;
      return { line, text: `${file}${lineOf(node?.range?.[0])}: ${key}: ${message}` };
    });
  });
  // People read the list top to bottom alongside the file, so report in file order.
  problems.sort((a, b) => a.line - b.line);
  throw new ConfigError(
    file,
    problems.map((p) => p.text),
  );
}

/**
 * Aliases (`*name`) may expand to at most this many nodes. A policy file has no use for more, and
 * an "alias bomb" (anchors of anchors, a few lines long) would otherwise build millions.
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * The document as plain data. The yaml package reports aliases that cannot be resolved, and an
 * expansion over `maxAliasCount`, as a bare ReferenceError; this turns both into a ConfigError
 * that names the file, the line of the alias and the fix.
 */
function toValue(doc: Document, file: string, lineOf: (offset: number | undefined) => string): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const aliases: { name: string; offset: number | undefined }[] = [];
    visit(doc, {
      Alias(_, node) {
        if (isAlias(node)) aliases.push({ name: node.source, offset: node.range?.[0] });
      },
    });
    const anchors = new Set<string>();
    visit(doc, {
      Node(_, node) {
        if (node.anchor) anchors.add(node.anchor);
      },
    });
    const unresolved = aliases.filter((a) => !anchors.has(a.name));
    if (unresolved.length > 0) {
      throw new ConfigError(
        file,
        unresolved.map(
          (a) =>
            `${file}${lineOf(a.offset)}: YAML alias *${a.name} names no anchor (&${a.name}) before it. Define the anchor first, or write the value out.`,
        ),
      );
    }
    throw new ConfigError(file, [
      `${file}${lineOf(aliases[0]?.offset)}: YAML aliases expand to more than ${MAX_ALIAS_COUNT} nodes (${aliases.length} alias(es) in the file), which is how a resource-exhaustion "alias bomb" looks. Write the values out instead of nesting anchors.`,
    ]);
  }
}

/** Reads and parses the policy file; a missing file means the defaults. */
export async function loadConfig(path: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaultConfig();
    throw error;
  }
  return parseConfig(text, path);
}

type YamlNode = { range?: [number, number, number] | null } | null | undefined;

/** Finds the YAML node for a key path, preferring the key itself so the line points at the key. */
function nodeAt(root: unknown, path: (string | number)[]): YamlNode {
  let node: unknown = root;
  let found: YamlNode = root as YamlNode;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) return found;
      found = pair.key as YamlNode;
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node && typeof segment === 'number') {
      const item = (node as { items: unknown[] }).items[segment];
      if (!item) return found;
      found = item as YamlNode;
      node = item;
    } else {
      return found;
    }
  }
  return found;
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  let current = root;
  for (const segment of path) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** Names the offending value when it is short enough to read in one line. */
function got(value: unknown): string {
  if (value === undefined || (typeof value === 'object' && value !== null)) return '';
  const text = JSON.stringify(value);
  return text.length <= 80 ? ` (got ${text})` : '';
}

function knownKeys(path: (string | number)[]): string[] {
  let schema: z.ZodType = configSchema;
  for (const segment of path) {
    const inner = unwrap(schema);
    if (inner instanceof z.ZodObject) schema = inner.shape[segment as string] as z.ZodType;
  }
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (let i = 0; i < 5; i++) {
    const def = (current as unknown as { def: { innerType?: z.ZodType; in?: z.ZodType } }).def;
    const next = def.innerType ?? def.in;
    if (!next) break;
    current = next;
  }
  return current;
}
