import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships CommonJS and ESM builds; Pothos and yoga must see the same
    // copy as our code, or graphql refuses types "from another module or realm".
    alias: { graphql: require.resolve('graphql', { paths: [new URL('./packages/api/', import.meta.url).pathname] }) },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'questionnaires/**/*.test.ts', 'test/**/*.test.ts'],
    // The CLI tests spawn real processes; give them room on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Servers started by tests log warnings and errors only (a test that reads request logs asks for more).
    env: { CRM_MATURITY_LOG_LEVEL: 'warn' },
  },
});
