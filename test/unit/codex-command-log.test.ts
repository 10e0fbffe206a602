import { describe, expect, it } from 'vitest';
import { reconcileCommands, streamScript } from '../../src/agent/codex/command-log.js';
import { isWithin } from '../../src/agent/codex/containment.js';
import type { RolloutCommand } from '../../src/agent/codex/rollout.js';

const exec = (command: string): RolloutCommand => ({
  tool: 'exec_command',
  command,
  argv: undefined,
  workdir: undefined,
  escalated: false,
  callId: 'c',
});
const tampered = (list: ReturnType<typeof reconcileCommands>) =>
  list.filter((c) => c.tampered).map((c) => c.command);

describe('reconcileCommands', () => {
  it('matches stream commands to rollout entries, refused ones (no stream item) included', () => {
    const list = reconcileCommands({
      threadId: 't',
      rolloutFound: true,
      rollout: [exec('git push'), exec('echo hi'), exec("grep -n 'a b' x")],
      stream: ["/bin/bash -lc 'echo hi'", `/bin/bash -lc "grep -n 'a b' x"`],
    });
    expect(list.map((c) => c.command)).toEqual(['git push', 'echo hi', "grep -n 'a b' x"]);
    expect(tampered(list)).toEqual([]);
  });

  it('finds a deleted one of two identical commands', () => {
    const list = reconcileCommands({
      threadId: 't',
      rolloutFound: true,
      rollout: [exec('whoami')],
      stream: ['/bin/bash -lc whoami', '/bin/bash -lc whoami'],
    });
    expect(tampered(list)).toEqual(['whoami']);
  });

  it('reads a redacted secret in the stream as any text', () => {
    const list = reconcileCommands({
      threadId: 't',
      rolloutFound: true,
      rollout: [exec('echo sk-secret-1234 | wc -c')],
      stream: ["/bin/bash -lc 'echo [REDACTED_SECRET] | wc -c'"],
    });
    expect(tampered(list)).toEqual([]);
    const other = reconcileCommands({
      threadId: 't',
      rolloutFound: true,
      rollout: [exec('echo sk-secret-1234 | wc -l')],
      stream: ["/bin/bash -lc 'echo [REDACTED_SECRET] | wc -c'"],
    });
    expect(tampered(other)).toEqual(['echo [REDACTED_SECRET] | wc -c']);
  });

  it('matches the shell tool by its argv', () => {
    const list = reconcileCommands({
      threadId: 't',
      rolloutFound: true,
      rollout: [{ ...exec("bash -lc 'ls -a'"), tool: 'shell', argv: ['bash', '-lc', 'ls -a'] }],
      stream: ["/bin/bash -lc 'ls -a'"],
    });
    expect(tampered(list)).toEqual([]);
  });

  it('says when the rollout is gone altogether', () => {
    const [finding] = reconcileCommands({
      threadId: 't1',
      rolloutFound: false,
      rollout: [],
      stream: ['/bin/bash -lc ls'],
    });
    expect(finding).toMatchObject({
      command: 'ls',
      tampered: expect.stringMatching(/thread t1 has no rollout/),
    });
  });

  it('unwraps only a shell running a script', () => {
    expect(streamScript("/bin/bash -lc 'a && b'")).toBe('a && b');
    expect(streamScript('/usr/bin/git status')).toBe('/usr/bin/git status');
  });
});

describe('isWithin', () => {
  it.each([
    ['/a/b', '/a', true],
    ['/a', '/a', true],
    ['/ab', '/a', false],
    ['/a/../b', '/a', false],
    ['/tmp/x/..y', '/tmp/x', true],
    ['/', '/a', false],
  ])('%s within %s: %s', (inner, outer, expected) => {
    expect(isWithin(inner, outer)).toBe(expected);
  });
});
