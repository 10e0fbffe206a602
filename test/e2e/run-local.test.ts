import { afterEach, describe, expect, it } from 'vitest';
import { addFile, docsFile, type LocalRepo, localRepo, review, step } from './run-env.js';

let repo: LocalRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

describe('codex-orchestrator run', () => {
  it('works an item through dev and a passing review on its own branch, and leaves main and the working tree alone', async () => {
    repo = await localRepo({
      items: { 'T-1.md': docsFile('T-1', 'Add a greeting', { criteria: ['greet.txt says hello'] }) },
    });
    const mainBefore = repo.git('rev-parse', 'main');
    repo.model.enqueue(...addFile('greet.txt', 'hello'), step.json(review.pass(['greet.txt says hello'])));
    const out = await repo.run('--json');
    expect(out.code, out.stderr).toBe(0);
    const [item] = out.json().items;
    expect(item).toMatchObject({ id: 'T-1', status: 'pass', branch: 'codex/T-1-add-a-greeting', cycles: 1 });
    expect(repo.git('rev-parse', 'main')).toBe(mainBefore);
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(repo.git('show', 'codex/T-1-add-a-greeting:greet.txt')).toBe('hello');
    expect(repo.git('show', 'codex/T-1-add-a-greeting:docs/projects/app/issues/T-1.md')).toContain(
      'status: done',
    );
    expect(await repo.state('items/T-1/review-1.json')).toContain('"status": "pass"');
    expect(await repo.state('items/T-1/summary.md')).toContain('**Status:** pass');
    expect(repo.git('worktree', 'list')).not.toContain('.codex-orchestrator/worktrees');
  }, 120_000);
});
