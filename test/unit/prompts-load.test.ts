import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PROMPTS, PROMPT_NAMES } from '../../src/prompts/bundled.js';
import { checkPromptOverrides, loadPrompt, renderPrompt } from '../../src/prompts/load.js';

const promptsDir = fileURLToPath(new URL('../../prompts/', import.meta.url));
const noOverrides = { overrides: {}, readDefaultBranchFile: async () => undefined };

describe('bundled prompts', () => {
  it('registers exactly the files in prompts/ (ncc only bundles registered, existing files)', () => {
    const files = readdirSync(promptsDir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3))
      .sort();
    expect([...PROMPT_NAMES].sort()).toEqual(files);
    for (const name of PROMPT_NAMES) {
      expect(fileURLToPath(BUNDLED_PROMPTS[name])).toBe(`${promptsDir}${name}.md`);
    }
  });

  it('loads the shipped prompt when no override is configured', async () => {
    const prompt = await loadPrompt('plan', noOverrides);
    expect(prompt.origin).toBe('bundled');
    expect(prompt.template).toBe(readFileSync(`${promptsDir}plan.md`, 'utf8'));
  });
});

describe('prompt overrides', () => {
  it('reads prompts.<name> from the default branch', async () => {
    const asked: string[] = [];
    const text = await renderPrompt(
      'plan',
      { issue_number: '3' },
      {
        overrides: { plan: '.github/prompts/plan.md' },
        readDefaultBranchFile: async (path) => {
          asked.push(path);
          return 'Custom plan for #{{issue_number}}';
        },
      },
    );
    expect(asked).toEqual(['.github/prompts/plan.md']);
    expect(text).toBe('Custom plan for #3');
  });

  it('names the missing file and the fix', async () => {
    await expect(loadPrompt('plan', { ...noOverrides, overrides: { plan: 'nope.md' } })).rejects.toThrow(
      'The config sets prompts.plan: nope.md, but nope.md does not exist on the default branch. ' +
        'Commit the file to the default branch, or remove the setting to use the shipped prompt.',
    );
  });

  it('rejects an override for a prompt that does not exist', () => {
    expect(() => checkPromptOverrides({ pln: 'x.md' })).toThrow(
      `Unknown prompt name in the config's prompts: pln. Expected one of: ${PROMPT_NAMES.join(', ')}.`,
    );
  });

  it('reports an unknown placeholder in an override with the file it came from', async () => {
    await expect(
      renderPrompt(
        'plan',
        { issue: 'x' },
        { overrides: { plan: 'p.md' }, readDefaultBranchFile: async () => '{{isue}}' },
      ),
    ).rejects.toThrow(
      "'plan (p.md on the default branch)' uses unknown placeholder {{isue}}. Known placeholders: {{issue}}.",
    );
  });
});
