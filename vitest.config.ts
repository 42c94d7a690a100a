import { defineConfig } from 'vitest/config';

/** Unit tests and multi-peer simulations: Node, Dexie on fake-indexeddb. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/sync/**/*.test.ts', 'tests/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup-node.ts'],
    testTimeout: 30_000,
  },
});
