import { configDefaults, defineConfig } from 'vitest/config';

/** The timeouts every package sets (see packages/ingest/vitest.config.ts for why): 30 s a test, 60 s a hook. */
export default defineConfig({
  // Workspace packages resolve to their TypeScript sources (the `development` export condition), never to their
  // build in dist/: tests test the sources, built or not (vite's own default would pick `production` under
  // NODE_ENV=production).
  ssr: { resolve: { conditions: ['module', 'node', 'development'] } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    exclude: [...configDefaults.exclude, '.stryker-tmp/**', 'dist/**'],
  },
});
