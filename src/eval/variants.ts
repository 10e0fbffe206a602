import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { z } from 'zod';
import { modelOf, runtimesFor } from '../agent/runtime.js';
import { type Config, RUNTIMES, type RuntimeName } from '../config.js';
import { EFFORTS, type Effort, type Inputs } from '../inputs.js';
import { parseYaml } from './yaml.js';

/**
 * What an eval compares: a runtime, a model, an effort and optionally the prompt templates, each
 * unset part being what the config and the input flags say (the default variant sets none).
 */
export interface Variant {
  /** Its name in reports, and what `--baseline` matches variants by. */
  name: string;
  /** Absent: the configured runtime of each role (`runtimes` in the config). */
  runtime: RuntimeName | undefined;
  model: string | undefined;
  effort: Effort | undefined;
  /** Absolute paths of templates that replace the shipped (or configured) `review` and `plan` prompts. */
  prompts: { review?: string; plan?: string };
}

const NAME = /^[\w.@:+-][\w .@:+/-]{0,59}$/;

const variantSchema = z
  .strictObject({
    name: z
      .string()
      .regex(NAME, { error: "Expected up to 60 letters, digits, spaces or '.@:+/-_', such as gpt-5.5 high." })
      .optional(),
    runtime: z
      .enum(RUNTIMES, {
        error: (issue) => `'${String(issue.input)}'. Expected one of: ${RUNTIMES.join(', ')}.`,
      })
      .optional(),
    model: z.string().trim().min(1).optional(),
    effort: z
      .enum(EFFORTS, {
        error: (issue) => `'${String(issue.input)}'. Expected one of: ${EFFORTS.join(', ')}.`,
      })
      .optional(),
    prompts: z
      .strictObject({ review: z.string().min(1).optional(), plan: z.string().min(1).optional() })
      .default({}),
  })
  .refine((v) => !v.model || v.runtime, {
    path: ['model'],
    error: 'a model belongs to one runtime. Add runtime: codex or runtime: claude.',
  })
  .refine((v) => !(v.runtime === 'claude' && v.effort), {
    path: ['effort'],
    error: 'effort applies to the codex runtime only; Claude Code takes none. Remove it.',
  });

const fileSchema = z.strictObject({
  variants: z.array(variantSchema).min(1, { error: 'lists no variant. Expected at least one.' }),
});

/** Thrown when the variants file is unreadable or invalid; every problem with its line. */
export class VariantsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid variants:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'VariantsError';
  }
}

/** The variant of a run without `--variants`: the config and the input flags as they are. */
export const DEFAULT_VARIANT: Variant = {
  name: 'default',
  runtime: undefined,
  model: undefined,
  effort: undefined,
  prompts: {},
};

/**
 * Reads a variants file: `variants:` a list of `{name, runtime, model, effort, prompts: {review,
 * plan}}`; prompt paths are relative to the file. Names default to the parts that are set, and
 * must differ (the baseline gate matches by name); prompt files must exist.
 */
export async function loadVariants(file: string): Promise<Variant[]> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) throw new VariantsError([`${file}: no such file.`]);
  const parsed = parseYaml(text, file, fileSchema);
  if (!parsed.ok) throw new VariantsError(parsed.problems);
  const problems: string[] = [];
  const variants = parsed.value.variants.map((v, index): Variant => {
    const prompts: Variant['prompts'] = {};
    for (const role of ['review', 'plan'] as const) {
      const path = v.prompts[role];
      if (path) prompts[role] = resolve(dirname(file), path);
    }
    const name =
      v.name ??
      ([v.runtime, v.model, v.effort, ...Object.keys(prompts).map((r) => `${r} prompt`)]
        .filter(Boolean)
        .join(' ') ||
        `variant ${index + 1}`);
    return { name, runtime: v.runtime, model: v.model, effort: v.effort, prompts };
  });
  const seen = new Set<string>();
  for (const [index, v] of variants.entries()) {
    if (seen.has(v.name))
      problems.push(`${file}: variants.${index}.name: '${v.name}' is used twice. Expected distinct names.`);
    seen.add(v.name);
    for (const [role, path] of Object.entries(v.prompts)) {
      const isFile = await stat(path).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!isFile) problems.push(`${file}: variants.${index}.prompts.${role}: ${path} is not a file.`);
    }
  }
  if (problems.length > 0) throw new VariantsError(problems);
  return variants;
}

/**
 * The config and inputs a variant runs with: its runtime for both roles, its model as the input of
 * that runtime, its effort, and its prompts over the configured ones.
 */
export function applyVariant(
  variant: Variant,
  config: Config,
  inputs: Inputs,
): { config: Config; inputs: Inputs } {
  const runtimes = variant.runtime
    ? { ...config.runtimes, review: variant.runtime, plan: variant.runtime }
    : // A second-opinion list is one reviewer per variant here: its first.
      { ...config.runtimes, review: runtimesFor(config, 'review')[0] ?? 'codex' };
  const model = variant.model
    ? variant.runtime === 'claude'
      ? { claudeModel: variant.model }
      : { model: variant.model }
    : {};
  return {
    config: { ...config, runtimes, prompts: { ...config.prompts, ...variant.prompts } },
    inputs: {
      ...inputs,
      // A model belongs to one runtime: a variant on claude sets the claude-model input, else model.
      ...model,
      ...(variant.effort ? { effort: variant.effort } : {}),
    },
  };
}

/** How a variant reads in a report: `codex · gpt-5.5 · high · review prompt strict.md`. */
export function describeVariant(variant: Variant, inputs: Inputs, config: Config): string {
  const applied = applyVariant(variant, config, inputs);
  const roleText = (role: 'review' | 'plan') => {
    const runtime = runtimesFor(applied.config, role)[0] ?? 'codex';
    const effort = runtime === 'codex' ? applied.inputs.effort : '';
    return [runtime, modelOf(runtime, applied.inputs) ?? 'default model', effort].filter(Boolean).join(' · ');
  };
  const review = roleText('review');
  const plan = roleText('plan');
  return [
    review === plan ? review : `review: ${review}; plan: ${plan}`,
    ...Object.entries(variant.prompts).map(([role, path]) => `${role} prompt ${basename(path)}`),
  ].join(' · ');
}
