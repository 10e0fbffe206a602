import { describe, expect, it } from 'vitest';
import { assertOwnBranch, BranchPrefixError, branchName, slugify } from '../../src/git/branch.js';

describe('slugify', () => {
  it('keeps ascii words joined by single hyphens', () => {
    expect(slugify('Add  a --dark-- mode (settings)!')).toBe('add-a-dark-mode-settings');
  });
  it('folds accents and drops other scripts', () => {
    expect(slugify('Café crème für Ünïcode 日本語')).toBe('cafe-creme-fur-unicode');
  });
  it('cuts at a word boundary at 40 characters at most', () => {
    const slug = slugify('Implement the retrospective phase with deprecations merges and priority changes');
    expect(slug).toBe('implement-the-retrospective-phase-with');
    expect(slug.length).toBeLessThanOrEqual(40);
  });
  it('cuts one very long word', () => {
    expect(slugify('a'.repeat(60))).toBe('a'.repeat(40));
  });
  it('falls back to "item" when nothing is usable', () => {
    expect(slugify('日本語 !!!')).toBe('item');
  });
  it('builds <prefix>/<id>-<slug>', () => {
    expect(branchName('codex', 42, 'Fix: login fails')).toBe('codex/42-fix-login-fails');
  });
});

describe('assertOwnBranch', () => {
  it('accepts a branch under the prefix', () => {
    expect(() => assertOwnBranch('codex/42-fix-login', 'codex')).not.toThrow();
  });
  it.each([
    'main',
    'codex',
    'codex/',
    'codexx/1-a',
    'other/codex/1-a',
    'codex/1-a:refs/heads/main',
    '+codex/1-a',
    'codex/../main',
    'codex/1-a.lock',
    'codex/.hidden',
    'codex//x',
    'codex/a b',
  ])('refuses %j', (branch) => {
    expect(() => assertOwnBranch(branch, 'codex')).toThrow(BranchPrefixError);
  });
  it('names the branch, the prefix and where the prefix comes from', () => {
    expect(() => assertOwnBranch('main', 'codex')).toThrow(
      /Refusing to push 'main'.*under 'codex\/'.*labels\.prefix/,
    );
  });
});
