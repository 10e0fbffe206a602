import { INPUT_DEFAULTS, type INPUT_NAMES, type Inputs, readInputs } from '../inputs.js';

/**
 * The action's inputs that apply on a laptop, as flags of the same name (DESIGN §12): the CLI reads
 * them through the action's own input schema, so a flag takes exactly the values the input does.
 * The keys come from the environment, never a flag (a flag lands in the shell's history).
 */
export const INPUT_FLAGS = [
  'model',
  'effort',
  'responses-api-endpoint',
  'codex-version',
  'codex-path',
  'anthropic-base-url',
  'claude-model',
  'claude-code-version',
  'config-file',
  'max-review-cycles',
] as const satisfies readonly (typeof INPUT_NAMES)[number][];

/** Where each key comes from. */
export const KEY_ENV = {
  'openai-api-key': 'OPENAI_API_KEY',
  'anthropic-api-key': 'ANTHROPIC_API_KEY',
  'session-key': 'CODEX_SESSION_KEY',
} as const;

/** parseArgs options for the input flags (all strings, as the runner passes inputs). */
export const inputFlagOptions = Object.fromEntries(
  INPUT_FLAGS.map((name) => [name, { type: 'string' as const }]),
) as Record<(typeof INPUT_FLAGS)[number], { type: 'string' }>;

/** The lines of the usage text that list the input flags, with their defaults. */
export const inputFlagUsage = (): string =>
  INPUT_FLAGS.map((name) => {
    const fallback = INPUT_DEFAULTS[name];
    return `  --${name.padEnd(24)}the action input ${name}${fallback ? ` (default ${fallback})` : ''}`;
  }).join('\n');

/**
 * The inputs from the flags and the environment; anything else is the action's default. Throws
 * InputError listing every bad value, named by its flag.
 */
export function inputsFromFlags(
  flags: Partial<Record<(typeof INPUT_FLAGS)[number], string | undefined>>,
  env: NodeJS.ProcessEnv,
): Inputs {
  return readInputs((name) => {
    if (name in KEY_ENV) return env[KEY_ENV[name as keyof typeof KEY_ENV]] ?? '';
    if ((INPUT_FLAGS as readonly string[]).includes(name))
      return flags[name as (typeof INPUT_FLAGS)[number]] ?? '';
    return '';
  });
}
