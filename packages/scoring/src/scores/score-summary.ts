import type { Warehouse } from '@creator-audit/warehouse';
import { z } from 'zod';
import { COHORT_V1 } from '../cohort-v1/rules.ts';
import { queryRows } from '../models/queries.ts';
import { SEED_QUICK } from '../seed-quick/rules.ts';
import { SEED_V1 } from '../seed-v1/rules.ts';

const countRow = z.object({ key: z.string(), n: z.number().int() });

export interface ScoreSummary {
  ruleset: string;
  creators: number;
  /** Scored creators by verdict, LOW to HIGH. */
  byVerdict: Array<{ key: string; n: number }>;
  /** Creators with no verdict, by status (private, not_found, fetch_failed, ...). */
  unscoredByStatus: Array<{ key: string; n: number }>;
  /** Rules that fired (seed-v1), the band that decided (seed-quick), or signals that spoke for fraud 4:1 or more (cohort-v1), by how many creators, most first. */
  topRules: Array<{ key: string; n: number }>;
}

/**
 * Counts over `creator_scores` for one ruleset; with `runId`, only the creators of that run (an audit's own
 * list, not everything the warehouse ever scored).
 */
export async function summarizeScores(warehouse: Warehouse, options: { ruleset?: string; runId?: string } = {}): Promise<ScoreSummary> {
  const ruleset = options.ruleset ?? SEED_V1;
  const params = { ruleset, run_id: options.runId ?? null };
  const byVerdict = await queryRows(warehouse, 'score_summary_verdicts', countRow, params);
  const unscoredByStatus = await queryRows(warehouse, 'score_summary_unscored', countRow, params);
  // seed-v1's flags are its rules; cohort-v1 has none: its flags are the signals whose evidence reached 4:1.
  const topRules = await queryRows(warehouse, ruleset === COHORT_V1 ? 'score_summary_signals' : 'score_summary_rules', countRow, params);
  const creators = [...byVerdict, ...unscoredByStatus].reduce((sum, c) => sum + c.n, 0);
  return { ruleset, creators, byVerdict, unscoredByStatus, topRules };
}

const line = (label: string, n: number, total: number) =>
  `  ${label.padEnd(28)}${n.toLocaleString('en-US').padStart(10)}${total > 0 ? `  ${((100 * n) / total).toFixed(1).padStart(5)}%` : ''}`;

/** What a ruleset's rules list means: seed-v1's rules add points, seed-quick's one rule is the band that decided. */
const FLAG_TITLES: Record<string, string> = {
  [COHORT_V1]: 'Top flags (signal that spoke for fraud 4:1 or more: creators, % of scored):',
  [SEED_QUICK]: 'Like-ratio bands (rule: creators, % of scored):',
};

export function formatScoreSummary(summary: ScoreSummary, creditsSpent?: number): string {
  const scored = summary.byVerdict.reduce((sum, c) => sum + c.n, 0);
  const lines = [`${summary.ruleset}: ${summary.creators.toLocaleString('en-US')} creator(s), ${scored.toLocaleString('en-US')} scored`];
  lines.push('By verdict:');
  for (const v of summary.byVerdict) lines.push(line(v.key, v.n, scored));
  if (summary.unscoredByStatus.length > 0) {
    lines.push('Not scored (no verdict), by status:');
    for (const s of summary.unscoredByStatus) lines.push(line(s.key, s.n, summary.creators));
  }
  const flagTitle = FLAG_TITLES[summary.ruleset] ?? 'Top flags (rule: creators flagged, % of scored):';
  lines.push(summary.topRules.length > 0 ? flagTitle : 'No flags raised.');
  for (const r of summary.topRules) lines.push(line(r.key, r.n, scored));
  if (creditsSpent !== undefined) lines.push(`Credits spent: ${creditsSpent.toLocaleString('en-US')}`);
  return lines.join('\n');
}
