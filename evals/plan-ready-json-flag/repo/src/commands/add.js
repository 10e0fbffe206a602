import { load, save } from '../store.js';

export async function add(args, io) {
  const todos = await load();
  todos.push({ text: args.join(' '), done: false, created: new Date().toISOString() });
  await save(todos);
  io.stdout(`added #${todos.length}\n`);
  return 0;
}
