import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  type MockInstance,
  vi,
} from 'vitest';
import { errorMessage } from '../../src/errors.js';
import { run } from '../../src/main.js';
import { emptyOutputs } from '../../src/outputs.js';

// run() in this process, driven through the environment as the runner drives it. The bundled
// dist/ is covered separately by test/smoke; this checks the sources themselves.
let dir: string;
let stdout: MockInstance<typeof process.stdout.write>;
const files = () => ({
  output: join(dir, 'github_output'),
  summary: join(dir, 'step_summary'),
  event: join(dir, 'event.json'),
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'main-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  const f = files();
  await Promise.all([writeFile(f.output, ''), writeFile(f.summary, ''), writeFile(f.event, '{}')]);
  for (const [name, value] of Object.entries({
    GITHUB_OUTPUT: f.output,
    GITHUB_STEP_SUMMARY: f.summary,
    GITHUB_EVENT_PATH: f.event,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REPOSITORY: 'octo-org/hello-world',
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
  })) {
    vi.stubEnv(name, value);
  }
  // core writes workflow commands to stdout; keep them out of the test log and read them here.
  stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  // setFailed sets the exit code of this (test) process; do not let it fail the test run.
  process.exitCode = undefined;
});

const written = () => stdout.mock.calls.map(([chunk]) => String(chunk)).join('');
const errorCommands = () =>
  written()
    .split('\n')
    .filter((line) => line.startsWith('::error::'));

async function outputs(): Promise<Record<string, string>> {
  const text = await readFile(files().output, 'utf8');
  const result: Record<string, string> = {};
  for (const m of text.matchAll(/^([^\n<]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n?\2$/gm))
    result[m[1]!] = m[3]!;
  return result;
}

describe('run', () => {
  it('fails once with every input problem and still sets every output', async () => {
    vi.stubEnv('INPUT_PHASE', 'deploy');
    vi.stubEnv('INPUT_DRY-RUN', 'maybe');
    await run();
    expect(process.exitCode).toBe(1);
    expect(errorCommands()).toEqual([
      "::error::Invalid action inputs:%0A  - Invalid input 'phase': 'deploy'. Expected one of: auto, scan, plan, dev, review, fix, verify, retro, setup.%0A  - Invalid input 'dry-run': 'maybe'. Expected true or false.",
    ]);
    const out = await outputs();
    expect(Object.keys(out)).toEqual(Object.keys(emptyOutputs()));
    expect(out.status).toBe('error');
    // The job summary says why, too.
    const summary = await readFile(files().summary, 'utf8');
    expect(summary).toContain('**error**');
    expect(summary).toContain("Invalid input 'phase': 'deploy'.");
  });

  it('skips an event that needs no work without failing, and says why in the summary', async () => {
    vi.stubEnv('GITHUB_EVENT_NAME', 'push');
    await run();
    expect(process.exitCode).toBeUndefined();
    expect(errorCommands()).toEqual([]);
    const out = await outputs();
    expect(out).toMatchObject({
      status: 'skipped',
      phase: 'auto',
      'events-file': join(dir, 'codex-orchestrator-77-2.jsonl'),
    });
    expect(await readFile(files().summary, 'utf8')).toContain(
      "**skipped** — The event 'push' starts no phase.",
    );
  });

  it('fails with file, line and key for a broken config file', async () => {
    await writeFile(join(dir, 'policy.yml'), 'max-parallel: 2\nlabels:\n  prefx: ai\n');
    vi.stubEnv('INPUT_CONFIG-FILE', 'policy.yml');
    await run();
    expect(errorCommands()).toEqual([
      `::error::Invalid config file ${join(dir, 'policy.yml')}:%0A  - ${join(dir, 'policy.yml')}:3: labels.prefx: unknown key. Expected one of: prefix.`,
    ]);
  });

  it('fails with the cause when the event payload cannot be read', async () => {
    vi.stubEnv('GITHUB_EVENT_PATH', join(dir, 'missing-event.json'));
    await run();
    expect(process.exitCode).toBe(1);
    expect(errorCommands()).toHaveLength(1);
    expect(errorCommands()[0]).toContain(
      `Cannot read the event payload at GITHUB_EVENT_PATH=${join(dir, 'missing-event.json')}%0ACaused by: ENOENT`,
    );
  });
});

describe('errorMessage', () => {
  it('adds the cause of an error', () => {
    expect(errorMessage(new Error('Cannot push', { cause: new Error('403 Forbidden') }))).toBe(
      'Cannot push\nCaused by: 403 Forbidden',
    );
  });
  it('keeps a thrown string as it is', () => {
    expect(errorMessage('plain failure')).toBe('plain failure');
  });
  it('shows anything else as JSON', () => {
    expect(errorMessage({ status: 500 })).toBe('Unexpected failure: {"status":500}');
  });
});
