import { configDefaults, defineConfig } from 'vitest/config';

// Every CLI test starts the CLI as a child process, and some start it four or five times: on a 2-core machine
// shared with the rest of the suite a start-up alone took 5-8 s, so a test gets 120 s (its own shorter timeouts
// only made it fail sooner: seed-v1-cli's score-and-sql test passed 30 s at load 9). Speed is never asserted.
export default defineConfig({
  // Workspace packages resolve to their TypeScript sources (the `development` export condition), never to their
  // build in dist/: tests test the sources, built or not (vite's own default would pick `production` under
  // NODE_ENV=production).
  ssr: { resolve: { conditions: ['module', 'node', 'development'] } },
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // The build's copies of the tests (dist/test) are not its tests.
    exclude: [...configDefaults.exclude, 'dist/**'],
  },
});
