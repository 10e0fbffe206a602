import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_API_KEY } from '../harness/codex-env.js';
import { step } from '../harness/responses-server.js';
import { criterionSteps, type DevScenario, devScenario } from './dev-env.js';

let s: DevScenario;
let actionProcess: ChildProcess | undefined;
afterEach(async () => {
  actionProcess?.kill('SIGKILL');
  await s?.close();
});

const TOKENS = {
  'INPUT_GITHUB-TOKEN': 'ghs_action',
  'INPUT_OPENAI-API-KEY': TEST_API_KEY,
  ACTIONS_RUNTIME_TOKEN: 'FAKEruntimetoken0123456789',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'FAKEidtokenrequest0123456789',
};

// What the issue saw: a check.sh that greps every process's initial environment for tokens and
// prints them, base64-encoded, so that they reach the PR body and the fix run's prompt.
const CHECK_SH = [
  'for f in /proc/[0-9]*/environ; do',
  '  tr "\\0" "\\n" < "$f" 2>/dev/null | grep -E "TOKEN|KEY" | base64 -w0; echo',
  'done',
  'env | grep -E "TOKEN|KEY" | base64 -w0; echo',
  'echo PROBE-END',
  'exit 1',
];

describe('dev: the verification of agent-written code', () => {
  it("cannot read the action process's tokens; what goes to the PR, the state and the model holds none", async () => {
    s = await devScenario({ criteria: ['Add check.sh'], verify: ['sh check.sh'] });
    // Stands for the action process as the runner started it: the tokens in its initial environment.
    actionProcess = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      env: { ...process.env, ...TOKENS },
      stdio: 'ignore',
    });
    const patch = `*** Begin Patch\n*** Add File: check.sh\n${CHECK_SH.map((l) => `+${l}`).join('\n')}\n*** End Patch\n`;
    s.model.enqueue(
      step.applyPatch(patch),
      step.json({ status: 'done', summary: 'Added check.sh.' }),
      ...criterionSteps('other.txt', 'not the fix'),
    );
    const out = await s.run({ env: { ACTIONS_RUNTIME_TOKEN: TOKENS.ACTIONS_RUNTIME_TOKEN } });
    expect(out.outputs.status, out.stdout).toBe('tests_failed');
    const pr = s.gh.state.issues.find((i) => i.pull)!;
    expect(pr.body).toContain('PROBE-END');
    const state = await s.state();
    const decoded = (text: string) =>
      text +
      [...text.matchAll(/[A-Za-z0-9+/=]{16,}/g)]
        .map((m) => Buffer.from(m[0], 'base64').toString('latin1'))
        .join('\n');
    const posted = [
      pr.body ?? '',
      state.dev.verifyOutput ?? '',
      JSON.stringify(s.model.requests.map((r) => r.body)),
    ];
    for (const text of posted) {
      for (const secret of Object.values(TOKENS)) expect(decoded(text)).not.toContain(secret);
    }
    s.gh.assertNoViolations();
  });
});
