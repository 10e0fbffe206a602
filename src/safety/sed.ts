/**
 * Reads a sed script far enough to tell whether it runs a command: GNU sed's `e` command
 * (`sed '1e id'`) and the `e` flag of `s` (`s/x/id/e`) hand text to the shell. Addresses, regular
 * expressions, replacements and the text of `a`/`i`/`c` are skipped so that their letters are
 * not mistaken for commands. What it cannot read is reported, so the audit escalates it.
 */

/** Why the script runs a command (or cannot be read), or undefined when it runs none. */
export function sedRunsCommand(script: string): string | undefined {
  let i = 0;
  const n = script.length;
  /** Skips a delimited part (`/re/`, `|re|`) starting after the opening delimiter; false if unclosed. */
  const delimited = (delimiter: string): boolean => {
    while (i < n) {
      const c = script[i]!;
      if (c === '\\') i += 2;
      else if (c === delimiter) {
        i++;
        return true;
      } else if (c === '\n' && delimiter !== '\n') return false;
      else i++;
    }
    return false;
  };
  const toLineEnd = () => {
    while (i < n && script[i] !== '\n') i++;
  };
  const toCommandEnd = () => {
    while (i < n && !';\n}'.includes(script[i]!)) i++;
  };
  const address = (): boolean => {
    const c = script[i];
    if (c === undefined) return true;
    if (/[0-9$]/.test(c)) {
      while (i < n && /[0-9$~]/.test(script[i]!)) i++;
      return true;
    }
    if (c === '/') {
      i++;
      if (!delimited('/')) return false;
    } else if (c === '\\') {
      const d = script[i + 1];
      i += 2;
      if (d === undefined || !delimited(d)) return false;
    } else return true;
    while (i < n && 'IM'.includes(script[i]!)) i++;
    return true;
  };

  while (i < n) {
    const c = script[i]!;
    if (' \t\n;{}!'.includes(c)) {
      i++;
      continue;
    }
    if (!address()) return 'cannot be checked: an unclosed address';
    while (i < n && ' \t'.includes(script[i]!)) i++;
    if (script[i] === ',' || script[i] === '+' || script[i] === '~') {
      i++;
      while (i < n && ' \t'.includes(script[i]!)) i++;
      if (/[+~]/.test(script[i - 1]!)) while (i < n && /[0-9]/.test(script[i]!)) i++;
      else if (!address()) return 'cannot be checked: an unclosed address';
    }
    while (i < n && ' \t!'.includes(script[i]!)) i++;
    const command = script[i];
    if (command === undefined) break;
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
        if (script[i] === '\\' && script[i + 1] === '\n') i += 2;
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
        if (':rRwW'.includes(command)) toLineEnd();
        else toCommandEnd();
        break;
      case 's': {
        const d = script[i];
        if (d === undefined || d === '\n' || d === '\\')
          return 'cannot be checked: an s command without a delimiter';
        i++;
        if (!delimited(d) || !delimited(d)) return 'cannot be checked: an unclosed s command';
        while (i < n && /[gpiImMe0-9w]/.test(script[i]!)) {
          if (script[i] === 'e') return 'uses the e flag of s, which runs the result as a shell command';
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
        if (!delimited(d) || !delimited(d)) return 'cannot be checked: an unclosed y command';
        break;
      }
      case 'q':
      case 'Q':
      case 'l':
      case 'L':
        while (i < n && /[0-9 ]/.test(script[i]!)) i++;
        break;
      default:
        if (!'=dDgGhHnNpPxzF'.includes(command)) return `cannot be checked: the sed command '${command}'`;
    }
  }
  return undefined;
}
