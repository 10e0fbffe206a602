import { promises as fs } from 'node:fs';

/** Reads the settings file; the defaults when there is none. */
export async function loadSettings(file) {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return { theme: 'light' };
    throw error;
  }
}
