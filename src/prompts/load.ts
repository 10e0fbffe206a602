import { readFile } from 'node:fs/promises';
import { BUNDLED_PROMPTS, PROMPT_NAMES, type PromptName } from './bundled.js';
import { renderTemplate } from './render.js';

/** Where prompt overrides come from: config `prompts.<name>: path`, read from the default branch. */
export interface PromptSource {
  /** The config's `prompts` map. */
  overrides: Readonly<Record<string, string>>;
  /**
   * Reads a file from the repository's default branch (never a PR head: DESIGN §8.10), undefined
   * when it does not exist. Usually `(path) => readDefaultBranchFile(client, repo, path)`.
   */
  readDefaultBranchFile: (path: string) => Promise<string | undefined>;
}

/** A prompt template and where it came from (for logs). */
export interface LoadedPrompt {
  name: PromptName;
  template: string;
  /** `bundled` or `<path> on the default branch`. */
  origin: string;
}

/** Fails on a `prompts.<name>` key that names no shipped prompt (a typo would be ignored silently). */
export function checkPromptOverrides(overrides: Readonly<Record<string, string>>): void {
  const unknown = Object.keys(overrides).filter((key) => !(PROMPT_NAMES as string[]).includes(key));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown prompt name${unknown.length > 1 ? 's' : ''} in the config's prompts: ${unknown.join(', ')}. ` +
        `Expected one of: ${PROMPT_NAMES.join(', ')}.`,
    );
  }
}

/** Loads a prompt template: the repository's override when configured, else the shipped one. */
export async function loadPrompt(name: PromptName, source: PromptSource): Promise<LoadedPrompt> {
  checkPromptOverrides(source.overrides);
  const path = source.overrides[name];
  if (path) {
    const text = await source.readDefaultBranchFile(path);
    if (text === undefined) {
      throw new Error(
        `The config sets prompts.${name}: ${path}, but ${path} does not exist on the default branch. ` +
          'Commit the file to the default branch, or remove the setting to use the shipped prompt.',
      );
    }
    return { name, template: text, origin: `${path} on the default branch` };
  }
  return { name, template: await readFile(BUNDLED_PROMPTS[name], 'utf8'), origin: 'bundled' };
}

/** Substitutes a loaded prompt's placeholders (see renderTemplate: nothing is executed). */
export function fillPrompt(prompt: LoadedPrompt, values: Readonly<Record<string, string>>): string {
  return renderTemplate(`${prompt.name} (${prompt.origin})`, prompt.template, values);
}

/** Loads a prompt and substitutes its placeholders. */
export async function renderPrompt(
  name: PromptName,
  values: Readonly<Record<string, string>>,
  source: PromptSource,
): Promise<string> {
  return fillPrompt(await loadPrompt(name, source), values);
}
