import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli, runCli } from './run-cli.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

let dir: string;
beforeAll(() => {
  // `npm test` has built everything already (this is then a no-op check); run alone, this builds the CLI and the
  // packages it imports from the sources as they are now, so the build tested is never an old one.
  try {
    execFileSync(process.execPath, [TSC, '-b', 'pipelines'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    throw new Error(`tsc -b pipelines failed:\n${(error as { stdout?: Buffer }).stdout?.toString() ?? ''}`, { cause: error });
  }
  dir = mkdtempSync(join(tmpdir(), 'creator-audit-built-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the shipped CLI: the build in dist/, run by plain Node', () => {
  it('prints the same help as the sources', async () => {
    for (const args of [['--help'], ['report', '--help']]) {
      const [built, sources] = await Promise.all([runBuiltCli(args), runCli(args)]);
      expect(built.code).toBe(0);
      expect(built.stderr).toBe('');
      expect(built.stdout).toBe(sources.stdout);
    }
  });

  it("finds each package's SQL from dist/: synthesize (ingest), score (scoring), report (reports), sql", async () => {
    const db = join(dir, 'w.duckdb');
    const synthesized = await runBuiltCli(['synthesize', '--creators', '200', '--videos-per-creator', '5', '--db', db]);
    expect(synthesized.stderr).toBe('');
    expect(synthesized.code).toBe(0);
    const scored = await runBuiltCli(['score', '--db', db]);
    expect(scored.stderr).toBe('');
    expect(scored.code).toBe(0);
    expect(scored.stdout).toContain('seed-v1: 200 creator(s), 200 scored');
    const report = await runBuiltCli(['report', 'cohort', '--db', db, '--out', join(dir, 'reports')]);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    expect(existsSync(join(dir, 'reports', 'cohort', 'report.html'))).toBe(true);
    const rows = await runBuiltCli(['sql', 'SELECT ruleset, count(*) AS n FROM creator_scores GROUP BY ALL ORDER BY ALL', '--db', db, '--format', 'csv']);
    expect(rows.code).toBe(0);
    const [header, ...counts] = rows.stdout.trim().split('\r\n');
    expect(header).toBe('ruleset,n');
    expect(counts).toEqual(expect.arrayContaining(['seed-v1,200', 'cohort-v1,200']));
    for (const line of counts) expect(line).toMatch(/,200$/);
  });
});
