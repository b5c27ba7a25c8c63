import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportParquet } from '../src/export-parquet.ts';
import { withTempWarehouse } from '../src/testing/index.ts';

describe('exportParquet: tables a later step builds', () => {
  it('skips an optional table that does not exist yet and leaves its folder alone, but still fails on a missing required one', () =>
    withTempWarehouse(async (w, dir) => {
      const out = join(dir, 'parquet');
      mkdirSync(join(out, 'campaign_summary'), { recursive: true });
      writeFileSync(join(out, 'campaign_summary', 'kept.txt'), 'from an earlier export');
      const exported = await exportParquet(w, out, [
        { table: 'hashtag_scans', snapshotColumn: 'snapshot_at' },
        { table: 'campaign_summary', snapshotColumn: 'snapshot_at', optional: true },
      ]);
      expect(exported.map((t) => t.table)).toEqual(['hashtag_scans']);
      expect(existsSync(join(out, 'campaign_summary', 'kept.txt'))).toBe(true);
      await expect(exportParquet(w, out, [{ table: 'campaign_summary', snapshotColumn: 'snapshot_at' }])).rejects.toThrow(/campaign_summary/);
    }));
});
