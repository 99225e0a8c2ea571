import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql for all: Node loads graphql's CommonJS entry for graphql-yoga
    // and Pothos, so the project's own files must get the same one, not the
    // .mjs build Vite would pick (two copies fail graphql's instanceof checks).
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // No log lines in the test output; a test that reads them gives the app its own level and stream.
    env: { KG_LOG_LEVEL: 'silent' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The embedded store takes a file lock per directory; test files each use their own.
    pool: 'forks',
  },
});
