import type { Warehouse } from '@creator-audit/warehouse';
import { z } from 'zod';
import { queryRows } from '../models/queries.ts';
import { audienceTextMessages as m } from './messages.ts';

const share = z.number().nullable();
const count = z.number().int();

const summaryRow = z.object({
  username: z.string(),
  outcome: z.string(),
  detail: z.string().nullable(),
  followers_sampled: count.nullable(),
  followers_classified: count.nullable(),
  suspicious_share: share,
  suspicious_share_low: share,
  suspicious_share_high: share,
  inactive_share: share,
  comments_sampled: count.nullable(),
  coordinated_share: share,
  duplicate_share: share,
  generic_share: share,
  suspicious_commenter_share: share,
  describes: z.string().nullable(),
});

export type AudienceSummaryRow = z.infer<typeof summaryRow>;

/**
 * Each creator of an audience run with what its sample shows (its outcome when it has none), the most suspicious
 * first. Read after `buildAudienceTables`.
 */
export async function loadAudienceSummary(warehouse: Warehouse, runId: string): Promise<AudienceSummaryRow[]> {
  return queryRows(warehouse, 'audience_summary', summaryRow, { run_id: runId });
}

const col = (text: string, width: number) => text.padStart(width);

/** The run's creators as a table: followers then comments, each share with what it is over. */
export function audienceSummaryText(rows: readonly AudienceSummaryRow[], followersAsked: number): string {
  const header = `  ${'creator'.padEnd(24)}${col('followers', 10)}${col('suspicious (95%)', 19)}${col('inactive', 9)}${col('comments', 9)}${col('coordinated', 12)}${col('duplicate', 10)}${col('generic', 8)}${col('susp. commenters', 17)}`;
  const lines = [m.newestAudience(followersAsked), '', header];
  for (const r of rows) {
    if (r.followers_sampled === null && r.comments_sampled === null) {
      lines.push(`  ${r.username.padEnd(24)}  ${r.outcome}${r.detail ? `: ${r.detail}` : ''}`);
      continue;
    }
    const interval = r.suspicious_share === null ? '-' : `${m.pct(r.suspicious_share)} (${m.pct(r.suspicious_share_low)}-${m.pct(r.suspicious_share_high)})`;
    lines.push(
      `  ${r.username.padEnd(24)}${col(String(r.followers_sampled ?? 0), 10)}${col(interval, 19)}${col(m.pct(r.inactive_share), 9)}` +
        `${col(String(r.comments_sampled ?? 0), 9)}${col(m.pct(r.coordinated_share), 12)}${col(m.pct(r.duplicate_share), 10)}${col(m.pct(r.generic_share), 8)}${col(m.pct(r.suspicious_commenter_share), 17)}` +
        `${r.outcome === 'ok' ? '' : `  (${r.outcome})`}`,
    );
  }
  return lines.join('\n');
}
