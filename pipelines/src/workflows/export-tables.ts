import { CAMPAIGN_TABLES, FAKE_VIEW_SCORES_TABLE } from '@creator-audit/scoring';
import { type ExportSpec, SNAPSHOT_TABLES, tikhubFakeViewReports } from '@creator-audit/warehouse';

/** What `export` writes: the landed snapshot tables, then the analysis tables once their commands have built them. */
export const SNAPSHOT_EXPORTS: readonly ExportSpec[] = [
  ...Object.entries(SNAPSHOT_TABLES).map(([table, snapshotColumn]) => ({ table, snapshotColumn })),
  ...Object.entries(CAMPAIGN_TABLES).map(([table, snapshotColumn]) => ({ table, snapshotColumn, optional: true })),
  { table: FAKE_VIEW_SCORES_TABLE, snapshotColumn: 'snapshot_at', optional: true },
  { table: tikhubFakeViewReports.name, snapshotColumn: 'fetched_at', optional: true },
];
