import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import {
  AUTONOMY_LEVELS,
  DISPATCH_MODES,
  EFFORTS,
  INPUT_DEFAULTS,
  INPUT_NAMES,
  InputError,
  inputsSchema,
  PHASES,
  readInputs,
} from '../../src/inputs.js';

/** A getInput that answers from a map, as core.getInput would after trimming. */
const from =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? '';

/** Reads the inputs and returns the InputError's problems (fails the test when nothing is thrown). */
function problemsOf(values: Record<string, string>): string[] {
  try {
    readInputs(from(values));
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems;
  }
  throw new Error(`Expected readInputs to reject ${JSON.stringify(values)}`);
}

let stdout: MockInstance<typeof process.stdout.write>;
beforeEach(() => {
  // core.setSecret writes `::add-mask::` to stdout; capture it rather than print workflow commands.
  stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});
const written = () => stdout.mock.calls.map(([chunk]) => String(chunk)).join('');

describe('readInputs defaults', () => {
  it('uses action.yml defaults for every input that is absent', () => {
    expect(readInputs(from({}))).toEqual({
      phase: 'auto',
      githubToken: '',
      openaiApiKey: '',
      sessionKey: '',
      responsesApiEndpoint: '',
      model: '',
      effort: '',
      codexVersion: '0.171.0',
      codexPath: '',
      anthropicApiKey: '',
      anthropicBaseUrl: '',
      claudeModel: '',
      claudeCodeVersion: '2.1.332',
      configFile: '.github/codex-orchestrator.yml',
      target: undefined,
      autonomy: 'draft',
      maxReviewCycles: 2,
      dryRun: false,
      dispatch: 'workflow',
      allowedUsers: [],
      allowedBots: [],
    });
  });

  it('has a default for every input of the schema and nothing else', () => {
    expect(Object.keys(INPUT_DEFAULTS)).toEqual(INPUT_NAMES);
  });

  it('reads INPUT_* variables the way the runner sets them: upper case, dashes kept', () => {
    vi.stubEnv('INPUT_PHASE', 'review');
    vi.stubEnv('INPUT_MAX-REVIEW-CYCLES', '5');
    vi.stubEnv('INPUT_DRY-RUN', 'true');
    vi.stubEnv('INPUT_ALLOWED-BOTS', ' dependabot[bot] ');
    vi.stubEnv('INPUT_RESPONSES-API-ENDPOINT', 'https://gw.example.test/openai/v1/');
    const inputs = readInputs();
    expect(inputs.phase).toBe('review');
    expect(inputs.maxReviewCycles).toBe(5);
    expect(inputs.dryRun).toBe(true);
    expect(inputs.allowedBots).toEqual(['dependabot[bot]']);
    expect(inputs.responsesApiEndpoint).toBe('https://gw.example.test/openai/v1');
  });
});

describe('readInputs accepts every allowed value', () => {
  it.each(PHASES)('phase %s', (phase) => {
    expect(readInputs(from({ phase })).phase).toBe(phase);
  });
  it.each(AUTONOMY_LEVELS)('autonomy %s', (autonomy) => {
    expect(readInputs(from({ autonomy })).autonomy).toBe(autonomy);
  });
  it.each(EFFORTS)('effort %s', (effort) => {
    expect(readInputs(from({ effort })).effort).toBe(effort);
  });
  it.each(DISPATCH_MODES)('dispatch %s', (dispatch) => {
    expect(readInputs(from({ dispatch })).dispatch).toBe(dispatch);
  });
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('dry-run %s', (value, expected) => {
    expect(readInputs(from({ 'dry-run': value })).dryRun).toBe(expected);
  });
  it.each([
    ['0', 0],
    ['2', 2],
    ['20', 20],
  ])('max-review-cycles %s', (value, expected) => {
    expect(readInputs(from({ 'max-review-cycles': value })).maxReviewCycles).toBe(expected);
  });
  it.each([
    ['42', 42],
    ['#42', 42],
    ['2147483647', 2147483647],
    ['', undefined],
  ])('target %j', (value, expected) => {
    expect(readInputs(from({ target: value })).target).toBe(expected);
  });

  it('splits user and bot lists on commas and newlines, dropping blanks', () => {
    const inputs = readInputs(
      from({ 'allowed-users': 'alice, bob\n\ncarol,', 'allowed-bots': 'renovate[bot]\ndependabot[bot]' }),
    );
    expect(inputs.allowedUsers).toEqual(['alice', 'bob', 'carol']);
    expect(inputs.allowedBots).toEqual(['renovate[bot]', 'dependabot[bot]']);
  });

  it('keeps free-form inputs as given', () => {
    const inputs = readInputs(
      from({
        model: 'gpt-5.1-codex',
        'codex-version': '0.170.0-alpha.2',
        'codex-path': '/opt/codex/bin/codex',
        'config-file': 'ci/orchestrator.yml',
      }),
    );
    expect(inputs).toMatchObject({
      model: 'gpt-5.1-codex',
      codexVersion: '0.170.0-alpha.2',
      codexPath: '/opt/codex/bin/codex',
      configFile: 'ci/orchestrator.yml',
    });
  });
});

describe('readInputs rejects bad values with the value and what is allowed', () => {
  it.each([
    ['phase', 'deploy', `Invalid input 'phase': 'deploy'. Expected one of: ${PHASES.join(', ')}.`],
    ['autonomy', 'yolo', `Invalid input 'autonomy': 'yolo'. Expected one of: ${AUTONOMY_LEVELS.join(', ')}.`],
    [
      'effort',
      'extreme',
      `Invalid input 'effort': 'extreme'. Expected one of: ${EFFORTS.join(', ')} (or empty for the default).`,
    ],
    ['dispatch', 'repository', "Invalid input 'dispatch': 'repository'. Expected one of: workflow, none."],
    ['dry-run', 'yes', "Invalid input 'dry-run': 'yes'. Expected true or false."],
    [
      'max-review-cycles',
      '21',
      "Invalid input 'max-review-cycles': '21'. Expected a whole number from 0 to 20.",
    ],
    [
      'max-review-cycles',
      '-1',
      "Invalid input 'max-review-cycles': '-1'. Expected a whole number from 0 to 20.",
    ],
    [
      'max-review-cycles',
      'two',
      "Invalid input 'max-review-cycles': 'two'. Expected a whole number from 0 to 20.",
    ],
    [
      'target',
      '0',
      "Invalid input 'target': '0'. Expected an issue or pull request number from 1 to 2147483647 such as 42 (or empty).",
    ],
    [
      'target',
      'PR-12',
      "Invalid input 'target': 'PR-12'. Expected an issue or pull request number from 1 to 2147483647 such as 42 (or empty).",
    ],
    // Beyond GitHub's 32-bit issue numbers, and beyond what a JavaScript number holds exactly.
    [
      'target',
      '99999999999999999999',
      "Invalid input 'target': '99999999999999999999'. Expected an issue or pull request number from 1 to 2147483647 such as 42 (or empty).",
    ],
    [
      'target',
      '2147483648',
      "Invalid input 'target': '2147483648'. Expected an issue or pull request number from 1 to 2147483647 such as 42 (or empty).",
    ],
    [
      'responses-api-endpoint',
      'gateway.internal/v1',
      "Invalid input 'responses-api-endpoint': 'gateway.internal/v1'. Expected an absolute URL such as https://example.com/v1 (or empty).",
    ],
    [
      'codex-version',
      'latest',
      "Invalid input 'codex-version': 'latest'. Expected an exact version of @openai/codex such as 0.171.0.",
    ],
  ])('%s = %j', (name, value, message) => {
    expect(problemsOf({ [name]: value })).toEqual([message]);
  });

  it('rejects an empty config-file path when the schema sees one', () => {
    // readInputs replaces '' with the default, so only a direct schema use can see an empty path.
    const parsed = inputsSchema.safeParse({ ...INPUT_DEFAULTS, 'config-file': '' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/must not be empty.*\.github\/codex-orchestrator\.yml/);
  });

  it('reports every problem together in one error', () => {
    let error: unknown;
    try {
      readInputs(from({ phase: 'deploy', autonomy: 'yolo', 'dry-run': 'maybe', target: 'x' }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const inputError = error as InputError;
    expect(inputError.problems.map((p) => /^Invalid input '([^']+)'/.exec(p)?.[1])).toEqual([
      'phase',
      'target',
      'autonomy',
      'dry-run',
    ]);
    expect(inputError.message).toBe(
      `Invalid action inputs:\n${inputError.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  });
});

describe('secrets', () => {
  it('masks the GitHub token and the model key with ::add-mask::', () => {
    readInputs(from({ 'github-token': 'ghs_secretToken123', 'openai-api-key': 'sk-test-key-456' }));
    const out = written();
    expect(out).toContain('::add-mask::ghs_secretToken123');
    expect(out).toContain('::add-mask::sk-test-key-456');
  });

  it('masks the Anthropic key too', () => {
    readInputs(from({ 'anthropic-api-key': 'sk-ant-test-key-789' }));
    expect(written()).toContain('::add-mask::sk-ant-test-key-789');
  });

  it('masks them before any validation problem can be reported', () => {
    expect(() => readInputs(from({ 'openai-api-key': 'sk-early-mask', phase: 'deploy' }))).toThrow(
      InputError,
    );
    expect(written()).toContain('::add-mask::sk-early-mask');
  });

  it('issues no mask command for empty secrets', () => {
    readInputs(from({}));
    expect(written()).not.toContain('::add-mask::');
  });
});
