#!/usr/bin/env node
import { add } from '../src/commands/add.js';
import { stats } from '../src/commands/stats.js';

const [command, ...args] = process.argv.slice(2);
const commands = { add, stats };
const run = commands[command];
if (!run) {
  process.stderr.write(`usage: todo <${Object.keys(commands).join('|')}> [options]\n`);
  process.exit(2);
}
process.exitCode = await run(args, { stdout: (t) => process.stdout.write(t) });
