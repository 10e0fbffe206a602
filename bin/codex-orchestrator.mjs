#!/usr/bin/env node
// The `codex-orchestrator` command. A built copy (dist/cli/index.js, `ncc build src/cli.ts -o
// dist/cli`) is used when there is one; in a checkout without it, the TypeScript sources run
// through the repository's loader (scripts/register-ts.mjs), which needs the devDependencies.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/index.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  await import(new URL('../scripts/register-ts.mjs', import.meta.url).href);
  await import(new URL('../src/cli/index.ts', import.meta.url).href);
}
