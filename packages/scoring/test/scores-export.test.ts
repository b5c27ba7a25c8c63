import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Warehouse } from '@creator-audit/warehouse';
import { LIST, listValue, VARCHAR } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scoreWarehouse } from '../src/score.ts';
import { guardCsvSql, guardCsvText } from '../src/scores/csv-guard.ts';
import { exportCreatorScores } from '../src/scores/export-scores.ts';
import { formatScoreSummary, summarizeScores } from '../src/scores/score-summary.ts';
import type { CreatorSnapshot } from '../src/seed-v1/reference.ts';
import { landCreators } from './land-snapshots.ts';

/** Text a spreadsheet would run as a formula, and text that merely contains the characters. */
const HOSTILE = ['=HYPERLINK("http://x.test","click")', '+cmd|/c calc', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', "'quoted"];
const HARMLESS = ['plain', 'a=b', 'x-1', 'mail@x', ''];

/** Likes vary (1x..6x the base), so no uniform-likes flag; plays are 10x likes, comments equal likes. */
const feed = (n: number, likes: number) => Array.from({ length: n }, (_, i) => ({ plays: likes * (i + 1) * 10, likes: likes * (i + 1), comments: likes * (i + 1) }));
const creator = (username: string, followers: number, likes = 50): CreatorSnapshot => ({
  username,
  followers,
  following: 10,
  likesReceived: 1000,
  videoCount: 10,
  videos: feed(6, likes),
});

describe('formula-injection guard', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await Warehouse.open(':memory:');
  });
  afterEach(() => warehouse.close());

  it('prefixes exactly the cells that start with = + - @ tab or CR, the same way in SQL and in TS', async () => {
    for (const text of HOSTILE.slice(0, 6)) expect(guardCsvText(text)).toBe(`'${text}`);
    for (const text of [...HARMLESS, "'quoted"]) expect(guardCsvText(text)).toBe(text);
    const reader = await warehouse.connection.runAndReadAll(
      `SELECT t, ${guardCsvSql('t')} AS guarded FROM unnest($texts) AS u(t)`,
      { texts: listValue([...HOSTILE, ...HARMLESS]) },
      { texts: LIST(VARCHAR) },
    );
    const rows = reader.getRowObjectsJS();
    expect(rows).toHaveLength(HOSTILE.length + HARMLESS.length);
    for (const r of rows) expect(r.guarded, JSON.stringify(r.t)).toBe(guardCsvText(String(r.t)));
  });
});

describe('exportCreatorScores', () => {
  let warehouse: Warehouse;
  let dir: string;
  beforeEach(async () => {
    warehouse = await Warehouse.open(':memory:');
    dir = mkdtempSync(join(tmpdir(), 'creator-scores-'));
  });
  afterEach(() => {
    warehouse.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes Parquet with the types kept and a CSV where every hostile text cell is guarded and numbers are not', async () => {
    // Handles ingest would refuse, landed directly: the export must not trust earlier validation.
    await landCreators(warehouse, [
      ...HOSTILE.map((u, i) => ({ snapshot: creator(u, 1000 + i) })),
      { snapshot: creator('ok_creator', 20_000, 4) },
      { snapshot: creator('=gone', 10), outcome: 'private', detail: '-1 @vendor said =bad' },
    ]);
    await scoreWarehouse(warehouse, { scoredAt: new Date('2026-01-02T00:00:00Z') });
    const exported = await exportCreatorScores(warehouse, dir);
    expect(exported.rows).toBe(HOSTILE.length + 2);

    const csv = await warehouse.rows(`SELECT * FROM read_csv($path, all_varchar = true, header = true) ORDER BY username`, { path: exported.csv });
    const usernames = csv.map((r) => String(r.username));
    for (const u of HOSTILE.slice(0, 6)) expect(usernames, JSON.stringify(u)).toContain(`'${u}`);
    expect(usernames).toContain("'quoted");
    expect(usernames).toContain('ok_creator');
    const failed = csv.find((r) => r.username === "'=gone");
    expect(failed?.status_detail).toBe("'-1 @vendor said =bad");
    expect(failed?.verdict).toBeNull();
    const ok = csv.find((r) => r.username === 'ok_creator');
    expect(ok?.followers).toBe('20000');
    expect(ok?.flags).toBe('Very low like ratio: 0.07% | Very low play ratio: 0.70%');
    expect(Number(ok?.likes_to_followers)).toBe((14 / 20_000) * 100);
    expect(ok?.rules).toContain('very_low_like_ratio');

    const parquet = await warehouse.rows(
      `SELECT username, flags, rules[1].rule AS first_rule, typeof(flags) AS flags_type FROM read_parquet($path) WHERE username = 'ok_creator'`,
      { path: exported.parquet },
    );
    expect(parquet).toEqual([
      { username: 'ok_creator', flags: ['Very low like ratio: 0.07%', 'Very low play ratio: 0.70%'], first_rule: 'very_low_like_ratio', flags_type: 'VARCHAR[]' },
    ]);
    // The CSV is text a spreadsheet opens: no cell of it starts with a formula character.
    const cells = readFileSync(exported.csv, 'utf8').split(/\r?\n/).flatMap((line) => line.split(','));
    expect(cells.filter((c) => /^[=+@]/.test(c))).toEqual([]);
  });

  it('refuses to export before anything was scored', async () => {
    await expect(exportCreatorScores(warehouse, dir)).rejects.toThrow(/no creator_scores yet/);
  });
});

describe('summarizeScores', () => {
  it('counts verdicts, unscored creators by status and rules by creators flagged, for one run or all', async () => {
    const warehouse = await Warehouse.open(':memory:');
    try {
      await landCreators(warehouse, [
        { snapshot: creator('low_one', 1000) },
        { snapshot: creator('low_two', 1000) },
        { snapshot: creator('high_one', 20_000, 5) },
        { snapshot: creator('private_one', 1000), outcome: 'private' },
        { snapshot: creator('other_run', 20_000, 5), runId: 'run-2' },
      ]);
      await scoreWarehouse(warehouse);
      const run1 = await summarizeScores(warehouse, { runId: 'run-1' });
      expect(run1.creators).toBe(4);
      expect(run1.byVerdict).toEqual([
        { key: 'LOW RISK', n: 2 },
        { key: 'HIGH RISK', n: 1 },
      ]);
      expect(run1.unscoredByStatus).toEqual([{ key: 'private', n: 1 }]);
      expect(run1.topRules).toEqual([
        { key: 'very_low_like_ratio', n: 1 },
        { key: 'very_low_play_ratio', n: 1 },
      ]);
      expect((await summarizeScores(warehouse)).creators).toBe(5);
      const text = formatScoreSummary(run1, 8);
      expect(text).toMatch(/HIGH RISK +1 +33\.3%/);
      expect(text).toContain('Credits spent: 8');
    } finally {
      warehouse.close();
    }
  });
});
