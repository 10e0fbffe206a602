/**
 * What makes a backlog unusable. The docs source fails fast: every problem is collected and
 * reported together, and while there is one nothing is dispatched or written (DESIGN §6).
 */

/** A place in a file: path relative to the repository root, 1-based line. */
export interface FileLine {
  file: string;
  line: number;
}

export type BacklogProblem =
  /** The file's front matter is not YAML (or not a mapping). */
  | { kind: 'parse'; file: string; line: number; message: string }
  | { kind: 'missing-field'; file: string; line: number; field: 'id' | 'title' }
  /** A field with a value of the wrong kind (a list where a string belongs, an unknown status). */
  | { kind: 'invalid-field'; file: string; line: number; field: string; message: string }
  /** The same id in several files; `files` names every one. */
  | { kind: 'duplicate-id'; id: string; files: FileLine[] }
  | {
      kind: 'unknown-dependency';
      file: string;
      line: number;
      field: 'blocked_by' | 'blocking';
      id: string;
    }
  /** A dependency cycle: `path` starts and ends with the same id, each waiting for the next. */
  | { kind: 'cycle'; path: string[]; files: FileLine[] }
  | { kind: 'unknown-milestone'; file: string; line: number; milestone: string; known: string[] }
  /** A file the globs match through a symbolic link that leads outside the repository: not read. */
  | { kind: 'outside'; file: string; line: number };

const where = (p: FileLine) => `${p.file}:${p.line}`;

/** Control and format characters, line and paragraph separators: what a one-line report cannot show. */
export const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** `U+000A` for a line break. */
export const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;

/** A value of a file quoted for a problem: cut after `max` characters, invisible ones spelt out (`<U+000A>`). */
export const quoted = (text: string, max = 40) =>
  `"${(text.length > max ? `${text.slice(0, max)}…` : text).replace(INVISIBLE, (c) => `<${codePoint(c)}>`)}"`;

/** One line per problem, each starting with `file:line`, as people read them beside the files. */
export function describeProblem(problem: BacklogProblem): string {
  switch (problem.kind) {
    case 'parse':
      return `${where(problem)}: the front matter does not parse: ${problem.message}`;
    case 'missing-field':
      return `${where(problem)}: missing \`${problem.field}\` in the front matter.`;
    case 'invalid-field':
      return `${where(problem)}: \`${problem.field}\`: ${problem.message}`;
    case 'duplicate-id':
      return `duplicate id '${problem.id}' in ${problem.files.map(where).join(', ')}: ids must be unique.`;
    case 'unknown-dependency':
      return `${where(problem)}: \`${problem.field}\` names '${problem.id}', which is no item's id.`;
    case 'cycle': {
      const files = problem.files.length > 0 ? ` (${problem.files.map(where).join(', ')})` : '';
      return `dependency cycle: ${problem.path.join(' → ')} (each waits for the next)${files}: remove one of these dependencies.`;
    }
    case 'unknown-milestone': {
      const known =
        problem.known.length > 0 ? ` Known: ${problem.known.join(', ')}.` : ' No milestone file found.';
      return `${where(problem)}: \`milestone\` names '${problem.milestone}', which has no milestone file.${known}`;
    }
    case 'outside':
      return `${where(problem)}: reached through a symbolic link that leads outside the repository, so it was not read. Replace the link with the file itself, or move it.`;
  }
}

/** Sorts problems by file and line, cycles and duplicates (which span files) last. */
export function sortProblems(problems: readonly BacklogProblem[]): BacklogProblem[] {
  const key = (p: BacklogProblem): [string, number] =>
    'file' in p ? [p.file, p.line] : [`\uffff${p.kind}`, 0];
  return [...problems].sort((a, b) => {
    const [fa, la] = key(a);
    const [fb, lb] = key(b);
    return fa < fb ? -1 : fa > fb ? 1 : la - lb;
  });
}

/** The whole report, ready to print: a count, then one problem per line. */
export function renderProblems(problems: readonly BacklogProblem[]): string {
  if (problems.length === 0) return 'No problems found.';
  const lines = sortProblems(problems).map((p) => `  - ${describeProblem(p)}`);
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `The backlog has ${problems.length} ${noun}; nothing is dispatched until they are fixed:\n${lines.join('\n')}`;
}
