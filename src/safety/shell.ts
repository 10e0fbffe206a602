/**
 * A deliberately small reader of POSIX shell scripts, enough to list the simple commands a script
 * runs so each can be checked against the allow-list. Anything it does not fully understand
 * (command substitution, process substitution, `case`, functions, unclosed quotes) is reported as
 * unparseable, which the audit treats as an escalation: a person looks at it.
 */
import { SHELL_NAMES } from './inline.js';
import { programName } from './normalize.js';

export type ShellParse = { ok: true; commands: string[][] } | { ok: false; reason: string };

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

/** `redir` tokens (`>`, `2>&`, `<<`) always take the next word as their target. */
type Token = { kind: 'word'; text: string } | { kind: 'op'; text: string } | { kind: 'redir'; text: string };

class Unparseable extends Error {}

/** Splits a script into words, operators and redirections, honouring quotes, escapes, comments and heredocs. */
function tokenize(script: string): Token[] {
  const tokens: Token[] = [];
  const heredocs: { delimiter: string; strip: boolean }[] = [];
  let i = 0;
  const n = script.length;
  while (i < n) {
    const c = script[i]!;
    if (c === '\\' && script[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < n && script[i] !== '\n') i++;
      continue;
    }
    if (c === '\n' && heredocs.length > 0) {
      // Heredoc bodies are data, not commands: skip them line by line up to each delimiter.
      i++;
      for (const doc of heredocs.splice(0)) {
        for (;;) {
          if (i >= n) throw new Unparseable(`the heredoc ending in '${doc.delimiter}' is not closed`);
          const end = script.indexOf('\n', i);
          const line = script.slice(i, end < 0 ? n : end);
          i = end < 0 ? n : end + 1;
          if ((doc.strip ? line.replace(/^\t+/, '') : line) === doc.delimiter) break;
        }
      }
      tokens.push({ kind: 'op', text: '\n' });
      continue;
    }
    if (/^[<>]\(/.test(script.slice(i, i + 2))) throw new Unparseable('process substitution');
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
      const ch = script[i]!;
      if (' \t\r\n<>'.includes(ch) || OPERATORS.some((o) => script.startsWith(o, i))) break;
      if (ch === '`') throw new Unparseable('command substitution (`...`)');
      if (ch === '$' && script[i + 1] === '(') throw new Unparseable('command substitution ($(...))');
      if (ch === "'") {
        const end = script.indexOf("'", i + 1);
        if (end < 0) throw new Unparseable('an unclosed single quote');
        text += script.slice(i + 1, end);
        i = end + 1;
        continue;
      }
      if (ch === '"') {
        i++;
        for (;;) {
          if (i >= n) throw new Unparseable('an unclosed double quote');
          const d = script[i]!;
          if (d === '"') break;
          if (d === '`' || (d === '$' && script[i + 1] === '('))
            throw new Unparseable('command substitution');
          if (d === '\\' && i + 1 < n && '"\\$`\n'.includes(script[i + 1]!)) {
            if (script[i + 1] !== '\n') text += script[i + 1];
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
        if (i + 1 >= n) throw new Unparseable('a trailing backslash');
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
    throw new Unparseable(`the heredoc ending in '${heredocs[0]!.delimiter}' has no body`);
  return tokens;
}

/** A leading `NAME=value` changes what the command does when NAME steers the loader, the shell or git. */
const RISKY_ASSIGNMENT =
  /^(PATH|LD_\w*|DYLD_\w*|GIT_\w*|BASH_ENV|ENV|IFS|SHELLOPTS|BASHOPTS|PS4|PROMPT_COMMAND|NODE_OPTIONS|NODE_PATH|PYTHON\w*|PERL\w*|RUBY\w*|HOME|CDPATH)=/;

/** Turns the tokens between two operators into a command's argv, dropping redirections and assignments. */
function simpleCommand(tokens: Token[]): string[] | undefined {
  const argv: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind === 'redir') {
      if (tokens[k + 1]?.kind !== 'word')
        throw new Unparseable(`a redirection '${token.text}' without a target`);
      k++;
      continue;
    }
    const word = token.text;
    if (argv.length === 0) {
      if (RISKY_ASSIGNMENT.test(word)) throw new Unparseable(`the assignment '${word.split('=')[0]}=...'`);
      if (/^[A-Za-z_]\w*=/.test(word)) continue;
      if (UNSUPPORTED.has(word)) throw new Unparseable(`the shell construct '${word}'`);
      if (KEYWORDS_ALONE.has(word) || KEYWORDS_BEFORE_COMMAND.has(word)) continue;
    }
    argv.push(word);
  }
  if (argv[0] === 'for') return undefined; // `for x in a b c`: a list of words, not a command
  return argv.length > 0 ? argv : undefined;
}

/** Lists the simple commands of a shell script (each as argv), or says why it cannot. */
export function parseShell(script: string): ShellParse {
  try {
    const commands: string[][] = [];
    let words: Token[] = [];
    const flush = () => {
      const argv = words.length > 0 ? simpleCommand(words) : undefined;
      if (argv) commands.push(argv);
      words = [];
    };
    for (const token of tokenize(script)) {
      if (token.kind === 'op') flush();
      else words.push(token);
    }
    flush();
    return { ok: true, commands };
  } catch (error) {
    if (error instanceof Unparseable) return { ok: false, reason: `cannot be checked: ${error.message}` };
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
export function shellScriptOf(argv: readonly string[]): string | undefined {
  if (!SHELL_NAMES.has(programName(argv[0] ?? ''))) return undefined;
  let command = false;
  let k = 1;
  while (k < argv.length) {
    const word = argv[k]!;
    if (word === '--' || word === '-') {
      k++;
      break;
    }
    if (!/^[-+]./.test(word)) break;
    if (word.startsWith('--')) {
      k += SHELL_VALUED.has(word) ? 2 : 1;
      continue;
    }
    if (word.startsWith('-') && word.includes('c')) command = true;
    k += /[oO]/.test(word) ? 2 : 1;
  }
  return command ? (argv[k] ?? '') : undefined;
}
