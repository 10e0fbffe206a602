/**
 * The prompts shipped with the action. Each path is a static `new URL(..., import.meta.url)` so
 * that ncc's asset relocator copies the file next to the bundle and rewrites the path; a computed
 * path (a template string) is NOT relocated, and a missing file is silently turned into a broken
 * module, so every entry here must name an existing file (test/unit/prompts-load.test.ts checks
 * both directions: every entry exists, every prompts/*.md has an entry).
 */
export const BUNDLED_PROMPTS = {
  plan: new URL('../../prompts/plan.md', import.meta.url),
  'dev-auto-parallel': new URL('../../prompts/dev-auto-parallel.md', import.meta.url),
  review: new URL('../../prompts/review.md', import.meta.url),
  'dev-auto-fix-review': new URL('../../prompts/dev-auto-fix-review.md', import.meta.url),
} as const;

/** The name of a prompt the action ships (`prompts/<name>.md`). */
export type PromptName = keyof typeof BUNDLED_PROMPTS;

export const PROMPT_NAMES = Object.keys(BUNDLED_PROMPTS) as PromptName[];
