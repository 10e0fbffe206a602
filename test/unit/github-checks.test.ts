import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CheckAnnotation, upsertCheckRun } from '../../src/github/checks.js';
import { type FakeGitHub, startGitHubServer } from '../harness/github-server.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startGitHubServer();
});
afterEach(() => gh.assertNoViolations());
afterAll(() => gh.close());

const NAME = 'codex-orchestrator/review';
const sha = (n: number) => n.toString(16).padStart(40, 'a');
const annotations = (n: number, prefix = 'finding'): CheckAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({
    path: `src/file${i % 7}.ts`,
    startLine: i + 1,
    level: i % 2 ? 'warning' : 'failure',
    message: `${prefix} ${i}`,
    title: `Finding ${i}`,
  }));

describe('upsertCheckRun', () => {
  it('creates a completed run with its output and annotations', async () => {
    const result = await upsertCheckRun(gh.client(), gh.repoRef, {
      name: NAME,
      headSha: sha(1),
      status: 'completed',
      conclusion: 'failure',
      title: '2 findings',
      summary: '## Review\nchanges required',
      text: 'details',
      detailsUrl: 'https://example.com/run/1',
      annotations: [
        {
          path: 'src/a.ts',
          startLine: 3,
          endLine: 5,
          level: 'failure',
          message: 'null check',
          title: 'Bug',
          rawDetails: 'x',
        },
        { path: 'src/b.ts', startLine: 9, level: 'notice', message: 'nit' },
      ],
    });
    const [run] = gh.checkRuns({ name: NAME, headSha: sha(1) });
    expect(run).toMatchObject({
      id: result.id,
      status: 'completed',
      conclusion: 'failure',
      detailsUrl: 'https://example.com/run/1',
      externalId: 'codex-orchestrator',
      output: { title: '2 findings', summary: '## Review\nchanges required', text: 'details' },
    });
    expect(run?.annotations).toEqual([
      expect.objectContaining({
        path: 'src/a.ts',
        start_line: 3,
        end_line: 5,
        annotation_level: 'failure',
        title: 'Bug',
        raw_details: 'x',
      }),
      expect.objectContaining({
        path: 'src/b.ts',
        start_line: 9,
        end_line: 9,
        annotation_level: 'notice',
        title: null,
      }),
    ]);
    expect(result.htmlUrl).toBe(`${gh.serverUrl}/acme/widgets/runs/${result.id}`);
  });

  it('updates the run of that name on that commit instead of adding a second one', async () => {
    const client = gh.client();
    const spec = { name: NAME, headSha: sha(2), title: 'Review', summary: 'running' } as const;
    const started = await upsertCheckRun(client, gh.repoRef, { ...spec, status: 'in_progress' });
    const done = await upsertCheckRun(client, gh.repoRef, {
      ...spec,
      status: 'completed',
      conclusion: 'success',
      summary: 'pass',
    });
    expect(done.id).toBe(started.id);
    const runs = gh.checkRuns({ headSha: sha(2) });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      output: { summary: 'pass' },
    });
    expect(runs[0]?.completedAt).not.toBeNull();
  });

  it('sends annotations in batches of 50 and does not repeat them on a re-run', async () => {
    const client = gh.client();
    const spec = {
      name: NAME,
      headSha: sha(3),
      status: 'completed',
      conclusion: 'failure',
      title: 'Many',
      summary: 'many findings',
      annotations: annotations(120),
    } as const;
    const mark = gh.calls().length;
    await upsertCheckRun(client, gh.repoRef, spec);
    const batches = gh
      .calls()
      .slice(mark)
      .filter((c) => c.operation === 'checks/create' || c.operation === 'checks/update')
      .map((c) => ((c.body as { output: { annotations?: unknown[] } }).output.annotations ?? []).length);
    expect(batches).toEqual([50, 50, 20]);
    expect(gh.checkRuns({ headSha: sha(3) })[0]?.annotations).toHaveLength(120);

    await upsertCheckRun(client, gh.repoRef, {
      ...spec,
      annotations: [...annotations(120), ...annotations(3, 'new')],
    });
    const run = gh.checkRuns({ headSha: sha(3) })[0];
    expect(gh.checkRuns({ headSha: sha(3) })).toHaveLength(1);
    expect(run?.annotations).toHaveLength(123);
    expect(run?.annotations.slice(-3).map((a) => a.message)).toEqual(['new 0', 'new 1', 'new 2']);
  });

  it('leaves alone a workflow job that happens to share the name', async () => {
    const client = gh.client();
    gh.state.checkRuns.push({
      ...structuredClone(gh.state.checkRuns[0] as NonNullable<(typeof gh.state.checkRuns)[0]>),
      id: 99_999,
      headSha: sha(4),
      externalId: null,
    });
    const ours = await upsertCheckRun(client, gh.repoRef, {
      name: NAME,
      headSha: sha(4),
      status: 'in_progress',
      title: 't',
      summary: 's',
    });
    const again = await upsertCheckRun(client, gh.repoRef, {
      name: NAME,
      headSha: sha(4),
      status: 'in_progress',
      title: 't',
      summary: 's2',
    });
    expect(again.id).toBe(ours.id);
    expect(ours.id).not.toBe(99_999);
    expect(gh.checkRuns({ headSha: sha(4) }).find((r) => r.id === 99_999)?.output.summary).not.toBe('s2');
  });

  it('cuts a summary longer than GitHub accepts, saying so', async () => {
    await upsertCheckRun(gh.client(), gh.repoRef, {
      name: NAME,
      headSha: sha(5),
      status: 'completed',
      conclusion: 'neutral',
      title: 'Long',
      summary: 'x'.repeat(70_000),
    });
    const summary = gh.checkRuns({ headSha: sha(5) })[0]?.output.summary ?? '';
    expect(summary.length).toBe(65_535);
    expect(summary).toMatch(/cut: GitHub allows 65 535 characters here\)$/);
  });

  it('refuses a completed run without a conclusion, before any request', async () => {
    const before = gh.calls().length;
    await expect(
      upsertCheckRun(gh.client(), gh.repoRef, {
        name: NAME,
        headSha: sha(6),
        status: 'completed',
        title: 't',
        summary: 's',
      }),
    ).rejects.toThrow(
      `Check run '${NAME}' is completed without a conclusion. Expected one of success, failure, neutral`,
    );
    expect(gh.calls().length).toBe(before);
  });
});
