import type { ExportedTable } from '@creator-audit/warehouse';
import type { IngestSummary } from '@creator-audit/ingest';

const pad = (label: string) => `  ${label.padEnd(18)}`;

export function formatIngestSummary(s: IngestSummary, inputName: string): string {
  const lines = [`Run ${s.runId}${s.resumed ? ' (resumed)' : ''}: ${s.total} creator(s) from ${inputName} via ${s.provider}`];
  const outcomes = Object.entries(s.byOutcome).sort((a, b) => b[1] - a[1]);
  for (const [outcome, n] of outcomes) lines.push(`${pad(outcome)}${n.toLocaleString('en-US')}`);
  lines.push(`${pad('credits spent')}${s.creditsSpent.toLocaleString('en-US')}`);
  return lines.join('\n');
}

export function formatExport(tables: readonly ExportedTable[]): string {
  const width = Math.max(18, ...tables.map((t) => t.table.length + 2));
  const lines = tables.map((t) => `  ${t.table.padEnd(width)}${t.rows.toLocaleString('en-US')} rows -> ${t.path}`);
  return ['Parquet export (hive-partitioned by snapshot_date):', ...lines].join('\n');
}
