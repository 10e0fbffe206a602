import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The environment of a fresh machine: no GitHub or model credentials, no runner variables. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|OPENAI|CODEX_|GH_)/.test(key)) continue;
    env[key] = value;
  }
  // Anything that tries to leave the machine goes to a closed port; loopback is exempt.
  return {
    ...env,
    HTTPS_PROXY: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
    NO_PROXY: '127.0.0.1,localhost',
  };
}

describe('npm run demo', () => {
  it('reviews the sample pull request, then runs the whole loop offline, and prints what a person would see', {
    timeout: 180_000,
  }, async () => {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', 'demo'], {
      cwd: ROOT,
      env: cleanEnv(),
      timeout: 170_000,
      maxBuffer: 10 * 1024 * 1024,
    }).catch((error: Error & { stdout?: string; stderr?: string }) => {
      throw new Error(
        `${error.message}\n--- stderr ---\n${error.stderr?.slice(-3000)}\n--- stdout ---\n${error.stdout?.slice(-3000)}`,
      );
    });
    const sections = [...stdout.matchAll(/^━━━━ (.+?) ━+$/gm)].map((m) => m[1]);
    expect(sections, stderr).toEqual([
      'codex-orchestrator demo: a pull request review, offline',
      "The action's log",
      'PR comment by github-actions[bot] (markdown; GitHub hides the <!-- --> markers)',
      'PR review by github-actions[bot] — COMMENTED, never approved',
      'Check run codex-orchestrator/review → failure',
      'Job summary',
      'Outputs and what GitHub saw',
      'The whole loop, job by job (examples/workflows/codex.yml)',
      expect.stringMatching(/^The final pull request #\d+, waiting for a human$/),
    ]);
    // The codex binary really ran a command in its sandbox before answering.
    expect(stdout).toMatch(/\$ \/bin\/bash -lc "sed -n '1,20p' src\/slug\.ts" → exit 0/);
    expect(stdout).toContain('<!-- codex-orchestrator:review cycle=1 -->');
    expect(stdout).toContain('| 🟠 | major | `src/slug.ts:7` | Slugs are cut one character short |');
    expect(stdout).toMatch(
      /Inline comment on src\/slug\.ts:7 \(RIGHT\):\n {4}🟠 \*\*major: Slugs are cut one character short\*\*/,
    );
    expect(stdout).toContain('```suggestion');
    expect(stdout).toContain('  [failure] src/slug.ts:7  major: Slugs are cut one character short');
    expect(stdout).toContain('status=changes_required  next-phase=fix');
    expect(stdout).toContain('OpenAPI violations: 0');
    // The whole loop, job by job through the action's own dispatches, ending with a person.
    const jobs = [...stdout.matchAll(/^Job \d+ +(.+?) +→ (\w+): (\w+)/gm)].map((m) => `${m[2]}: ${m[3]}`);
    expect(jobs).toEqual([
      'plan: complete',
      'control: complete',
      'dev: complete',
      'review: changes_required',
      'fix: complete',
      'review: pass',
    ]);
    expect(stdout).toMatch(
      /Codex resumed dev's thread [0-9a-f-]{36} from refs\/codex-orchestrator\/sessions\/1/,
    );
    expect(stdout).toContain('Fix review cycle 1: Fixed the greeting typo.');
    expect(stdout).toContain('greet.txt: hello');
    expect(stdout).toContain('(ready for review), labels [codex:in-review]');
    expect(stdout).toMatch(/What a human must do next:\*\* Review and merge PR #\d+/);
    expect(stdout).toContain('Dispatches the action sent: dev → review → fix → review');
    expect(stdout).toContain('OpenAPI and GraphQL schema violations: 0');
    // Workflow commands are not printed, so the demo inside a CI job does not annotate it.
    expect(stdout).not.toMatch(/^::/m);
  });
});
