import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkItem } from '../../src/backlog/model.js';
import { readDocsBlobs } from '../../src/engine/retro/docs-changes.js';
import { assertOwnBranch } from '../../src/git/branch.js';
import { retroBranch } from '../../src/phases/retro/apply-docs.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

const item = (file: string): WorkItem => ({
  id: file,
  title: file,
  body: '',
  priority: 'medium',
  milestone: undefined,
  status: 'open',
  blockedBy: [],
  blocking: [],
  acceptanceCriteria: [],
  labels: [],
  source: { kind: 'docs', file, line: 1 },
  order: undefined,
});

describe('retroBranch', () => {
  it('is a branch inside the prefix whatever the run id holds', () => {
    for (const id of ['4242', '12/../main', 'a b:c', '..']) {
      const branch = retroBranch('codex', id);
      expect(branch.startsWith('codex/retro-')).toBe(true);
      expect(() => assertOwnBranch(branch, 'codex')).not.toThrow();
    }
  });
});

describe('readDocsBlobs', () => {
  it("gives each file's blob as git stores it, and leaves out paths outside the repository", async () => {
    dir = await mkdtemp(join(tmpdir(), 'retro-blobs-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '--quiet');
    await mkdir(join(dir, 'docs'), { recursive: true });
    await writeFile(join(dir, 'docs/a.md'), '---\nid: a\n---\n');
    await writeFile(join(dir, 'docs/-b.md'), '---\nid: b\n---\n');
    git('add', '--all');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--quiet', '-m', 'x');
    const blobs = await readDocsBlobs(dir, [item('docs/a.md'), item('docs/-b.md'), item('../x.md')]);
    expect([...blobs.keys()]).toEqual(['docs/a.md', 'docs/-b.md']);
    expect(blobs.get('docs/a.md')).toBe(git('rev-parse', 'HEAD:docs/a.md'));
    expect(blobs.get('docs/-b.md')).toBe(git('rev-parse', 'HEAD:docs/-b.md'));
  });
});
