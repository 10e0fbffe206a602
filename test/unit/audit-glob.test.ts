import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTECTED_PATHS } from '../../src/config.js';
import { globToRegExp, matchingGlobs } from '../../src/safety/glob.js';

const matches = (path: string, glob: string) => globToRegExp(glob).test(path);

describe('glob matcher', () => {
  it.each([
    ['.github/workflows/ci.yml', '.github/**', true],
    ['.github', '.github/**', true],
    ['src/.github/x', '.github/**', false],
    ['AGENTS.md', '**/AGENTS.md', true],
    ['a/b/AGENTS.md', '**/AGENTS.md', true],
    ['.codex/AGENTS.md', '**/AGENTS.md', true],
    ['x/.hidden/y', '**/y', true],
    ['AGENTS.md', 'AGENTS.md', true],
    ['docs/AGENTS.md', 'AGENTS.md', false],
    ['NOTAGENTS.md', '**/AGENTS.md', false],
    ['src/a.ts', 'src/*.ts', true],
    ['src/.a.ts', 'src/*.ts', true],
    ['src/b/a.ts', 'src/*.ts', false],
    ['src/b/a.ts', 'src/**/*.ts', true],
    ['src/a.ts', 'src/**/*.ts', true],
    ['a/b', 'a/{b,c}', true],
    ['a/d', 'a/{b,c}', false],
    ['a1', 'a[0-9]', true],
    ['ab', 'a[!0-9]', true],
    ['a1', 'a[!0-9]', false],
    ['a.b', 'a?b', true],
    ['a/b', 'a?b', false],
    ['.GitHub/workflows/x.yml', '.github/**', true],
    ['CODEOWNERS', '/CODEOWNERS', true],
    ['docs/x.md', 'docs/', true],
    ['file(1).txt', 'file(1).txt', true],
    ['fileX1).txt', 'file(1).txt', false],
    ['a+b', 'a+b', true],
    ['aab', 'a+b', false],
  ])('%s vs %s → %s', (path, glob, expected) => {
    expect(matches(path, glob)).toBe(expected);
  });

  it('reports which default protected globs a path hits', () => {
    expect(matchingGlobs('.github/workflows/ci.yml', DEFAULT_PROTECTED_PATHS)).toEqual(['.github/**']);
    expect(matchingGlobs('AGENTS.md', DEFAULT_PROTECTED_PATHS)).toEqual(['AGENTS.md', '**/AGENTS.md']);
    expect(matchingGlobs('./CODEOWNERS', DEFAULT_PROTECTED_PATHS)).toEqual(['CODEOWNERS']);
    expect(matchingGlobs('src/index.ts', DEFAULT_PROTECTED_PATHS)).toEqual([]);
  });
});
