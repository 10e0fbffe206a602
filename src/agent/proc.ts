import { readdirSync, readFileSync } from 'node:fs';

/**
 * Every live descendant of `pid` (Linux: from /proc; elsewhere none, and the process group has to
 * do). Needed because Codex starts every sandboxed command in a new session (`codex-linux-sandbox`,
 * then `bwrap --new-session`), outside Codex's process group: killing the group alone would leave
 * a running `npm test` behind.
 */
export function descendants(pid: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid);
    if (list) list.push(Number(entry));
    else children.set(ppid, [Number(entry)]);
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

const signal = (target: number, sig: NodeJS.Signals): void => {
  try {
    process.kill(target, sig);
  } catch {
    // Already gone (ESRCH) or not ours: nothing to do.
  }
};

/**
 * Stops a detached child (a process-group leader) and everything it started: SIGTERM to the group
 * and every descendant, then, once the child has exited or `graceMs` has passed, SIGKILL to all of
 * them that are left. Resolves when the SIGKILL round has been sent.
 */
export async function killTree(pid: number, exited: Promise<unknown>, graceMs: number): Promise<void> {
  const tree = new Set(descendants(pid));
  signal(-pid, 'SIGTERM');
  for (const p of tree) signal(p, 'SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
  clearTimeout(timer);
  for (const p of [...tree]) for (const d of descendants(p)) tree.add(d);
  signal(-pid, 'SIGKILL');
  for (const p of tree) signal(p, 'SIGKILL');
}
