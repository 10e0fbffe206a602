// Benchmark: every GitHub request of a whole scan job (the action run in-process against the
// loopback GitHub, which logs each one) with 1,000 opted-in issues.
import { type ScanScenario, scanScenario } from '../test/e2e/scan-env.js';
import type { BenchResult } from './result.js';

const ISSUES = 1000;
const TARGET = 15;

/**
 * The backlog of the loader's loopback test (test/unit/backlog-loopback.test.ts): 1,000 opted-in
 * issues, every third waiting for the one before it ("Blocked by #n"), some for a closed issue or an
 * open one outside the backlog, two native dependencies and a sub-issue; plus ten issues opened by
 * an outsider, five labelled by a maintainer (they are in) and five labelled by the outsider's issue
 * form (they are left out).
 */
function seed(s: ScanScenario): void {
  const gh = s.gh;
  const closed = gh.addIssue({ title: 'Done long ago', state: 'closed', labels: ['codex'] });
  const unlabelled = gh.addIssue({ title: 'Not opted in, still open' });
  const first = unlabelled.number + 1;
  const backlog = Array.from({ length: ISSUES - 10 }, (_, k) => {
    const n = first + k;
    const lines = [`Issue body ${n}.`];
    if (k % 3 === 1) lines.push(`Blocked by #${n - 1}`);
    if (k % 50 === 7) lines.push(`Depends on #${closed.number}`);
    if (k === 500) lines.push(`depends on #${unlabelled.number}, #${n - 2}`);
    return gh.addIssue({
      title: `Backlog item ${n}`,
      body: lines.join('\n'),
      labels: ['codex', ...(k % 10 === 0 ? ['P1'] : [])],
    });
  });
  const at = (k: number) => backlog[k] ?? (undefined as never);
  gh.addBlockedBy(at(11), at(17));
  gh.addBlockedBy(at(8), closed);
  gh.addSubIssue(at(9), gh.addIssue({ title: 'A sub-issue, not opted in' }));
  for (let k = 0; k < 10; k++) {
    const issue = gh.addIssue({
      title: `Reported by an outsider ${k}`,
      labels: k < 5 ? ['bug'] : ['codex'],
      author: 'outsider',
    });
    if (k < 5) gh.labelIssue(issue, 'codex', 'maintainer');
  }
}

/**
 * Every request the loopback GitHub logged for one scan job, with 1,000 opted-in issues: the
 * nightly scan after the first (one item claimed and in progress, the dashboard current, so nothing
 * new starts and nothing is written). Target ≤ 15. The first scan's count (it also claims an item,
 * dispatches it and opens the dashboard) is in the notes.
 */
export async function benchScanJob(): Promise<BenchResult> {
  const s = await scanScenario();
  try {
    seed(s);
    const first = await s.run();
    if (first.outputs.status !== 'complete')
      throw new Error(`the first scan ended '${first.outputs.status}':\n${first.stdout.slice(-2000)}`);
    const firstCount = s.gh.requests.length;
    const before = s.gh.requests.length;
    const second = await s.run();
    if (second.outputs.status !== 'skipped')
      throw new Error(`the second scan ended '${second.outputs.status}':\n${second.stdout.slice(-2000)}`);
    const made = s.gh.requests.slice(before);
    s.gh.assertNoViolations();
    const queued = (JSON.parse(second.outputs.queue ?? '[]') as unknown[]).length;
    const count = made.length;
    const ops = new Map<string, number>();
    for (const r of made) ops.set(r.operation, (ops.get(r.operation) ?? 0) + 1);
    const list = [...ops].map(([op, n]) => (n > 1 ? `${op} ×${n}` : op)).join(', ');
    return {
      name: `Scan job: every GitHub request of a whole scan with ${ISSUES.toLocaleString('en-US')} opted-in issues (loopback GitHub's log)`,
      result: `${count} requests`,
      target: `≤ ${TARGET}`,
      pass: count <= TARGET,
      notes: `The nightly scan after the first: one item in progress, dashboard current, nothing written. Requests: ${list}. The first scan (claims, dispatches, opens the dashboard, finds no own issue over GraphQL and asks REST) made ${firstCount}. ${queued} ready; 5 outsider issues left out.`,
      values: { requests: count, firstScan: firstCount, issues: ISSUES },
    };
  } finally {
    await s.close();
  }
}
