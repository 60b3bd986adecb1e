import { defineConfig } from 'vitest/config';

// The packaging checks run electron-builder on the built app (`out/`), so `npm test` runs them
// after its build step, apart from the unit tests (which never need a build).
export default defineConfig({
  test: {
    include: ['tests/packaging/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
