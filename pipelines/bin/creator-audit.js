#!/usr/bin/env node
// The shipped CLI: the JavaScript `tsc -b` (`npm run build`) compiles into dist/, run by Node alone, with no
// TypeScript transpiled at start-up. Development runs the sources instead: `npm run cli --` (tsx).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/src/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('creator-audit: the CLI is not built: run `npm run build` at the repository root (or run the sources with `npm run cli --`)\n');
  process.exit(1);
}
await import(cli.href);
