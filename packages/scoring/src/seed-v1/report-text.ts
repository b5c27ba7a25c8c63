import { formatGrouped } from '../python/format.ts';
import type { SeedV1Score } from './reference.ts';

/**
 * The seed's printout, line for line. Like the seed, the header shows the UNCAPPED total (`total_risk`,
 * so "HIGH RISK (130/100)" can happen) while `total_risk_score` is capped at 100; and a creator without
 * flags prints no flag lines (the seed's sample shows "(no flags)", which its code never prints).
 */
export function seedReportText(score: SeedV1Score, followers: number | null): string {
  const lines = [`@${score.username}: ${score.verdict} (${score.total_risk_uncapped}/100)`, ` Followers: ${formatGrouped(followers ?? 0)}`];
  for (const flag of score.flags) lines.push(` - ${flag}`);
  return `${lines.join('\n')}\n`;
}
