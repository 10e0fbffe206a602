import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads a file shipped with the action (`schemas/…`, `prompts/…`). The same code runs from `src/`
 * (tests, demo) and from the ncc bundle in `dist/`, at different depths, so the action's root is
 * found by walking up from this module to the first folder that holds the file.
 */
export function readActionFile(relativePath: string, from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(
    `Cannot find '${relativePath}' next to the action (searched upwards from ${dirname(fileURLToPath(from))}). ` +
      'The action must be used from a checkout that keeps its schemas/ and prompts/ folders.',
  );
}
