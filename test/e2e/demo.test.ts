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
  it('reviews the sample pull request offline and prints what a person would see', async () => {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', 'demo'], {
      cwd: ROOT,
      env: cleanEnv(),
      timeout: 120_000,
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
    // Workflow commands are not printed, so the demo inside a CI job does not annotate it.
    expect(stdout).not.toMatch(/^::/m);
  });
});
