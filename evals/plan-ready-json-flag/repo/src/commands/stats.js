import { load } from '../store.js';

/** `todo stats`: how many todos there are, open and done. */
export async function stats(_args, io) {
  const todos = await load();
  const done = todos.filter((t) => t.done).length;
  io.stdout(`total: ${todos.length}\nopen: ${todos.length - done}\ndone: ${done}\n`);
  return 0;
}
