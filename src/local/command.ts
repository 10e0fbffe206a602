import { errorMessage } from '../errors.js';

/**
 * A command's flags, or the exit code it ends with before doing anything: 2 with the problem and
 * the usage for flags that do not parse, 0 with the usage for `--help` (printed by `help`: stdout,
 * or stderr where stdout is a protocol, as for the MCP server).
 */
export function parseFlags<T extends { help?: boolean }>(
  parse: () => T,
  usage: string,
  io: { stderr(text: string): void; help(text: string): void },
): T | number {
  let flags: T;
  try {
    flags = parse();
  } catch (error) {
    io.stderr(`${errorMessage(error)}\n\n${usage}\n`);
    return 2;
  }
  if (flags.help) {
    io.help(`${usage}\n`);
    return 0;
  }
  return flags;
}
