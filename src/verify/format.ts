import { fenceFor } from '../report/markdown.js';
import type { VerifyReport } from './run.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function clipTail(text: string, max: number): string {
  return text.length > max ? `[… clipped]\n${text.slice(-max)}` : text;
}

/** One line per command: ✅/❌, the command, how it ended. */
export function verifyLines(report: VerifyReport): string[] {
  return [
    ...report.results.map((r) => {
      const how = r.timedOut ? 'timed out' : r.exitCode === 0 ? 'passed' : `exit code ${r.exitCode}`;
      return `${r.exitCode === 0 ? '✅' : '❌'} \`${r.command.replace(/`/g, "'")}\` — ${how} (${seconds(r.durationMs)})`;
    }),
    ...report.skipped.map((c) => `⏭️ \`${c.replace(/`/g, "'")}\` — not run (an earlier command failed)`),
  ];
}

/**
 * The verification as markdown for a PR body or a check run: the command list, and the output of
 * the failed command (its tail, at most `maxOutput` characters) in a fenced block.
 */
export function verifyMarkdown(report: VerifyReport, maxOutput = 6000): string {
  if (report.results.length === 0) return '_No verification commands are configured (`verify.commands`)._';
  const lines = verifyLines(report).map((l) => `- ${l}`);
  const failed = report.results.find((r) => r.exitCode !== 0);
  if (failed) {
    const output = clipTail(failed.output.trimEnd(), maxOutput) || '(no output)';
    const f = fenceFor(output);
    lines.push(
      '',
      `<details open><summary>Output of <code>${escapeHtml(failed.command)}</code></summary>`,
      '',
      `${f}text`,
      output,
      f,
      '',
      '</details>',
    );
  }
  return lines.join('\n');
}

/** The failure as plain text for the model: which command failed and the end of its output. */
export function verifyFailureText(report: VerifyReport, maxOutput = 12_000): string {
  const failed = report.results.find((r) => r.exitCode !== 0);
  if (!failed) return '';
  const how = failed.timedOut ? 'was killed by the timeout' : `exited with code ${failed.exitCode}`;
  return `The command \`${failed.command}\` ${how}. The end of its output:\n\n${clipTail(failed.output.trimEnd(), maxOutput)}`;
}

/** A compact one-line-per-command text for the item state (shown in the status comment). */
export function verifyStateText(report: VerifyReport, maxChars = 4000): string {
  const failed = report.results.find((r) => r.exitCode !== 0);
  const head = verifyLines(report).join('\n');
  if (!failed) return head;
  return clipTail(`${head}\n\n${failed.output.trimEnd()}`, maxChars);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
