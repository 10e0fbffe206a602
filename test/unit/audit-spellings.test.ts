// Every spelling of a denied command and every inline-code form the audit must catch, and the
// ordinary commands it must still let through (DESIGN §8, containment issue §8).
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWED_COMMANDS, DEFAULT_DENIED_COMMANDS } from '../../src/config.js';
import { type AttemptedCommand, audit, auditCommand } from '../../src/safety/audit.js';
import { commandChain, deniedBy } from '../../src/safety/normalize.js';
import { sedRunsCommand } from '../../src/safety/sed.js';

const exec = (command: string): AttemptedCommand => ({
  tool: 'exec_command',
  command,
  argv: undefined,
  escalated: false,
});
// A permissive project: git, env and the launchers are allowed outright, so only the deny
// matching and the inline-code check stand between these commands and a push.
const broad = [
  ...DEFAULT_ALLOWED_COMMANDS,
  'git',
  'env',
  'command',
  'nice',
  'nohup',
  'timeout',
  'xargs',
  'stdbuf',
  'sh',
  'bash',
  'perl',
  'ruby',
  'python',
  'exec',
  'builtin',
];
const deny = DEFAULT_DENIED_COMMANDS;
const check = (command: string, allow = broad) => auditCommand(exec(command), allow, deny);

describe('deny matching under every spelling', () => {
  it.each([
    ['git push origin main', 'git push'],
    ['git -c a=b push', 'git push'],
    ['git -c user.name=x -c core.askPass=y push', 'git push'],
    ['git --git-dir=.git push', 'git push'],
    ['git --git-dir .git --work-tree . push', 'git push'],
    ['git -C .. push', 'git push'],
    ['git --no-pager push', 'git push'],
    ['git -P push origin', 'git push'],
    ['/usr/bin/git push', 'git push'],
    ['./git push', 'git push'],
    ['env git push', 'git push'],
    ['env -i GIT_X=1 git push', 'git push'],
    ['env -u HOME -C /tmp git push', 'git push'],
    ["env -S 'git push'", 'git push'],
    ['env --split-string=git\\ push', 'git push'],
    ['command git push', 'git push'],
    ['command -p git push', 'git push'],
    ['builtin git push', 'git push'],
    ['exec git push', 'git push'],
    ['exec -a x git push', 'git push'],
    ['nice git push', 'git push'],
    ['nice -n 5 git push', 'git push'],
    ['nice -n5 /usr/bin/git push', 'git push'],
    ['nohup git push', 'git push'],
    ['timeout 5 git push', 'git push'],
    ['timeout -s KILL -k 2 5 git push', 'git push'],
    ['stdbuf -o L git push', 'git push'],
    ['stdbuf -oL git push', 'git push'],
    ['nice timeout 9 env A=1 /usr/bin/git -c x=y push', 'git push'],
    ['echo . | xargs git push', 'git push'],
    ['find . -maxdepth 0 -exec git push ;', 'git push'],
    ["sh -c 'git push'", 'git push'],
    ["bash --norc -O extglob -c 'git push'", 'git push'],
    ["/usr/bin/sh -c 'ls; git push'", 'git push'],
    ["env sh -c 'git push'", 'git push'],
    ["echo x | xargs sh -c 'git push'", 'git push'],
    ['g\\it pu""sh', 'git push'],
    ['/usr/bin/curl -s http://127.0.0.1/', 'curl'],
    ['env curl x', 'curl'],
    ['git reset --hard HEAD~1', 'git reset --hard'],
    ['git -c a=b reset --hard', 'git reset --hard'],
  ])('%j is denied as %j', (command, entry) => {
    expect(check(command)).toContain(`'${entry}' is in commands.deny`);
  });

  it('names the spelling that matched', () => {
    expect(check('/usr/bin/git -c a=b push')).toBe(
      "'git push' is in commands.deny (spelled '/usr/bin/git -c a=b push')",
    );
  });

  it('matches a deny entry written as a path by its program name', () => {
    expect(deniedBy(['curl', 'x'], ['/usr/bin/curl'])?.entry).toBe('/usr/bin/curl');
    expect(deniedBy(['/usr/local/bin/curl'], ['curl'])?.entry).toBe('curl');
  });

  it('escalates a git alias defined on the command line (it can stand for any subcommand)', () => {
    expect(check('git -c alias.p=push p')).toMatch(/defines the git alias 'alias\.p'/);
    expect(check("git -c user.name=x -c alias.st='!sh' st")).toMatch(/git alias 'alias\.st'/);
    expect(check('git --config-env=alias.p=X p')).toMatch(/git alias/);
  });

  it('peels launchers outermost first', () => {
    expect(commandChain(['nice', '-n', '5', 'env', 'A=1', '/usr/bin/git', '-C', 'x', 'push'])).toEqual([
      ['nice', '-n', '5', 'env', 'A=1', '/usr/bin/git', '-C', 'x', 'push'],
      ['env', 'A=1', '/usr/bin/git', '-C', 'x', 'push'],
      ['git', 'push'],
    ]);
  });

  it.each([
    'git status',
    'git -C sub status',
    'git log --oneline -5',
    'git pushy',
    'echo git push',
    'grep -rn "git push" docs',
    'npm test',
    'node script.js',
    'env FOO=1 npm test',
    'timeout 60 npm test',
  ])('does not deny %j', (command) => {
    expect(check(command) ?? '').not.toMatch(/commands\.deny/);
  });
});

describe('inline code escalates even under an allowed prefix', () => {
  it.each([
    ["node -e \"require('child_process').execSync('id')\"", /'node -e': inline code/],
    ['node --eval "process.exit(0)"', /'node --eval'/],
    ['node --eval=1', /'node --eval'/],
    ['node -p 1+1', /'node -p'/],
    ['node --print 1', /'node --print'/],
    ['node -pe 1', /'node -pe'/],
    ['node --import data:text/javascript,console.log(1) x.js', /'node --import data:'/],
    ['/usr/local/bin/node -e 1', /'node -e'/],
    ['python3 -c "import os; os.system(\'id\')"', /'python3 -c': inline code/],
    ['python -c 1', /'python -c'/],
    ['python3 -Bc 1', /'python3 -c'/],
    ['python3 -W ignore -c 1', /'python3 -c'/],
    ["python3 - <<'EOF'\nimport os\nEOF", /'python3 -' reads its program from standard input/],
    [
      "python3 <<'EOF'\nimport os\nEOF",
      /'python3' with no program file reads its program from standard input/,
    ],
    ['echo "import os" | python3', /standard input/],
    [
      "node <<'EOF'\nrequire('child_process')\nEOF",
      /'node' with no program file reads its program from standard input/,
    ],
    ['node --no-warnings - < x.js', /'node -' reads its program/],
    ['perl -e "system(q(id))"', /'perl -e'/],
    ['perl -ne print file', /'perl -e'/],
    ['perl -pi -e s/a/b/ f', /'perl -e'/],
    ['perl -Mstrict\\;system\\(1\\) x.pl', /'perl -M'/],
    ['ruby -e "puts 1"', /'ruby -e'/],
    ['awk \'BEGIN{system("id")}\'', /'awk' program runs commands/],
    ['awk \'{print | "sh"}\' f', /'awk' program runs commands/],
    ['awk \'BEGIN{"id" | getline x}\'', /'awk' program runs commands/],
    ['gawk -e \'BEGIN{system("id")}\'', /'gawk' program runs commands/],
    ['awk -F: -v x=1 \'BEGIN{system("id")}\'', /program runs commands/],
    ['awk \'BEGIN{f="system"; @f("id")}\'', /program runs commands/],
    ['awk -f prog.awk f', /runs an awk program from a file/],
    ["sed 'e id' f", /sed's e command/],
    ["sed '1e id' f", /sed's e command/],
    ["sed -e 's/x/id/e' f", /e flag of s/],
    ["sed -n -e p -e 's|a|b|ge' f", /e flag of s/],
    ["sed --expression='$e id' f", /sed's e command/],
    ["sed '/x/{e id\n}' f", /sed's e command/],
    ['sed -f script.sed f', /runs a sed script from a file/],
    ["bash <<'EOF'\ncurl x\nEOF", /'bash' reads a shell script from standard input/],
    ['echo id | sh', /'sh' reads a shell script from standard input/],
    ['sh -s < x', /reads a shell script from standard input/],
    ["rg --pre 'sh -c id' x", /'rg --pre' runs a command/],
    ['sort --compress-program=sh f', /'sort --compress-program'/],
    ["make --eval='$(shell id)'", /'make --eval'/],
    ["git grep -O'sh -c id' x", /'git grep -O'/],
    ["git rebase -x 'id' HEAD~1", /'git rebase -x'/],
    ['go test -exec ./x ./...', /'go -exec'/],
    ["find . -exec node -e 1 ';'", /runs another command: 'node -e'/],
    ["ls | xargs python3 -c 'import sys'", /'python3 -c'/],
    ['env node -e 1', /'node -e'/],
    ["sh -c 'node -e 1'", /'node -e'/],
  ])('%j', (command, reason) => {
    expect(check(command)).toMatch(reason);
  });

  it('lets an allow entry that names the inline form through', () => {
    expect(auditCommand(exec('node -e 1'), [...broad, 'node -e'], deny)).toBeUndefined();
    expect(auditCommand(exec('python3 -c 1'), [...broad, 'python3 -c'], deny)).toBeUndefined();
    expect(auditCommand(exec('python3 -B -c 1'), [...broad, 'python3 -c'], deny)).toMatch(/'python3 -c'/);
  });

  it.each([
    'git status',
    'git diff --stat',
    'npm test',
    'npm run build -- --watch=false',
    'node script.js',
    'node --test',
    'node --version',
    'node --require ./setup.js test.js',
    'node dist/index.js -e value-for-the-script',
    'python3 script.py -c config.yaml',
    'python3 -m pytest -q',
    'python3 -u run.py',
    'python3 --version',
    'perl script.pl',
    "awk '{print $1}' f",
    'awk -F, \'$1 == "a" || $2 > 3 {n++} END {print n}\' f',
    'awk \'BEGIN { x = "a|b" } { print x }\'',
    "sed -n '1,5p' f",
    "sed -i 's/foo/bar/g' f",
    "sed -i.bak -e 's/a/b/' -e '/x/d' f",
    "sed 's/e/E/g; s|x|y|' f",
    "sed '/^end/,$d' f",
    "sed -E 's/(a)(b)/\\2\\1/2' f",
    "sed '$!N; /^\\(.*\\)\\n\\1$/!P; D' f",
    "sed --sandbox 'e id' f",
    "sed '/x/a appended text with e' f",
    "sed ':a;N;$!ba;s/\\n/ /g' f",
    'rg -n pattern src',
    'sort -u f',
    'find . -name "*.ts" -exec grep -l foo {} ;',
    "bash -lc 'ls && pwd'",
    'bash scripts/check.sh',
    'make test',
  ])('passes %j', (command) => {
    expect(check(command)).toBeUndefined();
  });
});

describe('sedRunsCommand', () => {
  it.each([
    ['p', undefined],
    ['s/a/b/w out.txt', undefined],
    ['y/abc/xyz/', undefined],
    ['1~3d', undefined],
    ['3q5', undefined],
    ['e', "uses sed's e command, which runs its text as a shell command"],
    ['s/a/b', 'cannot be checked: an unclosed s command'],
    ['k', "cannot be checked: the sed command 'k'"],
  ])('%j → %j', (script, expected) => {
    expect(sedRunsCommand(script)).toBe(expected);
  });
});

describe('tampered records', () => {
  it('escalate whatever the command was, with the finding as the reason', () => {
    const report = audit({
      commands: [{ ...exec('whoami'), tampered: 'ran but is missing from the rollout' }],
      changedPaths: [],
      allow: broad,
      deny,
      protectedPaths: [],
    });
    expect(report.commands).toEqual([{ command: 'whoami', reason: 'ran but is missing from the rollout' }]);
  });
});
