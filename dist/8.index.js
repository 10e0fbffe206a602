export const id = 8;
export const ids = [8];
export const modules = {

/***/ 3377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ SHELL_NAMES),
  t: () => (/* binding */ inlineCode)
});

// EXTERNAL MODULE: ./src/safety/normalize.ts
var normalize = __webpack_require__(9229);
;// CONCATENATED MODULE: ./src/safety/sed.ts
/**
 * Reads a sed script far enough to tell whether it runs a command: GNU sed's `e` command
 * (`sed '1e id'`) and the `e` flag of `s` (`s/x/id/e`) hand text to the shell. Addresses, regular
 * expressions, replacements and the text of `a`/`i`/`c` are skipped so that their letters are
 * not mistaken for commands. What it cannot read is reported, so the audit escalates it.
 */
/** Why the script runs a command (or cannot be read), or undefined when it runs none. */
function sedRunsCommand(script) {
    let i = 0;
    const n = script.length;
    /** Skips a delimited part (`/re/`, `|re|`) starting after the opening delimiter; false if unclosed. */
    const delimited = (delimiter) => {
        while (i < n) {
            const c = script[i];
            if (c === '\\')
                i += 2;
            else if (c === delimiter) {
                i++;
                return true;
            }
            else if (c === '\n' && delimiter !== '\n')
                return false;
            else
                i++;
        }
        return false;
    };
    const toLineEnd = () => {
        while (i < n && script[i] !== '\n')
            i++;
    };
    const toCommandEnd = () => {
        while (i < n && !';\n}'.includes(script[i]))
            i++;
    };
    const address = () => {
        const c = script[i];
        if (c === undefined)
            return true;
        if (/[0-9$]/.test(c)) {
            while (i < n && /[0-9$~]/.test(script[i]))
                i++;
            return true;
        }
        if (c === '/') {
            i++;
            if (!delimited('/'))
                return false;
        }
        else if (c === '\\') {
            const d = script[i + 1];
            i += 2;
            if (d === undefined || !delimited(d))
                return false;
        }
        else
            return true;
        while (i < n && 'IM'.includes(script[i]))
            i++;
        return true;
    };
    while (i < n) {
        const c = script[i];
        if (' \t\n;{}!'.includes(c)) {
            i++;
            continue;
        }
        if (!address())
            return 'cannot be checked: an unclosed address';
        while (i < n && ' \t'.includes(script[i]))
            i++;
        if (script[i] === ',' || script[i] === '+' || script[i] === '~') {
            i++;
            while (i < n && ' \t'.includes(script[i]))
                i++;
            if (/[+~]/.test(script[i - 1]))
                while (i < n && /[0-9]/.test(script[i]))
                    i++;
            else if (!address())
                return 'cannot be checked: an unclosed address';
        }
        while (i < n && ' \t!'.includes(script[i]))
            i++;
        const command = script[i];
        if (command === undefined)
            break;
        i++;
        switch (command) {
            case '{':
            case '}':
                break;
            case 'e':
                return "uses sed's e command, which runs its text as a shell command";
            case '#':
            case 'a':
            case 'i':
            case 'c':
                // Text to the end of the line (one-line GNU form, or `a\` followed by the text line).
                if (script[i] === '\\' && script[i + 1] === '\n')
                    i += 2;
                toLineEnd();
                break;
            case ':':
            case 'b':
            case 't':
            case 'T':
            case 'r':
            case 'R':
            case 'w':
            case 'W':
            case 'v':
                if (':rRwW'.includes(command))
                    toLineEnd();
                else
                    toCommandEnd();
                break;
            case 's': {
                const d = script[i];
                if (d === undefined || d === '\n' || d === '\\')
                    return 'cannot be checked: an s command without a delimiter';
                i++;
                if (!delimited(d) || !delimited(d))
                    return 'cannot be checked: an unclosed s command';
                while (i < n && /[gpiImMe0-9w]/.test(script[i])) {
                    if (script[i] === 'e')
                        return 'uses the e flag of s, which runs the result as a shell command';
                    if (script[i] === 'w') {
                        toLineEnd();
                        break;
                    }
                    i++;
                }
                break;
            }
            case 'y': {
                const d = script[i];
                if (d === undefined || d === '\n' || d === '\\')
                    return 'cannot be checked: a y command without a delimiter';
                i++;
                if (!delimited(d) || !delimited(d))
                    return 'cannot be checked: an unclosed y command';
                break;
            }
            case 'q':
            case 'Q':
            case 'l':
            case 'L':
                while (i < n && /[0-9 ]/.test(script[i]))
                    i++;
                break;
            default:
                if (!'=dDgGhHnNpPxzF'.includes(command))
                    return `cannot be checked: the sed command '${command}'`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/safety/inline.ts
/**
 * Programs handed their code on the command line (`node -e`, `python3 -c`, `awk 'BEGIN{system(…)}'`,
 * GNU sed's `e`) or on standard input (`python3 <<EOF`). The allow-list vouches for a program by
 * its prefix, and `node` on it is meant for `node script.js`; inline code is a command the audit
 * cannot read, so it escalates unless an entry names the inline form itself (`node -e`).
 */


const PYTHON = {
    code: 'c',
    valued: 'WXQ',
    elsewhere: 'm',
    noProgram: ['-V', '--version', '-h', '--help'],
};
const INTERPRETERS = {
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
const SHELL_NAMES = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'ash', 'yash']);
/** Options of otherwise harmless programs that run a command they are given. */
const COMMAND_OPTIONS = {
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
const GIT_COMMAND_OPTIONS = {
    grep: ['-O', '--open-files-in-pager'],
    rebase: ['-x', '--exec'],
    difftool: ['-x', '--extcmd'],
    mergetool: ['--tool'],
};
const GIT_RUNNING_SUBCOMMANDS = {
    'filter-branch': 'runs filter commands given on its command line',
    'filter-repo': 'runs callbacks given on its command line',
};
const hasOption = (word, option) => word === option ||
    word.startsWith(`${option}=`) ||
    (option.length === 2 && !option.startsWith('--') && word.startsWith(option) && word.length > 2);
const code = (at, what) => ({
    at,
    reason: `${what}: inline code the audit cannot read`,
});
/** Scans an interpreter's options; inline code, `-` or no program at all mean code it cannot see. */
function interpreterCode(argv, name, spec) {
    for (let k = 1; k < argv.length; k++) {
        const word = argv[k];
        if (word === '-')
            return { at: k, reason: `'${name} -' reads its program from standard input` };
        if (spec.codeLong?.some((option) => hasOption(word, option)))
            return code(k, `'${name} ${word}'`);
        if (spec.noProgram?.includes(word))
            return undefined;
        if (word === '--')
            return argv[k + 1] === undefined ? stdinProgram(argv, name) : undefined;
        if (word.startsWith('--'))
            continue; // long options of these interpreters take `=value`
        if (!word.startsWith('-'))
            return undefined; // the program file: what the allow entry vouches for
        for (let c = 1; c < word.length; c++) {
            const letter = word[c];
            if (spec.code.includes(letter))
                return code(k, `'${name} -${letter}'`);
            if (spec.elsewhere?.includes(letter))
                return undefined;
            if (spec.attached?.includes(letter))
                break;
            if (spec.valued?.includes(letter)) {
                if (c === word.length - 1)
                    k++;
                break;
            }
        }
    }
    return stdinProgram(argv, name);
}
// No allow entry can name a program that is not on the command line, so `at` is past its end.
const stdinProgram = (argv, name) => ({
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
function nodeCode(argv, name) {
    for (let k = 1; k < argv.length; k++) {
        const word = argv[k];
        if (NODE_CODE.test(word))
            return code(k, `'${name} ${word.split('=')[0]}'`);
        if (NODE_MODULE_FLAGS.test(word)) {
            const value = word.includes('=') ? word.slice(word.indexOf('=') + 1) : argv[k + 1];
            if (value?.startsWith('data:'))
                return code(k, `'${name} ${word.split('=')[0]} data:'`);
        }
        if (word === '-')
            return { at: k, reason: `'${name} -' reads its program from standard input` };
        if (!word.startsWith('-'))
            return undefined;
        if (NODE_NO_PROGRAM.has(word.split('=')[0]))
            return undefined;
        if (NODE_VALUED.has(word))
            k++;
    }
    return stdinProgram(argv, name);
}
/**
 * The options before a program's first operand (stopping at `--`, `-` or a word without a dash),
 * for awk and sed, whose program is an option's value or else that first operand. `take()` reads an
 * option's value from the next word; `at()` is the index of the current word.
 */
function leadingOptions(argv) {
    let k = 1;
    return {
        *[Symbol.iterator]() {
            for (; k < argv.length; k++) {
                const word = argv[k];
                if (word === '--') {
                    k++;
                    return;
                }
                if (!word.startsWith('-') || word === '-')
                    return;
                yield word;
            }
        },
        at: () => k,
        take: () => argv[++k],
        /** No program among the options: the first operand is the program. */
        firstOperandUnless(found) {
            if (found.length === 0 && k < argv.length)
                found.push({ at: k, text: argv[k] });
        },
    };
}
/** awk's program text, or why it cannot be read. */
function awkCode(argv, name) {
    const programs = [];
    const options = leadingOptions(argv);
    for (const word of options) {
        const [flag, attached] = word.startsWith('--') ? word.split(/=(.*)/s) : [word.slice(0, 2), word.slice(2)];
        const value = () => (attached ? attached : options.take());
        if (['-f', '--file', '-E', '--exec', '-i', '--include'].includes(flag))
            return {
                at: options.at(),
                reason: `'${name} ${flag}' runs an awk program from a file, which may call system()`,
            };
        if (['-l', '--load'].includes(flag))
            return { at: options.at(), reason: `'${name} ${flag}' loads a shared library` };
        if (['-e', '--source'].includes(flag))
            programs.push({ at: options.at(), text: value() ?? '' });
        else if (['-F', '-v', '--field-separator', '--assign'].includes(flag))
            value();
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
function sedCode(argv, name) {
    if (argv.includes('--sandbox'))
        return undefined;
    const scripts = [];
    const options = leadingOptions(argv);
    for (const word of options) {
        if (word.startsWith('--')) {
            const [flag, value] = word.split(/=(.*)/s);
            if (flag === '--expression')
                scripts.push({ at: options.at(), text: value ?? options.take() ?? '' });
            else if (flag === '--file')
                return { at: options.at(), reason: `'${name} --file' runs a sed script from a file` };
            else if (flag === '--line-length' && value === undefined)
                options.take();
            continue;
        }
        for (let c = 1; c < word.length; c++) {
            const letter = word[c];
            if (letter === 'i')
                break; // `-i.bak`: the rest is the backup suffix
            if (letter === 'f')
                return { at: options.at(), reason: `'${name} -f' runs a sed script from a file` };
            if (letter === 'e' || letter === 'l') {
                const value = c < word.length - 1 ? word.slice(c + 1) : options.take();
                if (letter === 'e')
                    scripts.push({ at: options.at(), text: value ?? '' });
                break;
            }
        }
    }
    options.firstOperandUnless(scripts);
    for (const script of scripts) {
        const why = sedRunsCommand(script.text);
        if (why)
            return { at: script.at, reason: `'${name}' script ${why}` };
    }
    return undefined;
}
function gitCode(argv) {
    const sub = argv.findIndex((word, k) => k > 0 && !word.startsWith('-'));
    if (sub < 0)
        return undefined;
    const name = argv[sub];
    if (GIT_RUNNING_SUBCOMMANDS[name])
        return { at: sub, reason: `'git ${name}' ${GIT_RUNNING_SUBCOMMANDS[name]}` };
    if ((name === 'bisect' && argv[sub + 1] === 'run') || (name === 'submodule' && argv.includes('foreach')))
        return { at: sub, reason: `'git ${name}' runs a command given on its command line` };
    for (const [k, word] of argv.entries()) {
        const option = GIT_COMMAND_OPTIONS[name]?.find((o) => k > sub && hasOption(word, o));
        if (option)
            return { at: k, reason: `'git ${name} ${option}' runs a command given on its command line` };
    }
    return undefined;
}
/**
 * Inline code in one simple command (argv after the shell parser), or undefined. Shell `-c`
 * scripts are not inline code here: the audit parses and checks them like any other script.
 */
function inlineCode(argv) {
    const name = (0,normalize/* programName */.kX)(argv[0] ?? '');
    if (NODE_LIKE.has(name))
        return nodeCode(argv, name);
    if (name === 'deno' && argv[1] === 'eval')
        return code(1, "'deno eval'");
    const interpreter = INTERPRETERS[name];
    if (interpreter)
        return interpreterCode(argv, name, interpreter);
    if (SHELL_NAMES.has(name)) {
        const operands = argv.slice(1).filter((w) => !w.startsWith('-') && !w.startsWith('+'));
        if (operands.length === 0 || argv.includes('-s'))
            return { at: argv.length, reason: `'${name}' reads a shell script from standard input` };
        return undefined;
    }
    if (['awk', 'gawk', 'mawk', 'nawk'].includes(name))
        return awkCode(argv, name);
    if (name === 'sed' || name === 'gsed')
        return sedCode(argv, name);
    if (name === 'git')
        return gitCode(argv);
    if (['vim', 'vi', 'nvim', 'ex'].includes(name)) {
        const plus = argv.findIndex((w, k) => k > 0 && w.startsWith('+') && w.length > 1);
        if (plus > 0)
            return { at: plus, reason: `'${name} ${argv[plus]}' runs an editor command` };
    }
    const options = COMMAND_OPTIONS[name];
    if (options) {
        for (const [k, word] of argv.entries()) {
            const option = k > 0 ? options.find((o) => hasOption(word, o)) : undefined;
            if (option)
                return { at: k, reason: `'${name} ${option}' runs a command given on its command line` };
        }
    }
    return undefined;
}


/***/ }),

/***/ 9229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZZ: () => (/* binding */ launched),
/* harmony export */   kX: () => (/* binding */ programName),
/* harmony export */   ny: () => (/* binding */ deniedBy),
/* harmony export */   yl: () => (/* binding */ gitCommandLineAlias)
/* harmony export */ });
/* unused harmony exports withoutGitGlobals, canonical, commandChain, denyTokens */
/**
 * What a command really runs, however it is spelled: `/usr/bin/git -c k=v push`, `env -i X=1 git
 * push`, `nice -n 5 timeout 9 git push` all run `git push`. Deny matching works on these forms, so
 * a denied prefix cannot be dodged by a path, a launcher or git's global options. The allow-list
 * does not use them: allowing `git status` must not allow `./git status` (an agent-written script).
 */
/** The last path segment: `/usr/bin/git` → `git`. */
const programName = (word) => word.slice(word.lastIndexOf('/') + 1);
const LAUNCHERS = {
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
function launched(argv) {
    const launcher = LAUNCHERS[programName(argv[0] ?? '')];
    if (!launcher)
        return undefined;
    const rest = argv.slice(1);
    let k = 0;
    while (k < rest.length) {
        const word = rest[k];
        if (word === '--') {
            k++;
            break;
        }
        if (launcher.assignments && /^[A-Za-z_]\w*=/.test(word)) {
            k++;
            continue;
        }
        if (!word.startsWith('-') || word === '-')
            break;
        // `env -S 'git push'` splits its value into words of env's own command line.
        const split = /^(?:-S|--split-string=?)(.*)$/.exec(word);
        if (split && programName(argv[0]) === 'env') {
            const attached = split[1] !== '' || word.startsWith('--split-string=');
            const value = attached ? split[1] : (rest[k + 1] ?? '');
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
function withoutGitGlobals(argv) {
    let k = 1;
    while (k < argv.length && argv[k].startsWith('-'))
        k += GIT_VALUED.includes(argv[k]) ? 2 : 1;
    return [argv[0], ...argv.slice(k)];
}
/** One command as deny matching sees it: the program by its name, git without its global options. */
function canonical(argv) {
    const named = [programName(argv[0] ?? ''), ...argv.slice(1)];
    return named[0] === 'git' ? withoutGitGlobals(named) : named;
}
/** Every command `argv` runs through its launchers, outermost first, as written. */
function launchChain(argv) {
    const chain = [];
    let current = [...argv];
    for (let depth = 0; current && current.length > 0 && depth < 8; depth++) {
        chain.push(current);
        current = launched(current);
    }
    return chain;
}
/** Every command `argv` runs through its launchers, outermost first, each in canonical form. */
const commandChain = (argv) => launchChain(argv).map(canonical);
/** The tokens of a deny entry in canonical form ("/usr/bin/curl -s" → ["curl", "-s"]). */
const denyTokens = (entry) => {
    const tokens = entry.trim().split(/\s+/).filter(Boolean);
    return tokens.length > 0 ? canonical(tokens) : [];
};
/**
 * The deny entry `argv` runs under any spelling, with the spelling that matched, or undefined.
 * `git -c alias.x=...` is reported too: an alias defined on the command line can stand for any
 * subcommand, so no prefix list can be checked against it.
 */
function deniedBy(argv, deny) {
    const entries = deny.map((entry) => ({ entry, tokens: denyTokens(entry) })).filter((e) => e.tokens.length);
    for (const command of commandChain(argv)) {
        for (const { entry, tokens } of entries) {
            if (tokens.every((token, k) => command[k] === token))
                return { entry, spelled: argv.join(' ') };
        }
    }
    return undefined;
}
/** A git alias or config-env set on the command line (`git -c alias.p=push p`), if any. */
function gitCommandLineAlias(argv) {
    for (const command of launchChain(argv)) {
        if (programName(command[0]) !== 'git')
            continue;
        for (let k = 1; k < command.length && command[k].startsWith('-'); k++) {
            const word = command[k];
            const value = word === '-c' || word === '--config-env' ? command[k + 1] : word.split('=').slice(1).join('=');
            if (value && /^alias\./i.test(value))
                return value.split('=')[0];
            if (GIT_VALUED.includes(word))
                k++;
        }
    }
    return undefined;
}


/***/ }),

/***/ 4008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ shellScriptOf),
/* harmony export */   a: () => (/* binding */ parseShell)
/* harmony export */ });
/* harmony import */ var _inline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3377);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9229);
/**
 * A deliberately small reader of POSIX shell scripts, enough to list the simple commands a script
 * runs so each can be checked against the allow-list. Anything it does not fully understand
 * (command substitution, process substitution, `case`, functions, unclosed quotes) is reported as
 * unparseable, which the audit treats as an escalation: a person looks at it.
 */


const OPERATORS = ['&&', '||', ';;', '|&', ';', '|', '&', '(', ')', '\n'];
const REDIRECTION = /^(\d*(<<-|<<<|<<|<>|<&|>>|>\||>&|<|>)|&>>|&>)/;
const KEYWORDS_BEFORE_COMMAND = new Set([
    'if',
    'then',
    'else',
    'elif',
    'do',
    'while',
    'until',
    '!',
    '{',
    'time',
]);
const KEYWORDS_ALONE = new Set(['fi', 'done', '}']);
const UNSUPPORTED = new Set(['case', 'esac', 'function', 'select', 'coproc', '[[']);
class Unparseable extends Error {
}
/** Splits a script into words, operators and redirections, honouring quotes, escapes, comments and heredocs. */
function tokenize(script) {
    const tokens = [];
    const heredocs = [];
    let i = 0;
    const n = script.length;
    while (i < n) {
        const c = script[i];
        if (c === '\\' && script[i + 1] === '\n') {
            i += 2;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r') {
            i++;
            continue;
        }
        if (c === '#') {
            while (i < n && script[i] !== '\n')
                i++;
            continue;
        }
        if (c === '\n' && heredocs.length > 0) {
            // Heredoc bodies are data, not commands: skip them line by line up to each delimiter.
            i++;
            for (const doc of heredocs.splice(0)) {
                for (;;) {
                    if (i >= n)
                        throw new Unparseable(`the heredoc ending in '${doc.delimiter}' is not closed`);
                    const end = script.indexOf('\n', i);
                    const line = script.slice(i, end < 0 ? n : end);
                    i = end < 0 ? n : end + 1;
                    if ((doc.strip ? line.replace(/^\t+/, '') : line) === doc.delimiter)
                        break;
                }
            }
            tokens.push({ kind: 'op', text: '\n' });
            continue;
        }
        if (/^[<>]\(/.test(script.slice(i, i + 2)))
            throw new Unparseable('process substitution');
        const redirection = REDIRECTION.exec(script.slice(i, i + 8))?.[0];
        if (redirection) {
            tokens.push({ kind: 'redir', text: redirection });
            i += redirection.length;
            continue;
        }
        const op = OPERATORS.find((o) => script.startsWith(o, i));
        if (op) {
            tokens.push({ kind: 'op', text: op });
            i += op.length;
            continue;
        }
        // A word: runs until unquoted whitespace, an operator or a redirection.
        let text = '';
        while (i < n) {
            const ch = script[i];
            if (' \t\r\n<>'.includes(ch) || OPERATORS.some((o) => script.startsWith(o, i)))
                break;
            if (ch === '`')
                throw new Unparseable('command substitution (`...`)');
            if (ch === '$' && script[i + 1] === '(')
                throw new Unparseable('command substitution ($(...))');
            if (ch === "'") {
                const end = script.indexOf("'", i + 1);
                if (end < 0)
                    throw new Unparseable('an unclosed single quote');
                text += script.slice(i + 1, end);
                i = end + 1;
                continue;
            }
            if (ch === '"') {
                i++;
                for (;;) {
                    if (i >= n)
                        throw new Unparseable('an unclosed double quote');
                    const d = script[i];
                    if (d === '"')
                        break;
                    if (d === '`' || (d === '$' && script[i + 1] === '('))
                        throw new Unparseable('command substitution');
                    if (d === '\\' && i + 1 < n && '"\\$`\n'.includes(script[i + 1])) {
                        if (script[i + 1] !== '\n')
                            text += script[i + 1];
                        i += 2;
                        continue;
                    }
                    text += d;
                    i++;
                }
                i++;
                continue;
            }
            if (ch === '\\') {
                if (i + 1 >= n)
                    throw new Unparseable('a trailing backslash');
                text += script[i + 1];
                i += 2;
                continue;
            }
            text += ch;
            i++;
        }
        const previous = tokens[tokens.length - 1];
        tokens.push({ kind: 'word', text });
        if (previous?.kind === 'redir' && /<<-?$/.test(previous.text)) {
            heredocs.push({ delimiter: text, strip: previous.text.endsWith('-') });
        }
    }
    if (heredocs.length > 0)
        throw new Unparseable(`the heredoc ending in '${heredocs[0].delimiter}' has no body`);
    return tokens;
}
/** A leading `NAME=value` changes what the command does when NAME steers the loader, the shell or git. */
const RISKY_ASSIGNMENT = /^(PATH|LD_\w*|DYLD_\w*|GIT_\w*|BASH_ENV|ENV|IFS|SHELLOPTS|BASHOPTS|PS4|PROMPT_COMMAND|NODE_OPTIONS|NODE_PATH|PYTHON\w*|PERL\w*|RUBY\w*|HOME|CDPATH)=/;
/** Turns the tokens between two operators into a command's argv, dropping redirections and assignments. */
function simpleCommand(tokens) {
    const argv = [];
    for (let k = 0; k < tokens.length; k++) {
        const token = tokens[k];
        if (token.kind === 'redir') {
            if (tokens[k + 1]?.kind !== 'word')
                throw new Unparseable(`a redirection '${token.text}' without a target`);
            k++;
            continue;
        }
        const word = token.text;
        if (argv.length === 0) {
            if (RISKY_ASSIGNMENT.test(word))
                throw new Unparseable(`the assignment '${word.split('=')[0]}=...'`);
            if (/^[A-Za-z_]\w*=/.test(word))
                continue;
            if (UNSUPPORTED.has(word))
                throw new Unparseable(`the shell construct '${word}'`);
            if (KEYWORDS_ALONE.has(word) || KEYWORDS_BEFORE_COMMAND.has(word))
                continue;
        }
        argv.push(word);
    }
    if (argv[0] === 'for')
        return undefined; // `for x in a b c`: a list of words, not a command
    return argv.length > 0 ? argv : undefined;
}
/** Lists the simple commands of a shell script (each as argv), or says why it cannot. */
function parseShell(script) {
    try {
        const commands = [];
        let words = [];
        const flush = () => {
            const argv = words.length > 0 ? simpleCommand(words) : undefined;
            if (argv)
                commands.push(argv);
            words = [];
        };
        for (const token of tokenize(script)) {
            if (token.kind === 'op')
                flush();
            else
                words.push(token);
        }
        flush();
        return { ok: true, commands };
    }
    catch (error) {
        if (error instanceof Unparseable)
            return { ok: false, reason: `cannot be checked: ${error.message}` };
        throw error;
    }
}
/** Shell options that take the next word as their value. */
const SHELL_VALUED = new Set(['--rcfile', '--init-file']);
/**
 * Unwraps `bash -lc '<script>'` (as Codex runs commands) into the script; undefined when argv is not
 * a shell running a script given with -c. Any path to a shell counts (`/usr/bin/sh -c`), and the
 * options before the script are skipped as bash reads them (`bash --norc -O extglob -c '...'`).
 */
function shellScriptOf(argv) {
    if (!_inline_js__WEBPACK_IMPORTED_MODULE_0__/* .SHELL_NAMES */ .Y.has((0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .programName */ .kX)(argv[0] ?? '')))
        return undefined;
    let command = false;
    let k = 1;
    while (k < argv.length) {
        const word = argv[k];
        if (word === '--' || word === '-') {
            k++;
            break;
        }
        if (!/^[-+]./.test(word))
            break;
        if (word.startsWith('--')) {
            k += SHELL_VALUED.has(word) ? 2 : 1;
            continue;
        }
        if (word.startsWith('-') && word.includes('c'))
            command = true;
        k += /[oO]/.test(word) ? 2 : 1;
    }
    return command ? (argv[k] ?? '') : undefined;
}


/***/ })

};
