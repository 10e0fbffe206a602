// The `codex-orchestrator` command line (package.json `bin`): local use of what the action does in
// CI, starting with `scan` (DESIGN §6). It runs outside a workflow, so it reads its own arguments
// and environment and prints to the terminal rather than speaking the runner's protocol.
import { evalCommand } from '../eval/command.js';
import { approveCommand, clearCommand } from './approve.js';
import { runCommand } from './run.js';
import { scanCommand } from './scan.js';

const USAGE = `Usage: codex-orchestrator <command> [options]

Commands:
  run      work the docs backlog on this machine: dev → review → fix per item, on branches
  scan     print the backlog's ready queue, blocked items and problems
  eval     score the reviewer and the planner on a suite of cases, per variant
  approve  approve a local item's escalation (its held commits)
  clear    end the local session after an early exit
  mcp      serve the backlog's tools (scan_prioritize, process_bug, …) to an MCP client over stdio
Each takes --help.`;

async function main(argv: string[]): Promise<number> {
  const io = {
    stdout: (text: string) => process.stdout.write(text),
    stderr: (text: string) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
  };
  const [command, ...rest] = argv;
  if (command === 'scan') return scanCommand(rest, io);
  if (command === 'run') return runCommand(rest, { ...io, isTTY: process.stderr.isTTY });
  if (command === 'approve') return approveCommand(rest, io);
  if (command === 'clear') return clearCommand(rest, io);
  if (command === 'eval') return evalCommand(rest, io);
  // Loaded only for this command: the MCP SDK is not needed by the others.
  if (command === 'mcp')
    return (await import('../mcp/index.js')).mcpCommand(rest, {
      stderr: io.stderr,
      env: io.env,
      cwd: io.cwd,
    });
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  io.stderr(`Unknown command '${command}'.\n\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `codex-orchestrator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
