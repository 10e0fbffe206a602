import type { VerifyReport } from '../../verify/run.js';
import type { ProcessOutput } from '../schemas.js';

/** Output kept per failed command in a result (the end, where test runners print their failures). */
const FAILURE_OUTPUT = 4000;

/** A verification report as the tools' `test_result`: pass or fail, the counts, each failure's tail. */
export function testResult(report: VerifyReport): NonNullable<ProcessOutput['test_result']> {
  const failed = report.results.filter((r) => r.exitCode !== 0);
  return {
    passed: report.ok,
    summary: {
      commands: report.results.length + report.skipped.length,
      passed: report.results.length - failed.length,
      failed: failed.length,
      skipped: report.skipped.length,
    },
    failures: failed.map((r) => ({
      command: r.command,
      exit_code: r.exitCode,
      timed_out: r.timedOut,
      output: r.output.length > FAILURE_OUTPUT ? `[… clipped]\n${r.output.slice(-FAILURE_OUTPUT)}` : r.output,
    })),
  };
}
