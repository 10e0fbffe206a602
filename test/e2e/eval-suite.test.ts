import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvalCase } from '../../src/eval/case.js';
import { starterSuite as shippedSuite } from '../../src/eval/command.js';
import { loadSuite } from '../../src/eval/suite.js';
import { createGitExec } from '../../src/git/exec.js';
import { REPO_ROOT } from '../harness/codex-env.js';

// The starter suite that ships in the package: every case loads (schema, files, its patch applies
// in a scratch repository, its expected lines exist), and it holds what the README promises.

const EVALS = join(REPO_ROOT, 'evals');
const scratchParent = mkdtempSync(join(tmpdir(), 'eval-suite-'));
let cases: EvalCase[];

beforeAll(async () => {
  cases = (await loadSuite(createGitExec(), EVALS, { scratchParent })).cases;
}, 120_000);
afterAll(() => rmSync(scratchParent, { recursive: true, force: true }));

describe('the starter suite', () => {
  it('is what the command runs by default', () => {
    expect(shippedSuite()).toBe(EVALS);
  });

  it('loads every case folder', () => {
    const folders = readdirSync(EVALS, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(cases.map((c) => c.id)).toEqual(folders.map((f) => f.name).sort());
  });

  it('has at least 20 review cases, 5 of them clean, in small JavaScript/TypeScript and Python projects', () => {
    const reviews = cases.filter((c) => c.kind === 'review');
    expect(reviews.length).toBeGreaterThanOrEqual(20);
    expect(reviews.filter((c) => c.expected.verdict === 'pass').length).toBeGreaterThanOrEqual(5);
    for (const c of reviews) {
      const project = ['package.json', 'pyproject.toml'].filter((f) => existsSync(join(c.repoDir, f)));
      expect(project, c.id).toHaveLength(1);
      const files = readdirSync(c.repoDir, { recursive: true, withFileTypes: true }).filter((e) =>
        e.isFile(),
      );
      expect(files.length, `${c.id} should stay small`).toBeLessThanOrEqual(8);
    }
    const langs = new Set(
      reviews.map((c) => (c.id.split('-')[0] === 'clean' ? c.id.split('-')[1] : c.id.split('-')[0])),
    );
    expect([...langs].sort()).toEqual(['js', 'py', 'ts']);
  });

  it('covers the bug classes reviewers miss', () => {
    const titles = cases.filter((c) => c.kind === 'review').map((c) => c.title.toLowerCase());
    for (const bug of [
      'off-by-one',
      'unchecked null',
      'unchecked none',
      'sql injection',
      'shell injection',
      'path traversal',
      'a new behaviour without a test',
      'unawaited promise',
      'an error swallowed',
      'secret committed',
      'a criterion not met',
    ])
      expect(
        titles.some((t) => t.includes(bug)),
        bug,
      ).toBe(true);
  });

  it('has at least 6 plan cases: clear → ready, ambiguous → questions, too big → decomposition', () => {
    const plans = cases.filter((c) => c.kind === 'plan');
    expect(plans.length).toBeGreaterThanOrEqual(6);
    const statuses = plans.map((c) => c.expected.status);
    for (const status of ['ready', 'needs_clarification', 'needs_decomposition'])
      expect(statuses.filter((s) => s === status).length, status).toBeGreaterThanOrEqual(2);
  });

  it('has patches that apply to their repo/ (git apply --check)', () => {
    for (const c of cases) {
      if (c.kind !== 'review') continue;
      const dir = mkdtempSync(join(tmpdir(), 'eval-apply-'));
      try {
        cpSync(c.repoDir, dir, { recursive: true });
        execFileSync('git', ['init', '-q'], { cwd: dir });
        execFileSync('git', ['apply', '--check', c.patchFile], { cwd: dir, stdio: 'pipe' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
