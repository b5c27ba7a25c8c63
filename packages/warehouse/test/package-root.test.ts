import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/package-root.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

describe('a package finds its own files', () => {
  it('from its source and from its build alike: the folder holding package.json', () => {
    expect(packageRoot(new URL('../src/sql-files.ts', import.meta.url))).toBe(ROOT);
    expect(packageRoot(pathToFileURL(join(ROOT, 'dist', 'src', 'lake', 'lake-writer.js')))).toBe(ROOT);
    expect(packageRoot(pathToFileURL(join(ROOT, 'src', 'lake', 'lake-writer.ts')).href)).toBe(ROOT);
  });
});
