import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportParquet } from '../src/export-parquet.ts';
import { OWNED_MARKER } from '../src/owned-folder.ts';
import { withTempWarehouse } from '../src/testing/index.ts';

const specs = [{ table: 'creators', snapshotColumn: 'snapshot_at' }];

async function seedCreators(w: import('../src/warehouse.ts').Warehouse, followers: number) {
  await w.run(
    `INSERT INTO creators (username, snapshot_at, provider, run_id, followers, count_problems)
     VALUES ('a', '2026-11-20 10:00:00', 'synthetic', 'r1', $f, []), ('b', '2026-11-21 09:00:00', 'synthetic', 'r1', 11907467940, [])`,
    { f: followers },
  );
}

describe('exportParquet', () => {
  it('writes hive partitions by snapshot date that read back exactly, 64-bit counts included', async () => {
    await withTempWarehouse(async (w, dir) => {
      await seedCreators(w, 5);
      const out = join(dir, 'parquet');
      const [result] = await exportParquet(w, out, specs);
      expect(result).toMatchObject({ table: 'creators', rows: 2 });
      expect(readdirSync(join(out, 'creators')).sort()).toEqual([OWNED_MARKER, 'snapshot_date=2026-11-20', 'snapshot_date=2026-11-21']);
      const back = await w.rows(
        `SELECT username, followers::VARCHAR AS followers, snapshot_date::VARCHAR AS d FROM read_parquet($p, hive_partitioning = true) ORDER BY 1`,
        { p: join(out, 'creators', '**', '*.parquet') },
      );
      expect(back).toEqual([
        { username: 'a', followers: '5', d: '2026-11-20' },
        { username: 'b', followers: '11907467940', d: '2026-11-21' },
      ]);
    });
  });

  it('replaces a previous export whole and leaves no temp folder behind', async () => {
    await withTempWarehouse(async (w, dir) => {
      await seedCreators(w, 5);
      const out = join(dir, 'parquet');
      await exportParquet(w, out, specs);
      writeFileSync(join(out, 'creators', 'stale.txt'), 'from an older export');
      await exportParquet(w, out, specs);
      expect(existsSync(join(out, 'creators', 'stale.txt'))).toBe(false);
      expect(readdirSync(out)).toEqual(['creators']);
    });
  });

  it('puts back the previous export when a swap was interrupted between its two renames', async () => {
    await withTempWarehouse(async (w, dir) => {
      await seedCreators(w, 5);
      const out = join(dir, 'parquet');
      mkdirSync(join(out, '.creators.old', 'snapshot_date=2026-01-01'), { recursive: true });
      writeFileSync(join(out, '.creators.old', OWNED_MARKER), '{}');
      await exportParquet(w, out, specs);
      expect(readdirSync(out)).toEqual(['creators']);
      expect(readdirSync(join(out, 'creators')).sort()).toEqual([OWNED_MARKER, 'snapshot_date=2026-11-20', 'snapshot_date=2026-11-21']);
    });
  });

  it('never replaces a folder an export did not make, and says so', async () => {
    await withTempWarehouse(async (w, dir) => {
      await seedCreators(w, 5);
      const home = join(dir, 'home');
      mkdirSync(join(home, 'creators'), { recursive: true });
      writeFileSync(join(home, 'creators', 'my-notes.txt'), 'not an export');
      await expect(exportParquet(w, home, specs)).rejects.toThrow(/creators exists and was not written by creator-audit/);
      expect(readdirSync(join(home, 'creators'))).toEqual(['my-notes.txt']);
      // Nor is a folder of the user's taken for one an interrupted swap set aside.
      mkdirSync(join(home, '.videos.old'));
      writeFileSync(join(home, '.videos.old', 'keep.txt'), 'mine');
      await expect(exportParquet(w, home, [{ table: 'videos', snapshotColumn: 'snapshot_at' }])).rejects.toThrow(/\.videos\.old exists and was not written/);
      expect(readdirSync(join(home, '.videos.old'))).toEqual(['keep.txt']);
    });
  });

  it("removes the half-written folder of a killed export, so readers of the whole folder see only whole tables", async () => {
    await withTempWarehouse(async (w, dir) => {
      await seedCreators(w, 5);
      const out = join(dir, 'parquet');
      await exportParquet(w, out, specs);
      // What a kill -9 mid-COPY leaves: a temp folder of a process that no longer runs, with a cut-off file.
      const abandoned = join(out, '.videos.tmp-999999999', 'snapshot_date=2026-11-20');
      mkdirSync(abandoned, { recursive: true });
      writeFileSync(join(abandoned, 'data_0.parquet'), 'PAR1 cut off');
      await expect(w.rows(`SELECT count(*) FROM read_parquet($p)`, { p: join(out, '**', '*.parquet') })).rejects.toThrow();
      await exportParquet(w, out, [...specs, { table: 'videos', snapshotColumn: 'snapshot_at' }]);
      expect(readdirSync(out)).toEqual(['creators', 'videos']);
      const [row] = await w.rows(`SELECT count(*)::INTEGER AS n FROM read_parquet($p)`, { p: join(out, '**', '*.parquet') });
      expect(row?.n).toBe(2);
    });
  });

  it('refuses identifiers that are not plain names', async () => {
    await withTempWarehouse(async (w, dir) => {
      await expect(exportParquet(w, dir, [{ table: 'creators; drop table runs', snapshotColumn: 'snapshot_at' }])).rejects.toThrow(/refusing/);
    });
  });
});
