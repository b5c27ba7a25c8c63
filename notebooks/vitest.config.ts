import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Timeouts: vitest's 5 s default failed tests that take about 2 s alone (a CLI child process, a kernel start, a
 * DuckDB warehouse) when turbo, DuckDB threads and other work share two cores; 30 s per test and 60 s per hook
 * leave room for a loaded machine and still end a hung test. Speed is never asserted. (The same in every package,
 * written out in each: Stryker runs a package's tests from a copy of its folder, where a shared file would not be.)
 */
export default defineConfig({
  // Workspace packages resolve to their TypeScript sources (the `development` export condition), never to their
  // build in dist/: tests test the sources, built or not (vite's own default would pick `production` under
  // NODE_ENV=production).
  ssr: { resolve: { conditions: ['module', 'node', 'development'] } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The build's copies of the tests (dist/test) are not its tests.
    exclude: [...configDefaults.exclude, 'dist/**'],
  },
});
