import { defineConfig } from 'vitest/config';

/** Browser end-to-end tests: Debian Chromium driven by playwright-core against the production build. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    maxConcurrency: 1,
  },
});
