import { defineConfig } from 'vitest/config';

// Every CLI test starts the CLI as a child process: on a 2-core machine shared with the rest of the suite,
// a start-up alone can take seconds, far from vitest's 5 s default being a statement about the code.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 120_000 } });
