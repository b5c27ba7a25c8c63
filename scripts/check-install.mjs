#!/usr/bin/env node
// First step of `npm test`: everything the tests drive comes from `npm ci` (Chromium, Deno, ZeroMQ ship inside npm
// packages), so check it is there before anything runs, and name the command that fixes what is not. Plain Node,
// no dependency: it must run on a machine where `npm ci` never ran.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(new URL('../package.json', import.meta.url));
const problems = [];

const [major, minor] = process.versions.node.split('.').map(Number);
if (!((major === 20 && minor >= 19) || major >= 22)) problems.push(`Node ${process.versions.node}: the project needs Node 20.19+ or 22+`);

if (!existsSync(`${root}node_modules/.package-lock.json`)) {
  problems.push('node_modules is missing: run `npm ci` at the repository root');
} else {
  const missing = (what, check) => {
    try {
      check();
    } catch (error) {
      problems.push(`${what} (${error.message.split('\n')[0]}): run \`npm ci\` at the repository root`);
    }
  };
  missing('the deno npm package has no binary', () => require('deno/install_api.cjs').runInstall());
  missing('the zeromq npm package does not load', () => createRequire(`${root}notebooks/package.json`)('zeromq'));
  missing('the @sparticuz/chromium npm package is missing', () => createRequire(`${root}packages/reports/package.json`).resolve('@sparticuz/chromium'));
  missing('playwright-core is missing', () => createRequire(`${root}packages/reports/package.json`).resolve('playwright-core'));
}

// The Chromium that @sparticuz/chromium ships links against the system's NSS (Debian's node image has it).
if (process.platform === 'linux') {
  let libraries = '';
  try {
    libraries = execFileSync('/sbin/ldconfig', ['-p'], { encoding: 'utf8' });
  } catch {
    // No ldconfig to ask: the browser test names a missing library itself when Chromium fails to start.
    libraries = 'libnss3.so libnspr4.so';
  }
  const absent = ['libnss3.so', 'libnspr4.so'].filter((lib) => !libraries.includes(lib));
  if (absent.length) problems.push(`headless Chromium needs ${absent.join(' and ')}: run \`apt-get install -y libnss3\` (as root)`);
}

if (problems.length) {
  process.stderr.write(`npm test cannot run on this machine yet:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
