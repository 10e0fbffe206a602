/**
 * What a command really runs, however it is spelled: `/usr/bin/git -c k=v push`, `env -i X=1 git
 * push`, `nice -n 5 timeout 9 git push` all run `git push`. Deny matching works on these forms, so
 * a denied prefix cannot be dodged by a path, a launcher or git's global options. The allow-list
 * does not use them: allowing `git status` must not allow `./git status` (an agent-written script).
 */

/** The last path segment: `/usr/bin/git` → `git`. */
export const programName = (word: string): string => word.slice(word.lastIndexOf('/') + 1);

/** Launchers that run the rest of their argv as a command, and how to skip their own options. */
interface Launcher {
  /** Options that take the next word as their value. */
  valued?: readonly string[];
  /** Words to skip after the options (timeout's duration, taskset's mask). */
  operands?: number;
  /** `env`: `NAME=value` words before the command. */
  assignments?: boolean;
}

const LAUNCHERS: Record<string, Launcher> = {
  env: { valued: ['-u', '--unset', '-C', '--chdir', '-S', '--split-string'], assignments: true },
  command: {},
  builtin: {},
  exec: { valued: ['-a'] },
  nice: { valued: ['-n', '--adjustment'] },
  nohup: {},
  setsid: {},
  time: { valued: ['-f', '--format', '-o', '--output'] },
  timeout: { valued: ['-s', '--signal', '-k', '--kill-after'], operands: 1 },
  stdbuf: { valued: ['-i', '-o', '-e', '--input', '--output', '--error'] },
  ionice: { valued: ['-c', '--class', '-n', '--classdata', '-p', '--pid'] },
  taskset: { operands: 1 },
  sudo: { valued: ['-u', '--user', '-g', '--group', '-C', '--close-from', '-D', '--chdir', '-h', '--host'] },
  doas: { valued: ['-u', '-C'] },
  xargs: {
    valued: ['-I', '-n', '-P', '-d', '-a', '-L', '-s', '-E', '--max-args', '--max-procs', '--delimiter'],
  },
  busybox: {},
};

/** git's options before the subcommand that take the next word as their value. */
const GIT_VALUED = ['-c', '-C', '--git-dir', '--work-tree', '--namespace', '--config-env', '--super-prefix'];

/** The argv a launcher runs, or undefined when `argv` is not a launcher (or runs nothing). */
export function launched(argv: readonly string[]): string[] | undefined {
  const launcher = LAUNCHERS[programName(argv[0] ?? '')];
  if (!launcher) return undefined;
  const rest = argv.slice(1);
  let k = 0;
  while (k < rest.length) {
    const word = rest[k]!;
    if (word === '--') {
      k++;
      break;
    }
    if (launcher.assignments && /^[A-Za-z_]\w*=/.test(word)) {
      k++;
      continue;
    }
    if (!word.startsWith('-') || word === '-') break;
    // `env -S 'git push'` splits its value into words of env's own command line.
    const split = /^(?:-S|--split-string=?)(.*)$/.exec(word);
    if (split && programName(argv[0]!) === 'env') {
      const attached = split[1] !== '' || word.startsWith('--split-string=');
      const value = attached ? split[1]! : (rest[k + 1] ?? '');
      const words = value.split(/\s+/).filter(Boolean);
      return launched(['env', ...words, ...rest.slice(k + (attached ? 1 : 2))]);
    }
    // `nice -n10` carries its value in the option itself; `nice -n 10` in the next word.
    k += launcher.valued?.includes(word) ? 2 : 1;
  }
  k += launcher.operands ?? 0;
  const inner = rest.slice(k);
  return inner.length > 0 ? inner : undefined;
}

/** `git -c k=v --no-pager -C dir push` → `git push`: git's global options dropped. */
export function withoutGitGlobals(argv: readonly string[]): string[] {
  let k = 1;
  while (k < argv.length && argv[k]!.startsWith('-')) k += GIT_VALUED.includes(argv[k]!) ? 2 : 1;
  return [argv[0]!, ...argv.slice(k)];
}

/** One command as deny matching sees it: the program by its name, git without its global options. */
export function canonical(argv: readonly string[]): string[] {
  const named = [programName(argv[0] ?? ''), ...argv.slice(1)];
  return named[0] === 'git' ? withoutGitGlobals(named) : named;
}

/** Every command `argv` runs through its launchers, outermost first, as written. */
function launchChain(argv: readonly string[]): string[][] {
  const chain: string[][] = [];
  let current: string[] | undefined = [...argv];
  for (let depth = 0; current && current.length > 0 && depth < 8; depth++) {
    chain.push(current);
    current = launched(current);
  }
  return chain;
}

/** Every command `argv` runs through its launchers, outermost first, each in canonical form. */
export const commandChain = (argv: readonly string[]): string[][] => launchChain(argv).map(canonical);

/** The tokens of a deny entry in canonical form ("/usr/bin/curl -s" → ["curl", "-s"]). */
export const denyTokens = (entry: string): string[] => {
  const tokens = entry.trim().split(/\s+/).filter(Boolean);
  return tokens.length > 0 ? canonical(tokens) : [];
};

/**
 * The deny entry `argv` runs under any spelling, with the spelling that matched, or undefined.
 * `git -c alias.x=...` is reported too: an alias defined on the command line can stand for any
 * subcommand, so no prefix list can be checked against it.
 */
export function deniedBy(
  argv: readonly string[],
  deny: readonly string[],
): { entry: string; spelled: string } | undefined {
  const entries = deny.map((entry) => ({ entry, tokens: denyTokens(entry) })).filter((e) => e.tokens.length);
  for (const command of commandChain(argv)) {
    for (const { entry, tokens } of entries) {
      if (tokens.every((token, k) => command[k] === token)) return { entry, spelled: argv.join(' ') };
    }
  }
  return undefined;
}

/** A git alias or config-env set on the command line (`git -c alias.p=push p`), if any. */
export function gitCommandLineAlias(argv: readonly string[]): string | undefined {
  for (const command of launchChain(argv)) {
    if (programName(command[0]!) !== 'git') continue;
    for (let k = 1; k < command.length && command[k]!.startsWith('-'); k++) {
      const word = command[k]!;
      const value =
        word === '-c' || word === '--config-env' ? command[k + 1] : word.split('=').slice(1).join('=');
      if (value && /^alias\./i.test(value)) return value.split('=')[0];
      if (GIT_VALUED.includes(word)) k++;
    }
  }
  return undefined;
}
