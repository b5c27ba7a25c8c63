// StrykerJS settings every package's stryker.config.mjs starts from (`npm run mutate` at the root runs them all).
// Each package runs from a sandbox copy of its folder: the mutated files are imported relatively by its tests.

/**
 * @param {string} name the package, for its report file names
 * @param {string[]} mutate the core modules to mutate (small, on purpose: a run has to fit two shared cores)
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function strykerConfig(name, mutate) {
  return {
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    // related: only the test files that import a mutated module (directly or not) run at all.
    vitest: { configFile: 'vitest.config.ts', related: true },
    mutate,
    coverageAnalysis: 'perTest',
    // Two cores, shared: one test process per core at most.
    concurrency: 2,
    // Loopback HTTP, DuckDB and retries make tests slower under load: a mutant is a timeout only well past normal.
    timeoutMS: 30_000,
    timeoutFactor: 3,
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: `../../mutation/${name}.html` },
    jsonReporter: { fileName: `../../mutation/${name}.json` },
    cleanTempDir: 'always',
    // Incremental: a re-run tests again only the mutants whose code or covering tests changed since the last report
    // (kept beside it, git-ignored); `npx stryker run --force` ignores it and measures everything.
    incremental: true,
    incrementalFile: `../../mutation/${name}.incremental.json`,
  };
}
