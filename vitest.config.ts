import { readFile } from 'node:fs/promises';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // @actions/workflow-parser ships source maps whose sources are not in the package; vite warns
      // about each file. Loading the files without their map comment keeps the test log readable.
      name: 'workflow-parser-without-sourcemaps',
      async load(id) {
        if (!/[\\/]@actions[\\/]workflow-parser[\\/].*\.js$/.test(id)) return null;
        return (await readFile(id, 'utf8')).replace(/^\/\/# sourceMappingURL=.*$/m, '');
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // End-to-end tests spawn the real codex binary; two cores are shared between them.
    maxWorkers: 2,
    // Tests must not emit real workflow commands (::warning:: etc.) into a CI log by accident.
    env: { GITHUB_ACTIONS: '' },
    // @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`, which Node's
    // loader refuses; inlining it lets vite load them.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
