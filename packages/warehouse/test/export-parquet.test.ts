import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportParquet } from '../src/export-parquet.ts';
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
      expect(readdirSync(join(out, 'creators')).sort()).toEqual(['snapshot_date=2026-11-20', 'snapshot_date=2026-11-21']);
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
      mkdirSync(join(out, 'creators.old', 'snapshot_date=2026-01-01'), { recursive: true });
      await exportParquet(w, out, specs);
      expect(readdirSync(out)).toEqual(['creators']);
      expect(readdirSync(join(out, 'creators')).sort()).toEqual(['snapshot_date=2026-11-20', 'snapshot_date=2026-11-21']);
    });
  });

  it('refuses identifiers that are not plain names', async () => {
    await withTempWarehouse(async (w, dir) => {
      await expect(exportParquet(w, dir, [{ table: 'creators; drop table runs', snapshotColumn: 'snapshot_at' }])).rejects.toThrow(/refusing/);
    });
  });
});
