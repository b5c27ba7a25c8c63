import { configDefaults, defineConfig } from 'vitest/config';

/** The timeouts every package sets (see packages/ingest/vitest.config.ts for why): 30 s a test, 60 s a hook. */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    exclude: [...configDefaults.exclude, '.stryker-tmp/**'],
  },
});
