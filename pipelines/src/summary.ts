import type { ExportedTable, IngestSummary } from '@creator-audit/ingest';

const pad = (label: string) => `  ${label.padEnd(18)}`;

export function formatIngestSummary(s: IngestSummary, inputName: string): string {
  const lines = [`Run ${s.runId}${s.resumed ? ' (resumed)' : ''}: ${s.total} creator(s) from ${inputName} via ${s.provider}`];
  const outcomes = Object.entries(s.byOutcome).sort((a, b) => b[1] - a[1]);
  for (const [outcome, n] of outcomes) lines.push(`${pad(outcome)}${n.toLocaleString('en-US')}`);
  lines.push(`${pad('credits spent')}${s.creditsSpent.toLocaleString('en-US')}`);
  return lines.join('\n');
}

export function formatExport(tables: readonly ExportedTable[]): string {
  return ['Parquet export (hive-partitioned by snapshot_date):', ...tables.map((t) => `${pad(t.table)}${t.rows.toLocaleString('en-US')} rows -> ${t.path}`)].join(
    '\n',
  );
}
