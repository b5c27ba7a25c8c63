import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendRows } from '../src/append-rows.ts';
import { WarehouseError } from '../src/errors.ts';
import { exportParquet } from '../src/export-parquet.ts';
import { createLakeViews } from '../src/lake/lake-views.ts';
import { LakeWriter } from '../src/lake/lake-writer.ts';
import { LAKE_TABLES } from '../src/lake/layout.ts';
import { openLakeWarehouse } from '../src/lake/open-lake.ts';
import { Warehouse } from '../src/warehouse.ts';
import { batchOf, landedJob } from './lake-rows.ts';

const RUN = '2026-06-01_scavio';
const T1 = new Date('2026-06-01T10:00:00Z');
const T2 = new Date('2026-06-01T10:00:07Z');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lake-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The lake's views in a throwaway DuckDB; `query` returns rows as plain objects. */
async function readLake(lake: string) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await createLakeViews(connection, lake);
  return {
    query: async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[],
    count: async (from: string) => Number((await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${from}`)).getRowObjectsJS()[0]?.n),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)))
    .sort();
}

describe('the lake', () => {
  it('puts each batch in hive partitions by table and date, one uniquely named file per table, nothing left in _tmp', async () => {
    const lake = join(dir, 'lake');
    const writer = await LakeWriter.create(lake, 'host-1-abc');
    try {
      await writer.write(batchOf(landedJob(RUN, 'alice', T1), landedJob(RUN, 'bob', new Date('2026-06-02T00:00:01Z'))));
      await writer.write(batchOf(landedJob(RUN, 'carol', T1)));
    } finally {
      writer.close();
    }
    expect(filesUnder(lake)).toEqual([
      'creator_outcomes/snapshot_date=2026-06-01/host-1-abc-000001.parquet',
      'creator_outcomes/snapshot_date=2026-06-01/host-1-abc-000002.parquet',
      'creator_outcomes/snapshot_date=2026-06-02/host-1-abc-000001.parquet',
      'creators/snapshot_date=2026-06-01/host-1-abc-000001.parquet',
      'creators/snapshot_date=2026-06-01/host-1-abc-000002.parquet',
      'creators/snapshot_date=2026-06-02/host-1-abc-000001.parquet',
      'raw_responses/snapshot_date=2026-06-01/host-1-abc-000001.parquet',
      'raw_responses/snapshot_date=2026-06-01/host-1-abc-000002.parquet',
      'raw_responses/snapshot_date=2026-06-02/host-1-abc-000001.parquet',
      'videos/snapshot_date=2026-06-01/host-1-abc-000001.parquet',
      'videos/snapshot_date=2026-06-01/host-1-abc-000002.parquet',
      'videos/snapshot_date=2026-06-02/host-1-abc-000001.parquet',
    ]);
    const read = await readLake(lake);
    try {
      expect(await read.query(`SELECT username, followers::VARCHAR AS f FROM creators ORDER BY 1`)).toEqual([
        { username: 'alice', f: '1000' },
        { username: 'bob', f: '1000' },
        { username: 'carol', f: '1000' },
      ]);
      // No quarantined body yet: the view is there, empty, with the warehouse's columns.
      expect(await read.count('quarantine')).toBe(0);
    } finally {
      read.close();
    }
  });

  it('reads a job delivered twice once: one outcome, its snapshot, its videos; every paid body kept', async () => {
    const lake = join(dir, 'lake');
    const first = await LakeWriter.create(lake, 'w1');
    const second = await LakeWriter.create(lake, 'w2');
    try {
      await first.write(batchOf(landedJob(RUN, 'alice', T1)));
      // Redelivered after a lock expired: fetched again seven seconds later by another worker, beside bob.
      await second.write(batchOf(landedJob(RUN, 'alice', T2), landedJob(RUN, 'bob', T2)));
      // And once more at the same instant (a simulator's fixed clock): the very same rows a second time.
      await second.write(batchOf(landedJob(RUN, 'alice', T1)));
    } finally {
      first.close();
      second.close();
    }
    const read = await readLake(lake);
    try {
      expect(await read.count('lake_files_creator_outcomes')).toBe(4);
      expect(await read.query(`SELECT username, snapshot_at FROM creator_outcomes ORDER BY 1`)).toEqual([
        { username: 'alice', snapshot_at: T1 },
        { username: 'bob', snapshot_at: T2 },
      ]);
      expect(await read.query(`SELECT username, snapshot_at FROM creators ORDER BY 1`)).toEqual([
        { username: 'alice', snapshot_at: T1 },
        { username: 'bob', snapshot_at: T2 },
      ]);
      expect(await read.count('lake_files_videos')).toBe(8);
      expect(await read.query(`SELECT username, count(*)::INTEGER AS n, count(DISTINCT video_id)::INTEGER AS ids FROM videos GROUP BY 1 ORDER BY 1`)).toEqual([
        { username: 'alice', n: 2, ids: 2 },
        { username: 'bob', n: 2, ids: 2 },
      ]);
      // Three deliveries of alice, one of bob, two calls each: all paid, all in the ledger.
      expect(await read.query(`SELECT sum(calls)::INTEGER AS calls, sum(credits)::INTEGER AS credits FROM credit_ledger`)).toEqual([{ calls: 8, credits: 8 }]);
    } finally {
      read.close();
    }
  });

  it('hides the rows of a batch whose outcome file never made it into place (a worker killed between renames)', async () => {
    const lake = join(dir, 'lake');
    const writer = await LakeWriter.create(lake, 'w1');
    let files: Awaited<ReturnType<LakeWriter['write']>>;
    try {
      files = await writer.write(batchOf(landedJob(RUN, 'dora', T1)));
    } finally {
      writer.close();
    }
    // Outcomes are renamed last: a kill before that rename leaves exactly this.
    const outcome = files.find((f) => f.table === 'creator_outcomes');
    expect(files.at(-1)).toBe(outcome);
    rmSync(outcome?.path ?? '');
    const read = await readLake(lake);
    try {
      expect(await read.count('lake_files_creators')).toBe(1);
      expect(await read.count('creators')).toBe(0);
      expect(await read.count('videos')).toBe(0);
      expect(await read.count('raw_responses')).toBe(2);
    } finally {
      read.close();
    }
  });

  it('reads an export as a lake: the same layout, the same rows as the warehouse it came from', async () => {
    const db = join(dir, 'source.duckdb');
    const source = await Warehouse.open(db);
    try {
      for (const job of [landedJob('r1', 'alice', T1, 3), landedJob('r1', 'bob', T2)]) {
        for (const [table, rows] of job) await appendRows(source.connection, table, rows);
      }
      const out = join(dir, 'export');
      await exportParquet(source, out, LAKE_TABLES.map(({ table, partitionBy }) => ({ table: table.name, snapshotColumn: partitionBy })));
      const lake = await openLakeWarehouse(out, join(dir, 'scores.duckdb'));
      try {
        for (const table of ['creators', 'videos', 'creator_outcomes', 'raw_responses']) {
          const fromLake = await lake.rows(`SELECT * FROM ${table} ORDER BY ALL`);
          const fromSource = await source.rows(`SELECT * FROM ${table} ORDER BY ALL`);
          expect(fromLake, table).toEqual(fromSource);
        }
        expect(await lake.rows(`SELECT username FROM latest_creators ORDER BY 1`)).toEqual([{ username: 'alice' }, { username: 'bob' }]);
      } finally {
        lake.close();
      }
      // A warehouse with landed rows is never turned into views over a lake.
      const refused = await openLakeWarehouse(out, db).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(WarehouseError);
      expect((refused as WarehouseError).problem).toEqual({ kind: 'lake_over_landed', path: db, table: 'raw_responses' });
      expect((refused as Error).message).toMatch(/holds landed rows \(raw_responses\).*\(another warehouse file\)$/);
    } finally {
      source.close();
    }
    expect(existsSync(join(dir, 'scores.duckdb'))).toBe(true);
  });
});
