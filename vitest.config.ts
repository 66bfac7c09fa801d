import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'questionnaires/**/*.test.ts', 'test/**/*.test.ts'],
    // The CLI tests spawn real processes; give them room on a shared 2-core machine.
    testTimeout: 60_000,
  },
});
