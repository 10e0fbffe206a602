import { z } from 'zod';
import * as core from './log.js';

/** The phases the action knows; `auto` routes the triggering event to one of the others. */
export const PHASES = ['auto', 'scan', 'plan', 'dev', 'review', 'fix', 'verify', 'retro', 'setup'] as const;
export type Phase = (typeof PHASES)[number];
export const AUTONOMY_LEVELS = ['observe', 'plan', 'draft', 'loop'] as const;
export type Autonomy = (typeof AUTONOMY_LEVELS)[number];
export const EFFORTS = ['minimal', 'low', 'medium', 'high', 'xhigh'] as const;
export type Effort = (typeof EFFORTS)[number];
export const DISPATCH_MODES = ['workflow', 'none'] as const;

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().refine((v): v is T[number] => (values as readonly string[]).includes(v), {
    error: (issue) => `'${String(issue.input)}'. Expected one of: ${values.join(', ')}.`,
  }) as unknown as z.ZodType<T[number], string>;

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().refine((v) => v === '' || (values as readonly string[]).includes(v), {
    error: (issue) =>
      `'${String(issue.input)}'. Expected one of: ${values.join(', ')} (or empty for the default).`,
  }) as unknown as z.ZodType<T[number] | '', string>;

const boolean = z
  .string()
  .refine((v) => TRUE.includes(v) || FALSE.includes(v), {
    error: (issue) => `'${String(issue.input)}'. Expected true or false.`,
  })
  .transform((v) => TRUE.includes(v));

/** Splits a comma- or newline-separated list, trimming entries and dropping empty ones. */
export const splitList = (value: string): string[] =>
  value
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');

const list = z.string().transform(splitList);

const url = z.string().refine((v) => v === '' || URL.canParse(v), {
  error: (issue) =>
    `'${String(issue.input)}'. Expected an absolute URL such as https://example.com/v1 (or empty).`,
});

/**
 * The largest issue or pull request number GitHub can name: GraphQL's `number` is an `Int`, a
 * signed 32-bit integer. A longer number is not an issue of any repository (and beyond 2^53 it
 * would not even survive as a JavaScript number).
 */
export const MAX_ITEM_NUMBER = 2_147_483_647;

const target = z
  .string()
  .refine(
    (v) => /^(#?[1-9][0-9]*)?$/.test(v.trim()) && Number(v.trim().replace(/^#/, '') || 0) <= MAX_ITEM_NUMBER,
    {
      error: (issue) =>
        `'${String(issue.input)}'. Expected an issue or pull request number from 1 to ${MAX_ITEM_NUMBER} such as 42 (or empty).`,
    },
  )
  .transform((v) => (v.trim() === '' ? undefined : Number(v.trim().replace(/^#/, ''))));

const cycles = z
  .string()
  .refine((v) => /^[0-9]+$/.test(v.trim()) && Number(v) <= 20, {
    error: (issue) => `'${String(issue.input)}'. Expected a whole number from 0 to 20.`,
  })
  .transform((v) => Number(v));

/**
 * One zod schema for every input of action.yml, keyed by the input's name. The values are the
 * raw strings the runner passes (`INPUT_*`); a test keeps this, action.yml and the README in step.
 */
export const inputsSchema = z.object({
  phase: choice(PHASES),
  'github-token': z.string(),
  'openai-api-key': z.string(),
  'session-key': z.string(),
  'responses-api-endpoint': url,
  model: z.string(),
  effort: optionalChoice(EFFORTS),
  'codex-version': z.string().refine((v) => /^\d+\.\d+\.\d+([-.][0-9A-Za-z.-]+)?$/.test(v), {
    error: (issue) => `'${String(issue.input)}'. Expected an exact version of @openai/codex such as 0.171.0.`,
  }),
  'codex-path': z.string(),
  'anthropic-api-key': z.string(),
  'anthropic-base-url': url,
  'claude-model': z.string(),
  'claude-code-version': z.string().refine((v) => /^\d+\.\d+\.\d+([-.][0-9A-Za-z.-]+)?$/.test(v), {
    error: (issue) =>
      `'${String(issue.input)}'. Expected an exact version of @anthropic-ai/claude-code such as 2.1.332.`,
  }),
  'config-file': z
    .string()
    .min(1, { error: 'must not be empty. Expected a path such as .github/codex-orchestrator.yml.' }),
  target,
  autonomy: choice(AUTONOMY_LEVELS),
  'max-review-cycles': cycles,
  'dry-run': boolean,
  dispatch: choice(DISPATCH_MODES),
  'allowed-users': list,
  'allowed-bots': list,
});

/** The input names, in action.yml's order. */
export const INPUT_NAMES = Object.keys(inputsSchema.shape) as (keyof typeof inputsSchema.shape)[];

/**
 * Defaults used when an input is absent from the environment (a local run, a test). On GitHub the
 * runner fills them in from action.yml, so these must agree with it; a test checks that they do.
 */
export const INPUT_DEFAULTS: Record<(typeof INPUT_NAMES)[number], string> = {
  phase: 'auto',
  'github-token': '',
  'openai-api-key': '',
  'session-key': '',
  'responses-api-endpoint': '',
  model: '',
  effort: '',
  'codex-version': '0.171.0',
  'codex-path': '',
  'anthropic-api-key': '',
  'anthropic-base-url': '',
  'claude-model': '',
  'claude-code-version': '2.1.332',
  'config-file': '.github/codex-orchestrator.yml',
  target: '',
  autonomy: 'draft',
  'max-review-cycles': '2',
  'dry-run': 'false',
  dispatch: 'workflow',
  'allowed-users': '',
  'allowed-bots': '',
};

/** The validated inputs, with camelCase names. */
export interface Inputs {
  phase: Phase;
  githubToken: string;
  openaiApiKey: string;
  /** Key material of the session store (src/work/sessions.ts); empty: the model key is used. */
  sessionKey: string;
  responsesApiEndpoint: string;
  model: string;
  effort: Effort | '';
  codexVersion: string;
  codexPath: string;
  /** Claude Code's key (phases configured for the claude runtime); reaches nothing else. */
  anthropicApiKey: string;
  /** A gateway for the Anthropic Messages API; empty: Anthropic's own. */
  anthropicBaseUrl: string;
  claudeModel: string;
  claudeCodeVersion: string;
  configFile: string;
  target: number | undefined;
  autonomy: Autonomy;
  maxReviewCycles: number;
  dryRun: boolean;
  dispatch: (typeof DISPATCH_MODES)[number];
  allowedUsers: string[];
  allowedBots: string[];
}

/** Thrown when one or more inputs are invalid; the message lists every problem with its fix. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid action inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InputError';
  }
}

/**
 * Reads every input through the one schema. All problems are reported together; secrets are
 * masked before anything can log them.
 */
export function readInputs(getInput: (name: string) => string = (name) => core.getInput(name)): Inputs {
  const raw: Record<string, string> = {};
  for (const name of INPUT_NAMES) {
    const value = getInput(name);
    // An input absent from the environment (a local run, a test) reads as '': use action.yml's default.
    raw[name] = value === '' ? INPUT_DEFAULTS[name] : value;
  }
  for (const secret of [
    raw['github-token'],
    raw['openai-api-key'],
    raw['session-key'],
    raw['anthropic-api-key'],
  ]) {
    if (secret) core.setSecret(secret);
  }
  const parsed = inputsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'inputs');
      return `Invalid input '${name}': ${issue.message}`;
    });
    throw new InputError(problems);
  }
  const v = parsed.data;
  return {
    phase: v.phase,
    githubToken: v['github-token'],
    openaiApiKey: v['openai-api-key'],
    sessionKey: v['session-key'],
    responsesApiEndpoint: v['responses-api-endpoint'].replace(/\/+$/, ''),
    model: v.model.trim(),
    effort: v.effort,
    codexVersion: v['codex-version'],
    codexPath: v['codex-path'].trim(),
    anthropicApiKey: v['anthropic-api-key'],
    anthropicBaseUrl: v['anthropic-base-url'].replace(/\/+$/, ''),
    claudeModel: v['claude-model'].trim(),
    claudeCodeVersion: v['claude-code-version'],
    configFile: v['config-file'],
    target: v.target,
    autonomy: v.autonomy,
    maxReviewCycles: v['max-review-cycles'],
    dryRun: v['dry-run'],
    dispatch: v.dispatch,
    allowedUsers: v['allowed-users'],
    allowedBots: v['allowed-bots'],
  };
}
