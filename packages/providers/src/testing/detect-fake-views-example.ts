import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The fixture's folder, found from the package's root (the folder holding package.json above this module) so the
 * fixture reads the same from the source (`src/testing/`) and from the build (`dist/src/testing/`). The warehouse
 * package's `packageRoot` does this for the others; providers depends on no other package of ours.
 */
function fixturesDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'src', 'testing', 'fixtures');
  }
  throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}: the providers package's fixtures cannot be found`);
}

/**
 * TikHub's own example answer to `detect_fake_views` (seed 001, item 7460937381265411370), as its API
 * reference prints it: the envelope, and the report whose shape our analysis reproduces. Untyped, as a body off
 * the wire is: tests parse it with the contract's schema or read its figures as sent.
 */
export function detectFakeViewsExample() {
  return JSON.parse(readFileSync(join(fixturesDir(), 'detect-fake-views-example.json'), 'utf8'));
}
