import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Warehouse } from '@creator-audit/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

describe('creator-audit report, end to end on the simulator', () => {
  let dir: string;
  let db: string;
  let out: string;
  let handle: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'creator-audit-report-'));
    db = join(dir, 'warehouse.duckdb');
    out = join(dir, 'reports');
    const list = join(dir, 'creators.csv');
    const demo = await runCli(['demo', '--creators', '60', '--seed', '7', '--db', db, '--out', join(dir, 'parquet'), '--list', list]);
    expect(demo.code, demo.stderr).toBe(0);
    // The demo scores the warehouse for its evaluation; `report cohort` must show it scores an unscored one first.
    const warehouse = await Warehouse.open(db);
    await warehouse.run('DROP TABLE creator_scores');
    warehouse.close();
    handle = readFileSync(list, 'utf8').split('\n')[4] ?? '';
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('report cohort --by verdict: scores first, writes the HTML and an SVG and PNG per chart, prints a summary', async () => {
    const res = await runCli(['report', 'cohort', '--by', 'verdict', '--db', db, '--out', out]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Cohort benchmarks\n/);
    expect(res.stdout).toMatch(/creators benchmarked\s+\d+/);
    expect(res.stdout).toContain('scored 60 creator(s) with seed-v1 first');
    expect(res.stdout).toContain('scored 60 creator(s) with cohort-v1 first');
    // The folder also holds the marker that lets the next report replace it (a dot file).
    const files = readdirSync(join(out, 'cohort')).filter((f) => !f.startsWith('.')).sort();
    expect(files).toEqual(
      [
        'report.html',
        ...['verdicts-by-ruleset', 'risk-by-tier', 'followers-vs-likes', 'engagement-by-follower-tier', 'engagement-by-verdict', 'flag-frequency'].flatMap(
          (c) => [`${c}.svg`, `${c}.png`],
        ),
      ].sort(),
    );
    expect(readFileSync(join(out, 'cohort', 'report.html'), 'utf8')).toContain('<title>Cohort benchmarks</title>');
  });

  it('report creator NAME takes @handles and places the creator in its tier', async () => {
    const res = await runCli(['report', 'creator', `@${handle.toUpperCase()}`, '--db', db, '--out', out]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout.split('\n')[0]).toBe(`@${handle}`);
    expect(existsSync(join(out, `creator-${handle}`, 'report.html'))).toBe(true);
  });

  it('report campaign TAG after track-campaign; a campaign never tracked is an error naming the tracked ones', async () => {
    const tracked = await runCli(['track-campaign', '--hashtag', 'summersale', '--db', db]);
    expect(tracked.code, tracked.stderr).toBe(0);
    const res = await runCli(['report', 'campaign', '#SummerSale', '--db', db, '--out', out]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('Campaign #summersale');
    expect(readdirSync(join(out, 'campaign-summersale')).filter((f) => !f.startsWith('.')).sort()).toEqual(
      ['campaign-growth.png', 'campaign-growth.svg', 'campaign-leaderboard.png', 'campaign-leaderboard.svg', 'report.html'],
    );
    const missing = await runCli(['report', 'campaign', 'wintersale', '--db', db, '--out', out]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no campaign "#wintersale" in campaign_summary (tracked: #summersale)');
    const malformed = await runCli(['report', 'campaign', 'two words', '--db', db, '--out', out]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('a hashtag has no spaces: "two words"');
  }, 120_000);

  it('refuses a creator name that is not a handle, saying why, before reading the warehouse', async () => {
    const res = await runCli(['report', 'creator', 'not a handle!', '--db', db, '--out', out]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/command-argument value 'not a handle!' is invalid for argument 'name'\. \S/);
    expect(existsSync(join(out, 'creator-not a handle!'))).toBe(false);
  });

  it('exits 1 on a --by column that is not a cohort, listing the ones that are', async () => {
    const res = await runCli(['report', 'cohort', '--by', 'bogus; drop table creators', '--db', db, '--out', out]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/--by "bogus; drop table creators": not a cohort column\. Cohorts can be drawn by one of: provider, status, verdict/);
  });

  it('report campaign of a warehouse that tracked none names the command to run (the CLI words the typed error)', async () => {
    const empty = join(dir, 'no-campaigns.duckdb');
    (await Warehouse.open(empty)).close();
    const res = await runCli(['report', 'campaign', 'summersale', '--db', empty, '--out', out]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('creator-audit: no campaign has been tracked in this warehouse: run creator-audit track-campaign --hashtag TAG first');
  });

  it('score --ruleset cohort-v1 --by a number column exits 1 naming --by (the CLI words the typed error)', async () => {
    const res = await runCli(['score', '--ruleset', 'cohort-v1', '--by', 'followers', '--db', db]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(
      'creator-audit: --by "followers": a BIGINT column is not a cohort (each value would be its own cohort); cohorts are drawn by text or true/false columns',
    );
  });
});
