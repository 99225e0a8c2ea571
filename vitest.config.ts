import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The embedded store takes a file lock per directory; test files each use their own.
    pool: 'forks',
  },
});
