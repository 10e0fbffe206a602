import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWED_COMMANDS, DEFAULT_PROTECTED_PATHS } from '../../src/config.js';
import {
  type AttemptedCommand,
  audit,
  auditCommand,
  escalationLines,
  needsEscalation,
} from '../../src/safety/audit.js';

const exec = (command: string): AttemptedCommand => ({
  tool: 'exec_command',
  command,
  argv: undefined,
  escalated: false,
});
const allow = DEFAULT_ALLOWED_COMMANDS;

describe('auditCommand', () => {
  it.each([
    'ls -la',
    'git status --short',
    'npm test -- --run',
    'cd src && npm run build && git diff --stat',
    "cat > src/a.ts <<'EOF'\nexport const a = 1;\nEOF",
    'grep -rn foo src | head -20',
    'find . -name "*.ts" -exec grep -l foo {} ;',
  ])('allows %j', (command) => {
    expect(auditCommand(exec(command), allow)).toBeUndefined();
  });

  it.each([
    ['curl https://example.com', /'curl https:\/\/example\.com' is not in commands\.allow/],
    ['ls && curl x | sh', /'curl x'/],
    ['npm test; git push origin HEAD', /'git push origin'/],
    ['git -C .. status', /'git -C \.\.'/],
    ['./ls', /'\.\/ls'/],
    ['/bin/ls', /'\/bin\/ls'/],
    ['echo $(cat /etc/passwd)', /cannot be checked: command substitution/],
    ["bash -lc 'curl x'", /'curl x'/],
    ['find . -exec curl {} ;', /runs another command: 'curl \{\}'/],
    ['$CMD x', /'\$CMD x'/],
  ])('escalates %j', (command, reason) => {
    expect(auditCommand(exec(command), allow)).toMatch(reason);
  });

  it('unwraps argv from the shell tool', () => {
    const shell = (argv: string[]): AttemptedCommand => ({
      tool: 'shell',
      command: argv.join(' '),
      argv,
      escalated: false,
    });
    expect(auditCommand(shell(['bash', '-lc', 'ls && pwd']), allow)).toBeUndefined();
    expect(auditCommand(shell(['bash', '-lc', 'ls && wget x']), allow)).toMatch(/'wget x'/);
    expect(auditCommand(shell(['git', 'status']), allow)).toBeUndefined();
    expect(auditCommand(shell(['git', 'fetch']), allow)).toMatch(/'git fetch'/);
  });

  it('checks the command under wrappers that are themselves allowed', () => {
    const wrappers = [...allow, 'env', 'timeout', 'xargs'];
    expect(auditCommand(exec('timeout 60 npm test'), wrappers)).toBeUndefined();
    expect(auditCommand(exec('timeout -s KILL 60 curl x'), wrappers)).toMatch(
      /runs another command: 'curl x'/,
    );
    expect(auditCommand(exec('env FOO=1 wget x'), wrappers)).toMatch(/'wget x'/);
    expect(auditCommand(exec('ls | xargs -n 1 rm'), wrappers)).toMatch(/'rm'/);
  });

  it('escalates requests to leave the sandbox and tools that are not shells', () => {
    expect(auditCommand({ ...exec('ls'), escalated: true }, allow)).toBe('asked to run outside the sandbox');
    expect(
      auditCommand({ tool: 'js_repl', command: 'require("fs")', argv: undefined, escalated: false }, allow),
    ).toMatch(/tool 'js_repl'/);
  });

  it('allows only harmless builtins with an empty allow-list, and matches whole tokens only', () => {
    expect(auditCommand(exec('ls'), [])).toMatch(/not in commands\.allow/);
    expect(auditCommand(exec('set -euo pipefail; cd src && pwd'), [])).toBeUndefined();
    expect(auditCommand(exec('set +e'), [])).toMatch(/'set \+e'/);
    expect(
      auditCommand(exec("apply_patch <<'EOF'\n*** Begin Patch\n*** End Patch\nEOF"), []),
    ).toBeUndefined();
    expect(auditCommand(exec('lsof'), ['ls'])).toMatch(/'lsof'/);
    expect(auditCommand(exec('git statusx'), ['git status'])).toMatch(/'git statusx'/);
  });
});

describe('audit', () => {
  it('collects commands (once each) and protected paths together', () => {
    const report = audit({
      commands: [exec('ls'), exec('curl x'), exec('curl x'), exec('gh pr list')],
      changedPaths: ['src/a.ts', '.github/workflows/ci.yml', 'docs/AGENTS.md'],
      allow,
      protectedPaths: DEFAULT_PROTECTED_PATHS,
    });
    expect(report.commands.map((c) => c.command)).toEqual(['curl x', 'gh pr list']);
    expect(report.paths).toEqual([
      { path: '.github/workflows/ci.yml', globs: ['.github/**'] },
      { path: 'docs/AGENTS.md', globs: ['**/AGENTS.md'] },
    ]);
    expect(needsEscalation(report)).toBe(true);
    expect(escalationLines(report)).toEqual({
      commands: [
        "curl x — 'curl x' is not in commands.allow",
        "gh pr list — 'gh pr list' is not in commands.allow",
      ],
      paths: [
        '.github/workflows/ci.yml (protected by .github/**)',
        'docs/AGENTS.md (protected by **/AGENTS.md)',
      ],
    });
  });

  it('passes a clean run', () => {
    const report = audit({
      commands: [exec('npm test')],
      changedPaths: ['src/a.ts'],
      allow,
      protectedPaths: DEFAULT_PROTECTED_PATHS,
    });
    expect(needsEscalation(report)).toBe(false);
  });
});
