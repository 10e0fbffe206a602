/**
 * Programs handed their code on the command line (`node -e`, `python3 -c`, `awk 'BEGIN{system(…)}'`,
 * GNU sed's `e`) or on standard input (`python3 <<EOF`). The allow-list vouches for a program by
 * its prefix, and `node` on it is meant for `node script.js`; inline code is a command the audit
 * cannot read, so it escalates unless an entry names the inline form itself (`node -e`).
 */
import { programName } from './normalize.js';
import { sedRunsCommand } from './sed.js';

/** Where inline code starts in argv (the flag or the program operand) and why it escalates. */
export interface InlineCode {
  at: number;
  reason: string;
}

/** How an interpreter takes its program: code flags, flags with a value, and how to end options. */
interface Interpreter {
  /** Short flags whose value is code (`-e`, `-c`); they may end a cluster (`-ne`). */
  code: string;
  /** Long options whose value is code. */
  codeLong?: readonly string[];
  /** Short flags that take a value that is not code (`-W`, `-I`): the rest of the cluster or the next word. */
  valued?: string;
  /** Short flags whose value can only be attached (`perl -i.bak`): the rest of the cluster. */
  attached?: string;
  /** Long options taking the next word as their value. */
  valuedLong?: readonly string[];
  /** Flags after which the program comes from elsewhere (python's `-m module`). */
  elsewhere?: string;
  /** Options that run no program at all (`--version`). */
  noProgram?: readonly string[];
}

const PYTHON: Interpreter = {
  code: 'c',
  valued: 'WXQ',
  elsewhere: 'm',
  noProgram: ['-V', '--version', '-h', '--help'],
};
const INTERPRETERS: Record<string, Interpreter> = {
  python: PYTHON,
  python2: PYTHON,
  python3: PYTHON,
  pypy: PYTHON,
  pypy3: PYTHON,
  perl: {
    code: 'eEMm',
    valued: 'I',
    attached: 'il0CdDx',
    noProgram: ['-v', '-V', '--version', '-h', '--help'],
  },
  ruby: {
    code: 'e',
    valued: 'ICEFr',
    attached: 'ix0TW',
    noProgram: ['-v', '--version', '-h', '--help'],
  },
  php: { code: 'rRBE', valued: 'cdzt', elsewhere: 'f', noProgram: ['-v', '-h', '-m', '-i', '--version'] },
  lua: { code: 'e', valued: 'l', noProgram: ['-v'] },
  luajit: { code: 'e', valued: 'lbj', noProgram: ['-v'] },
  Rscript: { code: 'e', noProgram: ['--version'] },
  julia: { code: 'eE', codeLong: ['--eval', '--print'], noProgram: ['-v', '--version', '-h'] },
  osascript: { code: 'e', noProgram: [] },
};
for (const minor of ['6', '7', '8', '9', '10', '11', '12', '13', '14'])
  INTERPRETERS[`python3.${minor}`] = PYTHON;

/** Node-like runtimes: their options mostly use `=`, so every word is scanned for a code flag. */
const NODE_LIKE = new Set(['node', 'nodejs', 'bun', 'tsx', 'ts-node']);
const NODE_CODE = /^(-e|--eval|-p|--print|-pe|-ep)(=|$)/;
/** `node --import data:text/javascript,...` loads code from the URL itself. */
const NODE_MODULE_FLAGS = /^(-r|--require|--import|--loader|--experimental-loader)(=|$)/;

export const SHELL_NAMES = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'ash', 'yash']);

/** Options of otherwise harmless programs that run a command they are given. */
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  rg: ['--pre'],
  sort: ['--compress-program'],
  tar: [
    '--to-command',
    '--use-compress-program',
    '-I',
    '--checkpoint-action',
    '--info-script',
    '--new-volume-script',
    '--rsh-command',
    '--rmt-command',
  ],
  rsync: ['-e', '--rsh', '--rsync-path'],
  zip: ['-TT', '--unzip-command'],
  make: ['--eval', '-E'],
  gmake: ['--eval', '-E'],
  npx: ['-c', '--call'],
  go: ['-exec', '-toolexec'],
  script: ['-c', '--command'],
  flock: ['-c', '--command'],
  gdb: ['-ex', '--eval-command', '-x', '--command'],
  emacs: ['--eval', '-l', '--load', '-f', '--funcall'],
  vim: ['-c', '--cmd', '-S'],
  vi: ['-c', '--cmd', '-S'],
  nvim: ['-c', '--cmd', '-S'],
  ex: ['-c', '--cmd', '-S'],
};

/** git subcommands (after the global options) that run a command given on the command line. */
const GIT_COMMAND_OPTIONS: Record<string, readonly string[]> = {
  grep: ['-O', '--open-files-in-pager'],
  rebase: ['-x', '--exec'],
  difftool: ['-x', '--extcmd'],
  mergetool: ['--tool'],
};
const GIT_RUNNING_SUBCOMMANDS: Record<string, string> = {
  'filter-branch': 'runs filter commands given on its command line',
  'filter-repo': 'runs callbacks given on its command line',
};

const hasOption = (word: string, option: string): boolean =>
  word === option ||
  word.startsWith(`${option}=`) ||
  (option.length === 2 && !option.startsWith('--') && word.startsWith(option) && word.length > 2);

const code = (at: number, what: string): InlineCode => ({
  at,
  reason: `${what}: inline code the audit cannot read`,
});

/** Scans an interpreter's options; inline code, `-` or no program at all mean code it cannot see. */
function interpreterCode(argv: readonly string[], name: string, spec: Interpreter): InlineCode | undefined {
  for (let k = 1; k < argv.length; k++) {
    const word = argv[k]!;
    if (word === '-') return { at: k, reason: `'${name} -' reads its program from standard input` };
    if (spec.codeLong?.some((option) => hasOption(word, option))) return code(k, `'${name} ${word}'`);
    if (spec.noProgram?.includes(word)) return undefined;
    if (word === '--') return argv[k + 1] === undefined ? stdinProgram(argv, name) : undefined;
    if (word.startsWith('--')) continue; // long options of these interpreters take `=value`
    if (!word.startsWith('-')) return undefined; // the program file: what the allow entry vouches for
    for (let c = 1; c < word.length; c++) {
      const letter = word[c]!;
      if (spec.code.includes(letter)) return code(k, `'${name} -${letter}'`);
      if (spec.elsewhere?.includes(letter)) return undefined;
      if (spec.attached?.includes(letter)) break;
      if (spec.valued?.includes(letter)) {
        if (c === word.length - 1) k++;
        break;
      }
    }
  }
  return stdinProgram(argv, name);
}

// No allow entry can name a program that is not on the command line, so `at` is past its end.
const stdinProgram = (argv: readonly string[], name: string): InlineCode => ({
  at: argv.length,
  reason: `'${name}' with no program file reads its program from standard input (a heredoc or a pipe)`,
});

/** Node's options that take the next word as their value (most take `=value`). */
const NODE_VALUED = new Set([
  '-r',
  '--require',
  '--import',
  '--loader',
  '--experimental-loader',
  '-C',
  '--conditions',
  '--input-type',
  '--env-file',
  '--title',
  '--inspect-port',
  '--test-name-pattern',
  '--test-reporter',
  '--test-reporter-destination',
  '--watch-path',
]);

/** Node's options that run no program from standard input. */
const NODE_NO_PROGRAM = new Set([
  '-v',
  '--version',
  '-h',
  '--help',
  '--test',
  '--run',
  '--check',
  '-c',
  '--v8-options',
]);

/** Node's options come before the script; what follows the script is the script's own. */
function nodeCode(argv: readonly string[], name: string): InlineCode | undefined {
  for (let k = 1; k < argv.length; k++) {
    const word = argv[k]!;
    if (NODE_CODE.test(word)) return code(k, `'${name} ${word.split('=')[0]}'`);
    if (NODE_MODULE_FLAGS.test(word)) {
      const value = word.includes('=') ? word.slice(word.indexOf('=') + 1) : argv[k + 1];
      if (value?.startsWith('data:')) return code(k, `'${name} ${word.split('=')[0]} data:'`);
    }
    if (word === '-') return { at: k, reason: `'${name} -' reads its program from standard input` };
    if (!word.startsWith('-')) return undefined;
    if (NODE_NO_PROGRAM.has(word.split('=')[0]!)) return undefined;
    if (NODE_VALUED.has(word)) k++;
  }
  return stdinProgram(argv, name);
}

/**
 * The options before a program's first operand (stopping at `--`, `-` or a word without a dash),
 * for awk and sed, whose program is an option's value or else that first operand. `take()` reads an
 * option's value from the next word; `at()` is the index of the current word.
 */
function leadingOptions(argv: readonly string[]) {
  let k = 1;
  return {
    *[Symbol.iterator](): Generator<string> {
      for (; k < argv.length; k++) {
        const word = argv[k]!;
        if (word === '--') {
          k++;
          return;
        }
        if (!word.startsWith('-') || word === '-') return;
        yield word;
      }
    },
    at: () => k,
    take: () => argv[++k],
    /** No program among the options: the first operand is the program. */
    firstOperandUnless(found: { at: number; text: string }[]): void {
      if (found.length === 0 && k < argv.length) found.push({ at: k, text: argv[k]! });
    },
  };
}

/** awk's program text, or why it cannot be read. */
function awkCode(argv: readonly string[], name: string): InlineCode | undefined {
  const programs: { at: number; text: string }[] = [];
  const options = leadingOptions(argv);
  for (const word of options) {
    const [flag, attached] = word.startsWith('--') ? word.split(/=(.*)/s) : [word.slice(0, 2), word.slice(2)];
    const value = () => (attached ? attached : options.take());
    if (['-f', '--file', '-E', '--exec', '-i', '--include'].includes(flag!))
      return {
        at: options.at(),
        reason: `'${name} ${flag}' runs an awk program from a file, which may call system()`,
      };
    if (['-l', '--load'].includes(flag!))
      return { at: options.at(), reason: `'${name} ${flag}' loads a shared library` };
    if (['-e', '--source'].includes(flag!)) programs.push({ at: options.at(), text: value() ?? '' });
    else if (['-F', '-v', '--field-separator', '--assign'].includes(flag!)) value();
  }
  options.firstOperandUnless(programs);
  for (const program of programs) {
    // Strings hold data, `||` is a logical or; what is left must not start a process.
    const bare = program.text.replace(/"(\\.|[^"\\])*"/g, '""').replaceAll('||', ' ');
    if (/\bsystem\b|\||@/.test(bare)) {
      return {
        at: program.at,
        reason: `'${name}' program runs commands (system(), a pipe or an indirect call)`,
      };
    }
  }
  return undefined;
}

/** sed's scripts (`-e`, `--expression`, or the first operand); `--sandbox` turns e, r and w off. */
function sedCode(argv: readonly string[], name: string): InlineCode | undefined {
  if (argv.includes('--sandbox')) return undefined;
  const scripts: { at: number; text: string }[] = [];
  const options = leadingOptions(argv);
  for (const word of options) {
    if (word.startsWith('--')) {
      const [flag, value] = word.split(/=(.*)/s);
      if (flag === '--expression') scripts.push({ at: options.at(), text: value ?? options.take() ?? '' });
      else if (flag === '--file')
        return { at: options.at(), reason: `'${name} --file' runs a sed script from a file` };
      else if (flag === '--line-length' && value === undefined) options.take();
      continue;
    }
    for (let c = 1; c < word.length; c++) {
      const letter = word[c]!;
      if (letter === 'i') break; // `-i.bak`: the rest is the backup suffix
      if (letter === 'f') return { at: options.at(), reason: `'${name} -f' runs a sed script from a file` };
      if (letter === 'e' || letter === 'l') {
        const value = c < word.length - 1 ? word.slice(c + 1) : options.take();
        if (letter === 'e') scripts.push({ at: options.at(), text: value ?? '' });
        break;
      }
    }
  }
  options.firstOperandUnless(scripts);
  for (const script of scripts) {
    const why = sedRunsCommand(script.text);
    if (why) return { at: script.at, reason: `'${name}' script ${why}` };
  }
  return undefined;
}

function gitCode(argv: readonly string[]): InlineCode | undefined {
  const sub = argv.findIndex((word, k) => k > 0 && !word.startsWith('-'));
  if (sub < 0) return undefined;
  const name = argv[sub]!;
  if (GIT_RUNNING_SUBCOMMANDS[name])
    return { at: sub, reason: `'git ${name}' ${GIT_RUNNING_SUBCOMMANDS[name]}` };
  if ((name === 'bisect' && argv[sub + 1] === 'run') || (name === 'submodule' && argv.includes('foreach')))
    return { at: sub, reason: `'git ${name}' runs a command given on its command line` };
  for (const [k, word] of argv.entries()) {
    const option = GIT_COMMAND_OPTIONS[name]?.find((o) => k > sub && hasOption(word, o));
    if (option) return { at: k, reason: `'git ${name} ${option}' runs a command given on its command line` };
  }
  return undefined;
}

/**
 * Inline code in one simple command (argv after the shell parser), or undefined. Shell `-c`
 * scripts are not inline code here: the audit parses and checks them like any other script.
 */
export function inlineCode(argv: readonly string[]): InlineCode | undefined {
  const name = programName(argv[0] ?? '');
  if (NODE_LIKE.has(name)) return nodeCode(argv, name);
  if (name === 'deno' && argv[1] === 'eval') return code(1, "'deno eval'");
  const interpreter = INTERPRETERS[name];
  if (interpreter) return interpreterCode(argv, name, interpreter);
  if (SHELL_NAMES.has(name)) {
    const operands = argv.slice(1).filter((w) => !w.startsWith('-') && !w.startsWith('+'));
    if (operands.length === 0 || argv.includes('-s'))
      return { at: argv.length, reason: `'${name}' reads a shell script from standard input` };
    return undefined;
  }
  if (['awk', 'gawk', 'mawk', 'nawk'].includes(name)) return awkCode(argv, name);
  if (name === 'sed' || name === 'gsed') return sedCode(argv, name);
  if (name === 'git') return gitCode(argv);
  if (['vim', 'vi', 'nvim', 'ex'].includes(name)) {
    const plus = argv.findIndex((w, k) => k > 0 && w.startsWith('+') && w.length > 1);
    if (plus > 0) return { at: plus, reason: `'${name} ${argv[plus]}' runs an editor command` };
  }
  const options = COMMAND_OPTIONS[name];
  if (options) {
    for (const [k, word] of argv.entries()) {
      const option = k > 0 ? options.find((o) => hasOption(word, o)) : undefined;
      if (option) return { at: k, reason: `'${name} ${option}' runs a command given on its command line` };
    }
  }
  return undefined;
}
