import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIX = 'npm run build && git add dist && git commit -m "Rebuild dist"';

/**
 * `npm run build` exactly (the `build` script, then `postbuild`: the CLI bundle in dist/cli), with
 * only the output directory moved from `dist` to `outDir`.
 */
function buildCommands(outDir: string): string[][] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return [pkg.scripts.build, pkg.scripts.postbuild]
    .filter((script): script is string => script !== undefined)
    .map((script) => {
      const args = script.split(/\s+/);
      const out = args.indexOf('-o');
      const dir = args[out + 1] ?? '';
      if (args[0] !== 'ncc' || out === -1 || !/^dist(\/|$)/.test(dir)) {
        throw new Error(`Expected the build scripts to be "ncc build ... -o dist[/…] ...", got: ${script}`);
      }
      args[out + 1] = `${outDir}${dir.slice('dist'.length)}`;
      return args.slice(1);
    });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** The files that differ between two directories, by name and by content (byte for byte). */
async function differences(expected: string, actual: string): Promise<string[]> {
  const [want, have] = await Promise.all([filesUnder(expected), filesUnder(actual)]);
  const diffs = [
    ...want.filter((f) => !have.includes(f)).map((f) => `${f} (missing from the committed dist/)`),
    ...have.filter((f) => !want.includes(f)).map((f) => `${f} (no longer produced by the build)`),
  ];
  for (const file of want.filter((f) => have.includes(f))) {
    const [a, b] = await Promise.all([readFile(join(expected, file)), readFile(join(actual, file))]);
    if (!a.equals(b)) diffs.push(`${file} (content differs)`);
  }
  return diffs;
}

const temp: string[] = [];
afterAll(async () => {
  await Promise.all(temp.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('dist/', () => {
  it('is the bundle the current sources build to, byte for byte', { timeout: 240_000 }, async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'dist-check-'));
    temp.push(outDir);
    const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js');
    // Run ncc on this Node (Node 24 under `npm test`), as `npm run build` does.
    for (const command of buildCommands(outDir)) {
      const build = await execa(process.execPath, [ncc, ...command], { cwd: ROOT, reject: false, all: true });
      expect(build.exitCode, `The build failed:\n${build.all}`).toBe(0);
    }

    const diffs = await differences(outDir, join(ROOT, 'dist'));
    expect(
      diffs,
      `dist/ does not match a fresh build of the sources:\n  ${diffs.join('\n  ')}\nFix: ${FIX}\n`,
    ).toEqual([]);
  });
});
