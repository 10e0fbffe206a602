import assert from 'node:assert/strict';
import { test } from 'node:test';

test('stats prints three lines', async () => {
  process.env.TODO_FILE = '/nonexistent/todo.json';
  const { stats } = await import('../src/commands/stats.js');
  let out = '';
  await stats([], { stdout: (t) => (out += t) });
  assert.equal(out, 'total: 0\nopen: 0\ndone: 0\n');
});
