// Resume across jobs: the real codex binary on two runners that share nothing but origin. Job 1
// runs a thread and saves its session to the store; job 2, in fresh folders (new RUNNER_TEMP, new
// CODEX_HOME, new checkout), restores it and resumes the same thread.
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codexHomeFor } from '../../src/agent/codex/index.js';
import { createGitExec } from '../../src/git/exec.js';
import { originRemote } from '../../src/git/remote.js';
import { createSessionStore, sessionStoreDirFor } from '../../src/tracker/github/sessions.js';
import { type CodexTestEnv, succeeded, TEST_API_KEY, testRunner } from '../harness/codex-env.js';
import { createRepos, type TempRepos } from '../harness/git.js';
import { type ResponsesServer, startResponsesServer, step, userTexts } from '../harness/responses-server.js';

const git = createGitExec();
const ITEM = 21;
let repos: TempRepos;
let server: ResponsesServer;
beforeEach(async () => {
  repos = await createRepos({ 'README.md': '# demo\n', 'src/app.js': 'export const answer = 41;\n' });
  server = await startResponsesServer();
});
afterEach(async () => {
  await server.close();
  await repos.cleanup();
});

/** One job on a fresh runner: its own RUNNER_TEMP, CODEX_HOME and checkout of origin. */
async function freshJob(name: string) {
  const runnerTemp = join(repos.root, name, 'runner-temp');
  const codexHome = codexHomeFor(runnerTemp);
  await mkdir(codexHome, { recursive: true });
  const workspace = await repos.clone(`${name}-workspace`);
  const env: CodexTestEnv = {
    root: join(repos.root, name),
    workspace,
    codexHome,
    eventsFile: join(runnerTemp, 'events.jsonl'),
    cleanup: async () => {},
  };
  const { runner, log } = testRunner(server, env);
  const store = createSessionStore({
    git,
    remote: await originRemote(git, workspace, ''),
    workDir: sessionStoreDirFor(runnerTemp),
    secret: TEST_API_KEY,
  });
  return { runner, log, store, codexHome, workspace };
}

async function rolloutsIn(codexHome: string): Promise<string[]> {
  const files = await readdir(join(codexHome, 'sessions'), { recursive: true }).catch(() => []);
  return files.filter((f) => f.endsWith('.jsonl')).sort();
}

describe('resume across jobs through the session store (real codex)', () => {
  it('restores the thread on a fresh runner and resumes it with the earlier turns', async () => {
    // Job 1 (dev): the model reads a file, then answers; the session is saved.
    server.enqueue(
      step.exec('cat src/app.js', { callId: 'read' }),
      step.message('The answer is 41; I will make it 42.', { input: 1200, cached: 0, output: 40 }),
    );
    const job1 = await freshJob('job-1');
    const first = succeeded(
      await job1.runner.run({
        prompt: 'Remember the number in src/app.js',
        cwd: job1.workspace,
        sandbox: 'read-only',
      }),
    );
    const saved = await job1.store.saveSession({
      item: ITEM,
      threadId: first.threadId,
      codexHome: job1.codexHome,
    });
    expect(saved).toMatchObject({ kind: 'saved', files: 1 });

    // Job 2 (fix) on a fresh runner: nothing of job 1's folders exists here.
    const job2 = await freshJob('job-2');
    expect(await rolloutsIn(job2.codexHome)).toEqual([]);
    const restored = await job2.store.restoreSession({
      item: ITEM,
      threadId: first.threadId,
      codexHome: job2.codexHome,
    });
    expect(restored).toMatchObject({ kind: 'restored' });
    expect(await rolloutsIn(job2.codexHome)).toEqual(await rolloutsIn(job1.codexHome));

    server.enqueue(step.message('It was 41.', { input: 300, cached: 200, output: 5 }));
    const before = server.requests.length;
    const second = succeeded(
      await job2.runner.run({
        prompt: 'Which number did you read?',
        cwd: job2.workspace,
        sandbox: 'workspace-write',
        resumeThreadId: first.threadId,
      }),
    );
    // thread.started named the same thread (the runner fails a resume that starts another).
    expect(second.threadId).toBe(first.threadId);
    const request = server.requests[before]!;
    expect(userTexts(request)).toEqual(
      expect.arrayContaining(['Remember the number in src/app.js', 'Which number did you read?']),
    );
    // The earlier tool call and its output went back to the model too.
    expect(JSON.stringify(request.body)).toContain('export const answer = 41;');
    // The restored rollout carried the thread's total: only this run's tokens count.
    expect(second.usage).toMatchObject({ inputTokens: 300, cachedInputTokens: 200, outputTokens: 5 });

    // Job 2 saves again: the thread (now with both turns) replaces the stored one.
    const resaved = await job2.store.saveSession({
      item: ITEM,
      threadId: first.threadId,
      codexHome: job2.codexHome,
    });
    expect(resaved).toMatchObject({ kind: 'saved' });

    // The item is done: the ref goes, and a later job finds nothing and starts a fresh thread.
    expect(await job2.store.deleteSession({ item: ITEM })).toEqual({ kind: 'deleted' });
    const job3 = await freshJob('job-3');
    const gone = await job3.store.restoreSession({
      item: ITEM,
      threadId: first.threadId,
      codexHome: job3.codexHome,
    });
    expect(gone).toMatchObject({ kind: 'missing' });
    // Without the restore, a resume of that id is refused by Codex, not silently new.
    const refused = await job3.runner.run({
      prompt: 'Go on',
      cwd: job3.workspace,
      sandbox: 'read-only',
      resumeThreadId: first.threadId,
    });
    expect(refused.ok).toBe(false);
    server.enqueue(step.message('Starting over.'));
    const fresh = succeeded(
      await job3.runner.run({
        prompt: 'Start again from the plan',
        cwd: job3.workspace,
        sandbox: 'read-only',
      }),
    );
    expect(fresh.threadId).not.toBe(first.threadId);
    expect(userTexts(server.requests.at(-1)!)).not.toContain('Remember the number in src/app.js');
  });
});
