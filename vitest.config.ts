import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // End-to-end tests spawn the real codex binary; two cores are shared between them.
    maxWorkers: 2,
    // Tests must not emit real workflow commands (::warning:: etc.) into a CI log by accident.
    env: { GITHUB_ACTIONS: '' },
  },
});
