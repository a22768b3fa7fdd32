import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Pothos must see the same graphql module instance as our code (graphql refuses types from "another realm").
          server: { deps: { inline: [/@pothos\//] } },
          include: ['backend/src/**/*.test.ts', 'workflows/src/**/*.test.ts', 'graphql/src/**/*.test.ts', 'frontend/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'workflow',
          // Workflows with their real activities on Temporal's time-skipping test server and an embedded PostgreSQL, one of each per file.
          include: ['test/workflow/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'integration',
          // Browser tests run on the same stack (Chromium against the app's own server).
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          // One stack, shared: files run one after another, tests inside a file in order.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
