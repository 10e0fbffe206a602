import { appendFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { createGitExec } from '../git/exec.js';
import { InputError } from '../inputs.js';
import { parseFlags } from '../local/command.js';
import { userToolCache } from '../local/engine.js';
import { inputFlagOptions, inputFlagUsage, inputsFromFlags } from '../local/inputs.js';
import { redirectLog } from '../log.js';
import { setJobSecrets } from '../safety/secrets.js';
import { BaselineError, compareWithBaseline, readBaseline } from './baseline.js';
import { renderChart } from './chart.js';
import { variantEngine } from './engine.js';
import { checkPrompts, prepareRuntimes } from './prepare.js';
import { buildReport, type EvalReport, renderMarkdown, renderTable } from './report.js';
import { rolesOf, runEval, unpricedUnderCap, type VariantEnv } from './run.js';
import { loadSuite, SuiteError } from './suite.js';
import { DEFAULT_VARIANT, describeVariant, loadVariants, VariantsError } from './variants.js';

const USAGE = `Usage: codex-orchestrator eval [options]

Scores the reviewer and the planner on a suite of cases — recall and precision of the findings,
verdict accuracy, the false-pass rate, invalid answers, tokens, cost, time — per variant (a
runtime, a model, an effort, prompt templates). Each case runs through the engine's real review
(or plan) in a scratch repository: the same prompts, schemas and sandbox as production.

  --suite DIR               the cases (default: the starter suite shipped with the package)
  --variants FILE           the variants to compare (default: the configured runtime and flags)
  --case ID                 only this case (repeatable)
  --repeat N                run every case N times, for the spread (default 1)
  --baseline REPORT         compare with an earlier report.json (or --json output): exit 1 when
                            recall or verdict accuracy drops by more than eval.max-drop
  --cost-cap-usd USD        stop before the eval costs more (default: eval.cost-cap-usd)
  --out DIR                 write report.md, chart.svg, report.json, the log and events there
  --json                    print the report as one JSON object on stdout
  --dir DIR                 the repository whose config and prompt overrides apply (default: .)
${inputFlagUsage()}

Keys come from the environment: OPENAI_API_KEY (ANTHROPIC_API_KEY for claude variants).
Exit codes: 0 the eval ran (and passed the baseline gate), 1 the gate failed or the cost cap or a
signal stopped the eval early, 2 bad input: invalid cases, variants, config or flags (all listed).`;

class UsageError extends Error {}

function parse(argv: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      suite: { type: 'string' },
      variants: { type: 'string' },
      case: { type: 'string', multiple: true },
      repeat: { type: 'string' },
      baseline: { type: 'string' },
      'cost-cap-usd': { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
      dir: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...inputFlagOptions,
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`Unexpected argument '${positionals[0]}'.`);
  const repeat = values.repeat ?? '1';
  if (!/^[1-9]\d?$/.test(repeat))
    throw new UsageError(`Invalid --repeat '${repeat}'. Expected a whole number from 1 to 99.`);
  const cap = values['cost-cap-usd'];
  if (cap !== undefined && !(Number(cap) > 0))
    throw new UsageError(`Invalid --cost-cap-usd '${cap}'. Expected an amount in USD above 0, such as 5.`);
  return { ...values, repeat: Number(repeat), costCap: cap === undefined ? undefined : Number(cap) };
}

/** The starter suite shipped in the package: `evals/` at its root (two levels up from src/eval/ and dist/cli/). */
export function starterSuite(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'evals');
}

/** What the command needs from its process; tests pass their own. */
export interface EvalIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Signals that stop the eval between cases (default SIGINT and SIGTERM of this process). */
  onSignal?: (handler: (name: string) => void) => () => void;
}

/** `codex-orchestrator eval`: resolves to the exit code. */
export async function evalCommand(argv: readonly string[], io: EvalIo): Promise<number> {
  const flags = parseFlags(() => parse(argv), USAGE, { stderr: io.stderr, help: io.stdout });
  if (typeof flags === 'number') return flags;
  // The engine's lines go to the log file of --out, or nowhere: stdout is for the table or --json.
  redirectLog(() => {});
  const scratchParent = await mkdtemp(join(tmpdir(), 'codex-orchestrator-eval-'));
  try {
    return await evaluate(flags, io, scratchParent);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof InputError ||
      error instanceof ConfigError ||
      error instanceof SuiteError ||
      error instanceof VariantsError ||
      error instanceof BaselineError
    ) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    redirectLog(undefined);
    await rm(scratchParent, { recursive: true, force: true });
  }
}

async function evaluate(flags: ReturnType<typeof parse>, io: EvalIo, scratchParent: string): Promise<number> {
  const git = createGitExec();
  const projectDir = resolve(io.cwd, flags.dir ?? '.');
  const inputs = inputsFromFlags(flags, io.env);
  const config = await loadConfig(resolve(projectDir, inputs.configFile));
  const variants = flags.variants ? await loadVariants(resolve(io.cwd, flags.variants)) : [DEFAULT_VARIANT];
  const suiteDir = flags.suite ? resolve(io.cwd, flags.suite) : starterSuite();
  const suite = await loadSuite(git, suiteDir, { only: flags.case, scratchParent });
  const baseline = flags.baseline ? await readBaseline(resolve(io.cwd, flags.baseline)) : undefined;
  const cap = flags.costCap ?? config.eval['cost-cap-usd'];
  const out = flags.out ? resolve(io.cwd, flags.out) : undefined;
  if (out) {
    await mkdir(join(out, 'events'), { recursive: true });
    const log = join(out, 'eval.log');
    await writeFile(log, '');
    redirectLog((line) => appendFileSync(log, `${line}\n`));
  }
  setJobSecrets([
    { name: 'the model key', value: inputs.openaiApiKey },
    { name: 'the anthropic-api-key', value: inputs.anthropicApiKey },
  ]);

  const controller = new AbortController();
  const envs: VariantEnv[] = variants.map((variant, index) => ({
    name: variant.name,
    description: describeVariant(variant, inputs, config),
    env: variantEngine({
      variant,
      config,
      inputs,
      runnerTemp: join(scratchParent, `runtime-${index + 1}`),
      toolCache: userToolCache(io.env),
      eventsFile: join(out ? join(out, 'events') : scratchParent, `variant-${index + 1}.jsonl`),
      signal: controller.signal,
    }),
  }));
  const roles = rolesOf(suite.cases);
  const refused = unpricedUnderCap(envs, suite.cases, cap);
  if (refused) {
    io.stderr(`${refused}\n`);
    return 2;
  }
  const problems = [
    ...(await checkPrompts(envs, roles, projectDir)),
    ...(await prepareRuntimes(envs, roles)),
  ];
  if (problems.length > 0) {
    io.stderr(`The eval cannot start; nothing was run:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return 2;
  }

  let stoppedBy: string | undefined;
  const removeSignals = (io.onSignal ?? processSignals)((name) => {
    stoppedBy ??= `${name} stopped the eval.`;
    controller.abort(new Error(stoppedBy));
  });
  const startedAt = new Date();
  let report: EvalReport;
  try {
    const run = await runEval({
      suite,
      variants: envs,
      repeat: flags.repeat,
      costCapUsd: cap,
      git,
      projectDir,
      scratchParent,
      progress: (line) => io.stderr(`${line}\n`),
      stop: () => stoppedBy,
    });
    report = buildReport({ suite: suite.name, startedAt, repeat: flags.repeat, costCapUsd: cap, run });
  } finally {
    removeSignals();
  }
  if (baseline) report.baseline = compareWithBaseline(report, baseline, config.eval['max-drop']);
  if (out) {
    await writeFile(join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(join(out, 'report.md'), renderMarkdown(report));
    await writeFile(join(out, 'chart.svg'), renderChart(report));
  }
  if (flags.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(renderTable(report));
  if (out) io.stderr(`Report: ${join(out, 'report.md')}\n`);
  return report.stopped || report.baseline?.tripped ? 1 : 0;
}

/** SIGINT and SIGTERM end the running case (its agent's process tree) and stop the eval with what ran. */
function processSignals(handler: (name: string) => void): () => void {
  const int = () => handler('SIGINT');
  const term = () => handler('SIGTERM');
  process.on('SIGINT', int);
  process.on('SIGTERM', term);
  return () => {
    process.off('SIGINT', int);
    process.off('SIGTERM', term);
  };
}
