/**
 * Clear errors through the action's entry (DESIGN: an error names the value, what was expected,
 * and the fix): a push a server hook refuses, an event file holding `null`, a YAML alias bomb in
 * the policy file, a target beyond GitHub's numbers. Each was seen failing with a message that
 * named none of that (a failed fetch, `Cannot read properties of null`, a bare ReferenceError, or
 * no error at all).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { criterionSteps, type DevScenario, devScenario } from './dev-env.js';

let s: DevScenario | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const errors = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error::'));

describe('clear errors from the action', () => {
  it("reports a push that origin's pre-receive hook refused with the hook's words", async () => {
    s = await devScenario({ criteria: ['Add hello.txt'] });
    await s.repos.hook(
      'pre-receive',
      [
        'echo "GH013: Repository rule violations found for refs/heads/codex/1-add-greeting-helpers." >&2',
        'echo "- Commits must have verified signatures." >&2',
        'exit 1',
      ].join('\n'),
    );
    s.model.enqueue(...criterionSteps('hello.txt', 'hello'));
    const out = await s.run();

    expect(out.exitCode).toBe(1);
    const [error, ...more] = errors(out.stdout);
    expect(more).toEqual([]);
    expect(error).toContain(
      'origin refused the push to codex/1-add-greeting-helpers (pre-receive hook declined)',
    );
    expect(error).toContain(
      'GH013: Repository rule violations found for refs/heads/codex/1-add-greeting-helpers.',
    );
    expect(error).toContain('- Commits must have verified signatures.');
    expect(error).not.toMatch(/git fetch|couldn't find remote ref/);
    expect(s.repos.branches()).toEqual(['main']);
  });

  it('names GITHUB_EVENT_PATH when the event file holds null', async () => {
    s = await devScenario({ criteria: ['Add hello.txt'] });
    const out = await s.run({ event: { name: 'workflow_dispatch', payload: null as never } });
    expect(out.exitCode).toBe(1);
    const [error] = errors(out.stdout);
    expect(error).toMatch(/GITHUB_EVENT_PATH=\S+event\.json holds null, not a JSON object/);
    expect(error).not.toContain('Cannot read properties');
    expect(out.outputs.status).toBe('error');
    expect(s.model.requests).toHaveLength(0);
  });

  it('names the policy file and the alias for a YAML alias bomb', async () => {
    const nine = (x: string) => `[${Array(9).fill(x).join(', ')}]`;
    s = await devScenario({
      criteria: ['Add hello.txt'],
      config: [
        `x-a: &a ${nine('"lol"')}`,
        `x-b: &b ${nine('*a')}`,
        `x-c: &c ${nine('*b')}`,
        `x-d: &d ${nine('*c')}`,
        `x-e: ${nine('*d')}`,
      ].join('\n'),
    });
    const out = await s.run();
    expect(out.exitCode).toBe(1);
    const [error] = errors(out.stdout);
    expect(error).toMatch(/Invalid config file \.github\/codex-orchestrator\.yml[^:]*:/);
    expect(error).toMatch(
      /\.github\/codex-orchestrator\.yml[^:]*:5: YAML aliases expand to more than 100 nodes/,
    );
    expect(error).not.toMatch(/ReferenceError|Excessive alias count/);
    expect(s.model.requests).toHaveLength(0);
  });

  it("refuses a target beyond GitHub's issue numbers, with the allowed range", async () => {
    s = await devScenario({ criteria: ['Add hello.txt'] });
    const out = await s.run({ inputs: { target: '99999999999999999999' } });
    expect(out.exitCode).toBe(1);
    expect(errors(out.stdout)).toEqual([
      "::error::Invalid action inputs:%0A  - Invalid input 'target': '99999999999999999999'. Expected an issue or pull request number from 1 to 2147483647 such as 42 (or empty).",
    ]);
    expect(s.gh.calls('issues/get')).toEqual([]);
  });
});
