import { AUDIENCE_MART_TABLES, CAMPAIGN_TABLES, FAKE_VIEW_SCORES_TABLE } from '@creator-audit/scoring';
import { commentSamples, type ExportSpec, followerSamples, LAKE_TABLES, SNAPSHOT_TABLES, tikhubFakeViewReports } from '@creator-audit/warehouse';

/**
 * What `export` writes: the lake's tables first (so `sql --lake` and `score --lake` read an export as they read a
 * lake: one layout), the other landed snapshot tables, then the analysis tables once their commands have built them.
 */
export const SNAPSHOT_EXPORTS: readonly ExportSpec[] = [
  ...LAKE_TABLES.map(({ table, partitionBy }) => ({ table: table.name, snapshotColumn: partitionBy })),
  ...Object.entries(SNAPSHOT_TABLES)
    .filter(([table]) => !LAKE_TABLES.some((t) => t.table.name === table))
    .map(([table, snapshotColumn]) => ({ table, snapshotColumn })),
  ...Object.entries(CAMPAIGN_TABLES).map(([table, snapshotColumn]) => ({ table, snapshotColumn, optional: true })),
  { table: FAKE_VIEW_SCORES_TABLE, snapshotColumn: 'snapshot_at', optional: true },
  { table: tikhubFakeViewReports.name, snapshotColumn: 'fetched_at', optional: true },
  // Audience samples and their marts, by the day they were sampled.
  { table: followerSamples.name, snapshotColumn: 'sampled_at' },
  { table: commentSamples.name, snapshotColumn: 'sampled_at' },
  ...Object.entries(AUDIENCE_MART_TABLES).map(([table, snapshotColumn]) => ({ table, snapshotColumn, optional: true })),
];
