import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bundledBwrap,
  detectIsolation,
  type IsolationProbe,
  jobIsolation,
} from '../../src/verify/isolate.js';
import { runCommand, runVerification, verifyEnv } from '../../src/verify/run.js';
import { viewFor } from '../../src/verify/view.js';
import { pinnedCodex, REPO_ROOT } from '../harness/codex-env.js';

/** What the action process holds at start, under the names the runner gives them. */
const SECRETS = {
  'INPUT_GITHUB-TOKEN': 'ghs_FAKEgithubtoken0123456789',
  'INPUT_OPENAI-API-KEY': 'sk-FAKEopenaikey0123456789',
  ACTIONS_RUNTIME_TOKEN: 'FAKEruntimetoken0123456789',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'FAKEidtokenrequest0123456789',
};
const HOME_SECRET = 'FAKEcredentialinhome0123456789';
const FILE_COMMAND_SECRET = 'FAKEfilecommandsecret0123456789';
const leaks = (text: string) =>
  [...Object.values(SECRETS), HOME_SECRET, FILE_COMMAND_SECRET].filter((s) => text.includes(s));

// A runner's layout under a folder the sandbox does not hide as a whole (unlike /tmp), so that hiding
// HOME, RUNNER_TEMP and the work folder is what is tested.
let root: string;
let env: NodeJS.ProcessEnv;
let worktree: string;
let actionProcess: ChildProcess;
let server: Server;
let hits = 0;
let url: string;
let isolation: IsolationProbe;

const CHECK_SH = (outside: string, homeSecret: string, fileCommands: string) => `
{
echo "== environ of every process"
for f in /proc/[0-9]*/environ /proc/self/environ; do echo "$f"; tr '\\0' '\\n' < "$f" 2>&1; done
echo "== env"; env
echo "== /proc/1/environ"; tr '\\0' '\\n' < /proc/1/environ
echo "== processes"; for f in /proc/[0-9]*/cmdline; do echo "$f: $(tr '\\0' ' ' < "$f")"; done
echo "== home"; ls -la "$HOME"; cat "${homeSecret}" 2>&1
echo "== runner files"; cat ${fileCommands}/* 2>&1
echo "== network"
curl -sS -m 3 "$URL" && echo CURL-REACHED
node -e 'fetch(process.env.URL).then(r => r.text()).then(t => console.log("FETCH-REACHED", t), e => console.log("fetch failed:", e.cause?.code ?? e.message))'
echo "== writes"
echo pwned > "${outside}" && echo OUTSIDE-WRITTEN
echo pwned > "$HOME/dropped" && echo HOME-WRITTEN
echo ok > inside.txt && echo INSIDE-WRITTEN
echo "== done"
} > dump.txt 2>&1
# The whole dump stays in the worktree (what a push would carry); the output is its end.
tail -n 40 dump.txt
`;

beforeAll(async () => {
  // This process holds them too: any code path that hands process.env on would leak them.
  Object.assign(process.env, SECRETS);
  await mkdir(join(REPO_ROOT, '.tmp'), { recursive: true });
  root = await mkdtemp(join(REPO_ROOT, '.tmp', 'isolation-'));
  const home = join(root, 'home');
  const runnerTemp = join(root, 'work', '_temp');
  const fileCommands = join(runnerTemp, '_runner_file_commands');
  await mkdir(home, { recursive: true });
  await mkdir(fileCommands, { recursive: true });
  await writeFile(join(home, '.credentials'), HOME_SECRET);
  await writeFile(join(fileCommands, 'set_env_1'), `TOKEN=${FILE_COMMAND_SECRET}\n`);
  // The work branch, as dev has it: a linked worktree in RUNNER_TEMP of the checkout in the work folder.
  const checkout = join(root, 'work', 'repo', 'repo');
  await mkdir(checkout, { recursive: true });
  const git = (args: string[], cwd = checkout) => execFileSync('git', args, { cwd, stdio: 'pipe' });
  git(['init', '-q', '-b', 'main']);
  git(['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '--allow-empty', '-m', 'Initial commit']);
  worktree = join(runnerTemp, 'codex-wt');
  git(['worktree', 'add', '-q', '-b', 'codex/1-x', worktree]);

  server = createServer((_req, res) => {
    hits++;
    res.end('secret-bearing service');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  env = {
    PATH: process.env.PATH,
    HOME: home,
    RUNNER_TEMP: runnerTemp,
    RUNNER_WORKSPACE: join(root, 'work', 'repo'),
    RUNNER_TOOL_CACHE: join(root, 'tool-cache'),
    ...SECRETS,
  };
  await writeFile(
    join(worktree, 'check.sh'),
    CHECK_SH(join(root, 'outside.txt'), join(home, '.credentials'), fileCommands),
  );
  // The action process: the secrets are in its initial environment, where /proc/<pid>/environ shows them.
  actionProcess = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { env, stdio: 'ignore' });
  isolation = await jobIsolation({ env, codexPaths: [pinnedCodex().path] });
});

afterAll(async () => {
  for (const name of Object.keys(SECRETS)) delete process.env[name];
  actionProcess?.kill('SIGKILL');
  server?.close();
  await rm(root, { recursive: true, force: true });
});

const verify = (commands: string[], network = false, cwd = worktree) =>
  runVerification({
    commands,
    cwd,
    timeoutMs: 30_000,
    env: { ...verifyEnv(env), URL: url },
    network,
    isolation,
  });

describe('verification isolation, tried as the agent-written check.sh would', () => {
  it('is available on this machine (the pinned Codex bundles bwrap)', () => {
    expect(isolation.available, isolation.available ? '' : isolation.reason).toBe(true);
  });

  it('the probe finds the secrets when run exposed, so the checks below can fail', async () => {
    hits = 0;
    const exposed = await runCommand('sh check.sh', {
      cwd: worktree,
      env: { ...verifyEnv(env), URL: url },
      timeoutMs: 30_000,
    });
    const dump = await readFile(join(worktree, 'dump.txt'), 'utf8');
    expect(leaks(dump)).toEqual(expect.arrayContaining(Object.values(SECRETS)));
    expect(dump).toContain(HOME_SECRET);
    expect(dump).toContain(FILE_COMMAND_SECRET);
    expect(exposed.output).toContain('CURL-REACHED');
    expect(hits).toBe(2);
    expect(exposed.output).toContain('OUTSIDE-WRITTEN');
    await rm(join(root, 'outside.txt'), { force: true });
    await rm(join(env.HOME!, 'dropped'), { force: true });
  });

  it('sees no secret, no other process, no network; writes land only in the worktree', async () => {
    hits = 0;
    const report = await verify(['sh check.sh']);
    const output = await readFile(join(worktree, 'dump.txt'), 'utf8');
    expect(report.results[0]!.output).toContain('== done');
    expect(output).toContain('== done');
    expect(leaks(output)).toEqual([]);
    // Only the sandbox's own processes: the action process and this one are not there.
    expect(output).not.toContain(`/proc/${actionProcess.pid}/`);
    expect(output).not.toContain(`/proc/${process.pid}/`);
    expect(output.match(/^\/proc\/\d+\/environ$/gm)!.length).toBeLessThanOrEqual(5);
    expect(output).not.toContain('CURL-REACHED');
    expect(output).not.toContain('FETCH-REACHED');
    expect(hits).toBe(0);
    // Outside the worktree nothing lands on the host. Where this test's folder itself sits in a folder
    // the sandbox hides (a checkout under /tmp), the write goes to that folder's private tmpfs, and
    // is gone with the sandbox; elsewhere it is refused outright.
    if (!['/tmp/', '/var/tmp/', '/home/', '/root/'].some((d) => root.startsWith(d)))
      expect(output).not.toContain('OUTSIDE-WRITTEN');
    await expect(stat(join(root, 'outside.txt'))).rejects.toThrow();
    // HOME is a private, empty tmpfs: writable, gone afterwards.
    await expect(stat(join(env.HOME!, 'dropped'))).rejects.toThrow();
    expect(output).toContain('INSIDE-WRITTEN');
    expect(await readFile(join(worktree, 'inside.txt'), 'utf8')).toBe('ok\n');
  });

  it('reaches the network only when sandbox.network is on, still without secrets', async () => {
    hits = 0;
    await verify(['sh check.sh'], true);
    const output = await readFile(join(worktree, 'dump.txt'), 'utf8');
    expect(output).toContain('CURL-REACHED');
    expect(output).toContain('FETCH-REACHED secret-bearing service');
    expect(hits).toBe(2);
    expect(leaks(output)).toEqual([]);
  });

  it('runs npm test, node and git (on the linked worktree) inside', async () => {
    await writeFile(
      join(worktree, 'package.json'),
      JSON.stringify({ name: 'x', private: true, scripts: { test: 'node test.js' } }),
    );
    await writeFile(join(worktree, 'test.js'), "require('fs').writeFileSync('ran.txt', process.version)\n");
    const report = await verify(['npm test', 'node -e "console.log(1 + 1)"', 'git log --format=%s -1']);
    expect(report.ok, report.results.map((r) => r.output).join('\n')).toBe(true);
    expect(await readFile(join(worktree, 'ran.txt'), 'utf8')).toBe(process.version);
    expect(report.results[1]!.output.trim()).toBe('2');
    expect(report.results[2]!.output.trim()).toBe('Initial commit');
  });

  it('kills what the command left behind, even a process in a new session', async () => {
    const report = await verify(["setsid sh -c 'sleep 1; echo late > late.txt' & echo started"]);
    expect(report.ok).toBe(true);
    const timedOut = await runVerification({
      commands: ['(while true; do echo x >> ticks; sleep 0.1; done) & sleep 30'],
      cwd: worktree,
      timeoutMs: 1000,
      isolation,
    });
    expect(timedOut.results[0]!.timedOut).toBe(true);
    const size = (await stat(join(worktree, 'ticks'))).size;
    await new Promise((r) => setTimeout(r, 1500));
    expect((await stat(join(worktree, 'ticks'))).size).toBe(size);
    await expect(stat(join(worktree, 'late.txt'))).rejects.toThrow();
  });
});

describe('without isolation, verification refuses and runs nothing', () => {
  const view = () => viewFor(env);

  it('no bubblewrap: a clear refusal naming what is missing and how to install it', async () => {
    const probe = await detectIsolation({ bwrap: [join(root, 'missing', 'bwrap')], view: await view() });
    expect(probe.available).toBe(false);
    const refused = runVerification({
      commands: ['touch ran-exposed.txt'],
      cwd: worktree,
      timeoutMs: 10_000,
      isolation: probe,
    });
    await expect(refused).rejects.toThrow(
      /^Verification refused: .*no bubblewrap .*apt-get install -y bubblewrap/,
    );
    await expect(refused).rejects.toMatchObject({ name: 'IsolationUnavailableError' });
    await expect(stat(join(worktree, 'ran-exposed.txt'))).rejects.toThrow();
  });

  it('a "bwrap" that runs commands without a PID namespace is not accepted', async () => {
    const fake = join(root, 'fake-bwrap');
    // Skips every option and runs the command as is.
    await writeFile(fake, '#!/bin/sh\nwhile [ "$1" != "--" ]; do shift; done; shift; exec "$@"\n');
    await chmod(fake, 0o755);
    const probe = await detectIsolation({ bwrap: [fake], view: await view() });
    expect(probe.available).toBe(false);
    if (!probe.available) expect(probe.reason).toContain(`${fake}: exit code 1: this process was visible`);
  });

  it('AppArmor forbids user namespaces: refused with the sysctl to run; on a hosted runner sudo lifts it', async () => {
    const restriction = join(root, 'apparmor_restrict_unprivileged_userns');
    await writeFile(restriction, '1\n');
    // Behaves as bubblewrap does on ubuntu-24.04 until the restriction is lifted.
    const bwrap = join(root, 'restricted-bwrap');
    const real = bundledBwrap(pinnedCodex().path)[0]!;
    await writeFile(
      bwrap,
      `#!/bin/sh\nif [ "$(cat ${restriction})" = 1 ]; then echo 'bwrap: setting up uid map: Permission denied' >&2; exit 1; fi\nexec ${real} "$@"\n`,
    );
    const sudoLog = join(root, 'sudo.log');
    const sudo = join(root, 'sudo');
    await writeFile(sudo, `#!/bin/sh\nprintf "%s\\n" "$*" >> ${sudoLog}\necho 0 > ${restriction}\n`);
    await chmod(bwrap, 0o755);
    await chmod(sudo, 0o755);

    const selfHosted = await detectIsolation({
      bwrap: [bwrap],
      view: await view(),
      usernsRestriction: restriction,
    });
    expect(selfHosted.available).toBe(false);
    if (!selfHosted.available) {
      expect(selfHosted.reason).toContain('setting up uid map: Permission denied');
      expect(selfHosted.reason).toContain('sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0');
    }
    await expect(stat(sudoLog)).rejects.toThrow();

    const lines: string[] = [];
    const hosted = await detectIsolation({
      bwrap: [bwrap],
      view: await view(),
      usernsRestriction: restriction,
      sudo,
      log: (l) => lines.push(l),
    });
    expect(hosted.available).toBe(true);
    expect(await readFile(sudoLog, 'utf8')).toBe(
      '-n sysctl -w kernel.apparmor_restrict_unprivileged_userns=0\n',
    );
    expect(lines.join('\n')).toMatch(/lifted that on this GitHub-hosted runner/);
  });
});
