import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STATUS_MARKER } from '../../src/state/index.js';
import { TEST_API_KEY } from '../harness/codex-env.js';
import { BRANCH, commandSteps, criterionSteps, type DevScenario, devScenario } from './dev-env.js';

let s: DevScenario;
afterEach(async () => {
  await s?.close();
});

const TOKEN = 'ghs_action';
const HEADER = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;

/** Every file under dir (recursively) whose bytes contain one of the needles. */
async function filesContaining(dir: string, needles: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, entry);
    if (!(await stat(path)).isFile()) continue;
    const text = (await readFile(path)).toString('latin1');
    if (needles.some((n) => text.includes(n))) found.push(path);
  }
  return found;
}

describe('dev: the push credentials', () => {
  it('pushes over HTTP with the token as a header only git push/fetch see; Codex and .git/config never hold it', async () => {
    s = await devScenario({
      criteria: ['Add hello.txt'],
      http: true,
      config: 'commands:\n  allow: [env, ls]',
    });
    s.model.enqueue(...commandSteps('env', 'hello.txt', 'hello'));
    const out = await s.run({ env: { GITHUB_TOKEN: TOKEN, GH_TOKEN: TOKEN } });
    expect(out.outputs.status, out.stdout).toBe('complete');

    // The push reached the HTTP origin, which only accepts the action's header.
    expect(s.repos.log(BRANCH)).toHaveLength(2);
    expect(s.http!.authorizations.length).toBeGreaterThan(2);
    expect(s.http!.authorizations.every((a) => a?.toLowerCase() === HEADER.toLowerCase())).toBe(true);

    // The agent ran `env`; what it saw (sent back to the model) holds neither token nor model key.
    const conversation = JSON.stringify(s.model.requests.map((r) => r.body));
    expect(conversation).toContain('PATH=');
    expect(conversation).toContain('hello.txt');
    for (const secret of [TOKEN, HEADER.slice(6), TEST_API_KEY]) expect(conversation).not.toContain(secret);

    // Nothing under the checkout's .git (config, worktree admin files) holds the token or the header.
    const workspace = s.last!.workspace;
    expect(await filesContaining(join(workspace, '.git'), [TOKEN, HEADER.slice(6)])).toEqual([]);
    expect(await readFile(join(workspace, '.git', 'config'), 'utf8')).not.toMatch(/extraheader/i);
    expect(await readdir(join(workspace, '.git', 'worktrees')).catch(() => [])).toEqual([]);
    // The derived header was masked for the log.
    expect(out.stdout).toContain(`::add-mask::${HEADER.slice(6)}`);
    s.gh.assertNoViolations();
  });

  it('refuses to run the agent when the checkout persisted credentials into .git/config', async () => {
    s = await devScenario({ criteria: ['Add hello.txt'] });
    // Simulate actions/checkout with persist-credentials: true by editing the next job's checkout.
    const original = s.repos.clone.bind(s.repos);
    s.repos.clone = async (name?: string) => {
      const dir = await original(name);
      s.repos.git(['config', 'http.https://github.com/.extraheader', `AUTHORIZATION: ${HEADER}`], dir);
      return dir;
    };
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('blocked');
    expect(out.stdout).toMatch(/persist-credentials: false/);
    expect(s.model.requests).toHaveLength(0);
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
    s.gh.assertNoViolations();
  });

  it('when origin refuses the token, says so in the status comment and leaves nothing running', async () => {
    s = await devScenario({ criteria: ['Add hello.txt'], http: true });
    // A token the API accepts but origin does not (the git server wants the action's).
    const out = await s.run({ inputs: { 'github-token': 'ghp_maintainer' } });
    expect(out.outputs.status).toBe('error');
    expect(out.exitCode).toBe(1);
    expect(out.stdout).toMatch(/Could not prepare the worktree of codex\/1-add-greeting-helpers: /);
    expect(s.model.requests).toEqual([]);
    const mine = s.gh
      .comments(s.issueNumber)
      .filter((c) => c.author === 'maintainer' && c.body.includes('codex-orchestrator:status'));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toContain('**Status:** 💥 `error` after `dev`');
    expect(mine[0]!.body).toContain(
      '**What a human must do next:** Look at the run log, then comment /codex retry to run dev again.',
    );
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
    expect(s.gh.labelsOn(s.issueNumber)).not.toContain('codex:in-progress');
    s.gh.assertNoViolations();
  });

  it('refuses to push a criterion commit whose message carries the token: origin gets nothing, the item is blocked', async () => {
    s = await devScenario({ criteria: ['Add hello.txt', 'Add bye.txt'], http: true });
    // An obedient model copies the token into its summary, which becomes the commit message.
    s.model.enqueue(...criterionSteps('hello.txt', 'hello', `Added hello.txt. Debug info: ${TOKEN}`));
    const out = await s.run();
    expect(out.outputs.status, out.stdout).toBe('blocked');
    // Origin's smart HTTP saw the fetches, never the commit: no branch was created.
    expect(s.repos.branches()).toEqual(['main']);
    expect(s.http!.authorizations.length).toBeGreaterThan(0);
    expect(s.model.requests.filter((r) => r.body)).toHaveLength(2);

    const status = s.gh.comments(s.issueNumber).find((c) => c.body.includes(STATUS_MARKER))!.body;
    expect(status).toMatch(
      /Refused to push to codex\/1-add-greeting-helpers: commit [0-9a-f]{12} would carry the github-token \(raw\) to origin in its message or author fields/,
    );
    expect(s.gh.labelsOn(s.issueNumber)).toContain('codex:blocked');
    // Neither the reason nor anything else the action wrote to GitHub holds the token.
    const written = JSON.stringify(s.gh.state.comments.map((c) => c.body));
    expect(written).not.toContain(TOKEN);
    const logged = out.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(logged.join('\n')).not.toContain(TOKEN);
    s.gh.assertNoViolations();
  });
});
