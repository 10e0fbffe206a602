import { readFile, writeFile } from 'node:fs/promises';

const FILE = process.env.TODO_FILE ?? `${process.env.HOME}/.todo.json`;

export async function load() {
  try {
    return JSON.parse(await readFile(FILE, 'utf8'));
  } catch {
    return [];
  }
}

export const save = (todos) => writeFile(FILE, JSON.stringify(todos));
