import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfigError,
  configSchema,
  DEFAULT_ALLOWED_COMMANDS,
  DEFAULT_DENIED_COMMANDS,
  DEFAULT_PROTECTED_PATHS,
  defaultConfig,
  itemsPerScan,
  loadConfig,
  parseConfig,
} from '../../src/config.js';

const FILE = '.github/codex-orchestrator.yml';
const TOP_LEVEL_KEYS = Object.keys(configSchema.shape).join(', ');

/** Parses and returns the ConfigError's problems (fails the test when the text is accepted). */
function problemsOf(text: string): string[] {
  try {
    parseConfig(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).file).toBe(FILE);
    return (error as ConfigError).problems;
  }
  throw new Error(`Expected parseConfig to reject:\n${text}`);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'config-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('returns the defaults when the file does not exist', async () => {
    const config = await loadConfig(join(dir, 'missing.yml'));
    expect(config).toEqual(defaultConfig());
    expect(config.labels.prefix).toBe('codex');
    expect(config.backlog).toEqual({
      source: 'github',
      docs: { issues: 'docs/projects/**/issues/*.md', milestones: 'docs/projects/**/milestones/*.md' },
    });
    // Unset: one scan starts up to max-parallel items (1 by default).
    expect(config['max-items-per-run']).toBeUndefined();
    expect(itemsPerScan(config)).toBe(1);
    expect(itemsPerScan(parseConfig('max-parallel: 3\n', FILE))).toBe(3);
    expect(itemsPerScan(parseConfig('max-parallel: 3\nmax-items-per-run: 1\n', FILE))).toBe(1);
    expect(config.commands.allow).toEqual(DEFAULT_ALLOWED_COMMANDS);
    expect(config.commands.deny).toEqual(DEFAULT_DENIED_COMMANDS);
    expect(config['protected-paths']).toEqual(DEFAULT_PROTECTED_PATHS);
    expect(config['max-parallel']).toBe(1);
    expect(config['consecutive-failure-limit']).toBe(3);
    expect(config.budgets['item-token-cap']).toBeNull();
    expect(config.retro).toEqual({ apply: false, 'stale-days': 30, 'max-closes': 3, report: 'issue' });
  });

  it('bounds retro.max-closes: 0 closes nothing, more than 20 is refused', () => {
    expect(parseConfig('retro:\n  max-closes: 0\n', FILE).retro['max-closes']).toBe(0);
    expect(problemsOf('retro:\n  max-closes: 50\n').join('\n')).toMatch(/retro\.max-closes/);
  });

  it('reads and validates an existing file, keeping defaults for what it leaves out', async () => {
    const path = join(dir, 'policy.yml');
    await writeFile(path, 'labels:\n  prefix: ai\nverify:\n  commands: [npm test, npm run lint]\n');
    const config = await loadConfig(path);
    expect(config.labels.prefix).toBe('ai');
    expect(config.verify).toEqual({ commands: ['npm test', 'npm run lint'], 'timeout-minutes': 20 });
    expect(config.review).toEqual(defaultConfig().review);
  });

  it('names the file it read in the error', async () => {
    const path = join(dir, 'broken.yml');
    await writeFile(path, 'max-parallel: many\n');
    await expect(loadConfig(path)).rejects.toThrow(
      `Invalid config file ${path}:\n  - ${path}:1: max-parallel:`,
    );
  });

  it('does not treat an unreadable path as a missing file', async () => {
    const path = join(dir, 'a-directory.yml');
    await mkdir(path);
    await expect(loadConfig(path)).rejects.toThrow(/EISDIR/);
  });
});

describe('parseConfig', () => {
  it('treats an empty file as the defaults', () => {
    expect(parseConfig('', FILE)).toEqual(defaultConfig());
    expect(parseConfig('# only a comment\n', FILE)).toEqual(defaultConfig());
  });

  it('accepts every documented section', () => {
    const config = parseConfig(
      [
        'labels: { prefix: orchestrator }',
        'backlog: { source: docs, docs: { issues: "plans/*.md", milestones: "plans/m/*.md" } }',
        'verify: { commands: [make test], timeout-minutes: 45 }',
        'commands: { allow: [make], deny: [curl] }',
        'protected-paths: [infra/**]',
        'prompts: { plan: .github/codex/plan.md }',
        'reviewers: { users: [octocat], teams: [core] }',
        'review: { runner: codex, diff-budget-bytes: 20000, allow-forks: true }',
        'budgets: { phase-timeout-minutes: 10, criterion-timeout-minutes: 5, item-token-cap: 500000, item-cost-cap-usd: 2.5 }',
        'sandbox: { network: true }',
        'pricing: { input: 2, cached-input: 0.2, output: 8 }',
        'max-iterations: 4',
        'max-parallel: 3',
        'max-items-per-run: 2',
        'consecutive-failure-limit: 5',
      ].join('\n'),
      FILE,
    );
    expect(config).toMatchObject({
      labels: { prefix: 'orchestrator' },
      backlog: { source: 'docs', docs: { issues: 'plans/*.md', milestones: 'plans/m/*.md' } },
      verify: { commands: ['make test'], 'timeout-minutes': 45 },
      prompts: { plan: '.github/codex/plan.md' },
      budgets: { 'item-token-cap': 500000, 'item-cost-cap-usd': 2.5 },
      sandbox: { network: true },
      'max-parallel': 3,
    });
  });

  it('runs every phase on codex unless the config says otherwise', () => {
    expect(defaultConfig().runtimes).toEqual({
      plan: 'codex',
      review: 'codex',
      retro: 'codex',
      dev: 'codex',
      fix: 'codex',
    });
    expect(defaultConfig().pricing).toEqual({ models: {} });
  });

  it('accepts claude for the read-only phases, and a list of two for review', () => {
    const config = parseConfig(
      'runtimes: { plan: claude, retro: claude, review: [codex, claude] }\n' +
        'pricing: { models: { my-model: { input: 1, cached-input: 0.1, cache-write: 1.25, output: 5 } } }\n',
      FILE,
    );
    expect(config.runtimes).toMatchObject({ plan: 'claude', retro: 'claude', review: ['codex', 'claude'] });
    expect(config.pricing.models['my-model']).toEqual({
      input: 1,
      'cached-input': 0.1,
      'cache-write': 1.25,
      output: 5,
    });
  });

  it('refuses claude for dev and fix, naming the key and why', () => {
    const problems = problemsOf('runtimes:\n  dev: claude\n  fix: claude\n');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^\.github\/codex-orchestrator\.yml:2: runtimes\.dev: claude runs only the read-only phases \(plan, review, retro\): dev and fix write code and run commands/,
    );
    expect(problems[1]).toMatch(/:3: runtimes\.fix: claude runs only the read-only phases/);
  });

  it('refuses an unknown runtime, a repeated one, and a flat price without its output', () => {
    expect(problemsOf('runtimes: { plan: gemini }\n')[0]).toMatch(
      /runtimes\.plan: 'gemini'\. Expected one of: codex, claude\./,
    );
    expect(problemsOf('runtimes: { review: [claude, claude] }\n')[0]).toMatch(
      /runtimes\.review: a runtime is listed twice/,
    );
    expect(problemsOf('pricing: { input: 2 }\n')[0]).toMatch(/pricing: set input and output together/);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(problemsOf('labels:\n  prefix: codex\nverify:\n\tcommands: [npm test]\n')).toEqual([
      `${FILE}:4: YAML syntax error: Tabs are not allowed as indentation`,
    ]);
    expect(problemsOf('max-parallel: 2\nlabels: prefix: codex\n')).toEqual([
      `${FILE}:2: YAML syntax error: Nested mappings are not allowed in compact mappings`,
    ]);
  });

  it('reports an unclosed flow sequence where the parser notices it', () => {
    // The parser only notices the missing `]` at the next line, so that is the line reported.
    expect(problemsOf('verify:\n  commands: [npm test\nmax-parallel: 2\n')).toEqual([
      `${FILE}:3: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });

  it('reports a duplicate key as an error on the line of its second occurrence', () => {
    expect(problemsOf('labels:\n  prefix: a\nmax-parallel: 2\nlabels:\n  prefix: b\n')).toEqual([
      `${FILE}:4: YAML syntax error: Map keys must be unique`,
    ]);
  });

  it('reports an unknown top-level key with its line and the known keys', () => {
    expect(problemsOf('labels:\n  prefix: ai\nmax-paralel: 2\n')).toEqual([
      `${FILE}:3: max-paralel: unknown key. Expected one of: ${TOP_LEVEL_KEYS}.`,
    ]);
  });

  it('reports an unknown nested key with the keys of its own section', () => {
    expect(problemsOf('verify:\n  commands: []\n  timeout: 5\n')).toEqual([
      `${FILE}:3: verify.timeout: unknown key. Expected one of: commands, timeout-minutes.`,
    ]);
  });

  it('reports a wrong type with the key, the expected type and the value', () => {
    expect(problemsOf('max-parallel: two\n')).toEqual([
      `${FILE}:1: max-parallel: Invalid input: expected number, received string (got "two")`,
    ]);
    expect(problemsOf('labels: 3\n')).toEqual([
      `${FILE}:1: labels: Invalid input: expected object, received number (got 3)`,
    ]);
  });

  it('reports a value outside its range or its options', () => {
    expect(problemsOf('backlog:\n  source: jira\n')).toEqual([
      `${FILE}:2: backlog.source: Invalid option: expected one of "github"|"docs" (got "jira")`,
    ]);
    expect(problemsOf('max-parallel: 50\n')[0]).toMatch(/^.*:1: max-parallel: Too big: .*20.* \(got 50\)$/);
  });

  it('reads the backlog keys, keeping the default of the glob left out', () => {
    const config = parseConfig(
      [
        'backlog:',
        '  source: docs',
        '  docs:',
        '    issues: "plans/**/*.md"',
        'max-parallel: 4',
        'max-items-per-run: 3',
        'consecutive-failure-limit: 2',
      ].join('\n'),
      FILE,
    );
    expect(config.backlog).toEqual({
      source: 'docs',
      docs: { issues: 'plans/**/*.md', milestones: 'docs/projects/**/milestones/*.md' },
    });
    expect([
      config['max-parallel'],
      config['max-items-per-run'],
      config['consecutive-failure-limit'],
    ]).toEqual([4, 3, 2]);
  });

  it('reports backlog keys that are misplaced, empty or out of range, each at its line', () => {
    expect(
      problemsOf(
        [
          'backlog:', // 1
          '  issues: "plans/*.md"', // 2: the globs live under backlog.docs
          '  docs:', // 3
          '    milestones: ""', // 4
          '    issue: x', // 5
          'consecutive-failure-limit: 0', // 6
          'max-items-per-run: 1.5', // 7
        ].join('\n'),
      ),
    ).toEqual([
      `${FILE}:2: backlog.issues: unknown key. Expected one of: source, docs.`,
      `${FILE}:4: backlog.docs.milestones: Too small: expected string to have >=1 characters (got "")`,
      `${FILE}:5: backlog.docs.issue: unknown key. Expected one of: issues, milestones.`,
      `${FILE}:6: consecutive-failure-limit: Too small: expected number to be >=1 (got 0)`,
      `${FILE}:7: max-items-per-run: Invalid input: expected int, received number (got 1.5)`,
    ]);
  });

  it('explains what a label prefix may contain', () => {
    expect(problemsOf('labels:\n  prefix: "bad prefix"\n')).toEqual([
      `${FILE}:2: labels.prefix: Expected letters, digits, ".", "_" or "-", starting with a letter or digit, such as codex. (got "bad prefix")`,
    ]);
  });

  it('points into lists by index', () => {
    expect(problemsOf('verify:\n  commands:\n    - npm test\n    - ""\n')).toEqual([
      `${FILE}:4: verify.commands.1: Too small: expected string to have >=1 characters (got "")`,
    ]);
  });

  it('reports a top level that is not a mapping', () => {
    expect(problemsOf('- a\n- b\n')).toEqual([
      `${FILE}:1: (top level): Invalid input: expected object, received array`,
    ]);
  });

  it('reports several problems together, in file order', () => {
    const problems = problemsOf(
      [
        'max-parallel: two', // 1
        'backlog:', // 2
        '  source: jira', // 3
        'verify:', // 4
        '  commands:', // 5
        '    - npm test', // 6
        '    - ""', // 7
        'labels:', // 8
        '  prefx: x', // 9
        'unknown-top: 1', // 10
      ].join('\n'),
    );
    expect(problems.map((p) => /^[^:]+:(\d+): ([^:]+):/.exec(p)?.slice(1).join(' '))).toEqual([
      '1 max-parallel',
      '3 backlog.source',
      '7 verify.commands.1',
      '9 labels.prefx',
      '10 unknown-top',
    ]);
  });

  it('accepts a few aliases, as a hand-written file may use them', () => {
    const config = parseConfig('reviewers: &people\n  users: [alice]\n  teams: []\n', FILE);
    expect(config.reviewers.users).toEqual(['alice']);
    const merged = parseConfig('verify:\n  commands: &cmds [npm test]\ncommands:\n  allow: *cmds\n', FILE);
    expect(merged.commands.allow).toEqual(['npm test']);
  });

  it('refuses an alias bomb with the file, the line and what is wrong, not a bare ReferenceError', () => {
    const nine = (x: string) => `[${Array(9).fill(x).join(', ')}]`;
    const bomb = [
      `x-a: &a ${nine('"lol"')}`,
      `x-b: &b ${nine('*a')}`,
      `x-c: &c ${nine('*b')}`,
      `x-d: &d ${nine('*c')}`,
      `x-e: ${nine('*d')}`,
    ].join('\n');
    let error: unknown;
    try {
      parseConfig(bomb, FILE);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      `${FILE}:2: YAML aliases expand to more than 100 nodes (36 alias(es) in the file), which is how a resource-exhaustion "alias bomb" looks. Write the values out instead of nesting anchors.`,
    ]);
  });

  it('names an alias whose anchor is missing', () => {
    expect(problemsOf('labels:\n  prefix: codex\nreviewers:\n  users: *people\n')).toEqual([
      `${FILE}:4: YAML alias *people names no anchor (&people) before it. Define the anchor first, or write the value out.`,
    ]);
  });

  it('formats the error message as one list', () => {
    let error: unknown;
    try {
      parseConfig('max-parallel: 0\nmax-iterations: 0\n', FILE);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Invalid config file ${FILE.replaceAll('.', '\\.')}:\\n  - .*:1: max-parallel: .*\\n  - .*:2: max-iterations: .*$`,
      ),
    );
  });
});
