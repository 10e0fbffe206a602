import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findDocsFiles, loadDocsBacklog } from '../../src/backlog/docs.js';
import { describeProblem } from '../../src/backlog/problems.js';
import { ConfigError, parseConfig } from '../../src/config.js';

const GLOBS = { issues: 'docs/projects/**/issues/*.md', milestones: 'docs/projects/**/milestones/*.md' };
const ITEM = (id: string) => `---\nid: ${id}\ntitle: Item ${id}\n---\n`;

/** A repository folder and, beside it, a folder of the runner the docs source must never read. */
let root: string;
let repo: string;
let outside: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'docs-paths-'));
  repo = join(root, 'repo');
  outside = join(root, 'runner');
  await put(outside, 'secret.md', ITEM('stolen'));
  await put(outside, 'issues/secret.md', ITEM('stolen-too'));
  await put(repo, 'docs/projects/p/issues/a.md', ITEM('a'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(base: string, path: string, text: string) {
  await mkdir(dirname(join(base, path)), { recursive: true });
  await writeFile(join(base, path), text);
}

describe('docs globs that would leave the repository', () => {
  const LEAVING: [string, string][] = [
    ['../runner/*.md', "has a '..' segment"],
    ['docs/../../runner/*.md', "has a '..' segment"],
    ['{docs,..}/**/*.md', "has a '..' segment"],
    ['@(..|docs)/*.md', "has a '..' segment"],
    ['\\.\\./runner/*.md', "has a '..' segment"],
    ['..\\runner\\*.md', "has a '..' segment"],
    ['/etc/*.md', 'is an absolute path'],
    ['{docs/x,/etc}/*.md', 'is an absolute path'],
    ['\\etc\\*.md', 'is an absolute path'],
    ['C:/runner/*.md', 'is an absolute path'],
  ];

  it.each(LEAVING)('refuses %j in the config, at its line, and in the loader', async (glob, why) => {
    const text = `backlog:\n  source: docs\n  docs:\n    issues: ${JSON.stringify(glob)}\n`;
    let error: unknown;
    try {
      parseConfig(text, '.github/codex-orchestrator.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain(
      `.github/codex-orchestrator.yml:4: backlog.docs.issues: The glob ${why}: docs globs are relative to the repository root and may not leave it`,
    );
    // A caller that skips the config gets the same rule, before anything is listed.
    await expect(loadDocsBacklog(repo, { ...GLOBS, milestones: glob })).rejects.toThrow(
      `backlog.docs.milestones '${glob}' ${why}: the docs globs are relative to the repository root and may not leave it.`,
    );
  });

  it('keeps globs that only look alike', () => {
    for (const glob of [
      'docs/..x/*.md',
      'docs/x../*.md',
      'docs/.../*.md',
      './docs/**/*.md',
      'docs/{a,b}/*.md',
    ]) {
      expect(
        () => parseConfig(`backlog:\n  docs:\n    issues: ${JSON.stringify(glob)}\n`, 'c.yml'),
        glob,
      ).not.toThrow();
    }
  });
});

describe('files reached through symbolic links', () => {
  it('reports a linked file that leads outside at its path, and never reads it', async () => {
    await symlink(join(outside, 'secret.md'), join(repo, 'docs/projects/p/issues/secret.md'));
    const backlog = await loadDocsBacklog(repo, GLOBS);
    expect(backlog.items.map((i) => i.id)).toEqual(['a']);
    expect(backlog.problems.map(describeProblem)).toEqual([
      'docs/projects/p/issues/secret.md:1: reached through a symbolic link that leads outside the repository, so it was not read. Replace the link with the file itself, or move it.',
    ]);
  });

  it('reports every file under a linked folder that leads outside, relative links too', async () => {
    await symlink('../../../../runner/issues', join(repo, 'docs/projects/p/linked'));
    await mkdir(join(repo, 'docs/projects/q'), { recursive: true });
    await symlink(outside, join(repo, 'docs/projects/q/issues'));
    const backlog = await loadDocsBacklog(repo, { ...GLOBS, issues: 'docs/projects/**/*.md' });
    expect(backlog.items.map((i) => i.id)).toEqual(['a']);
    expect(backlog.problems.map((p) => [p.kind, 'file' in p && p.file])).toEqual([
      ['outside', 'docs/projects/p/linked/secret.md'],
      ['outside', 'docs/projects/q/issues/issues/secret.md'],
      ['outside', 'docs/projects/q/issues/secret.md'],
    ]);
  });

  it('reports a link above the globbed folders, the milestones too', async () => {
    await rm(join(repo, 'docs'), { recursive: true });
    await put(outside, 'projects/p/issues/x.md', ITEM('x'));
    await put(outside, 'projects/p/milestones/m.md', '---\ntitle: M\n---\n');
    await symlink(outside, join(repo, 'docs'));
    const found = await findDocsFiles(repo, GLOBS);
    expect(found).toEqual({
      issues: [],
      milestones: [],
      outside: ['docs/projects/p/issues/x.md', 'docs/projects/p/milestones/m.md'],
    });
    const backlog = await loadDocsBacklog(repo, GLOBS);
    expect([backlog.items, backlog.milestones]).toEqual([[], []]);
    expect(backlog.problems.map((p) => p.kind)).toEqual(['outside', 'outside']);
  });

  it('reads links that stay inside the repository', async () => {
    await put(repo, 'shared/b.md', ITEM('b'));
    await put(repo, 'elsewhere/c.md', ITEM('c'));
    await symlink('../../../../shared/b.md', join(repo, 'docs/projects/p/issues/b.md'));
    await symlink(join(repo, 'elsewhere'), join(repo, 'docs/projects/s'));
    const backlog = await loadDocsBacklog(repo, { ...GLOBS, issues: 'docs/projects/**/*.md' });
    expect(backlog.problems).toEqual([]);
    expect(backlog.items.map((i) => [i.id, i.source.kind === 'docs' && i.source.file])).toEqual([
      ['a', 'docs/projects/p/issues/a.md'],
      ['b', 'docs/projects/p/issues/b.md'],
      ['c', 'docs/projects/s/c.md'],
    ]);
  });
});
