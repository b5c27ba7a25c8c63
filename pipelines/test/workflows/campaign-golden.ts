import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCampaignValues } from '@creator-audit/scoring';
import { campaignReports } from '../../src/workflows/campaign-reports.ts';
import { trackCampaign } from '../../src/workflows/track-campaign.ts';
import { type CampaignWire, DAY2, HASHTAG, trackOptions, withCampaignWire } from './campaign-wire.ts';

/** Rates for the golden EMV lines (per play, like, comment, share; saves are not valued). */
export const VALUES = parseCampaignValues(
  JSON.stringify({ currency: 'EUR', source: 'test rates', value_per: { play: 0.002, like: 0.01, comment: 0.05, share: 0.1 } }),
  'values.json',
);

/** #summer tracked on day 1, then on day 2, with the text report printed after each scan. */
export async function twoDays(wire: CampaignWire, options = {}) {
  const o = trackOptions(wire.now, options);
  const first = await trackCampaign(wire.warehouse, wire.provider, [HASHTAG], o);
  const day1 = await campaignReports(wire.warehouse, first, o);
  wire.setNow(DAY2);
  const second = await trackCampaign(wire.warehouse, wire.provider, [HASHTAG], o);
  const day2 = await campaignReports(wire.warehouse, second, o);
  return { first, second, day1, day2 };
}

export const goldenFile = (name: 'summer-day1.txt' | 'summer-day2.txt') => fileURLToPath(new URL(`./fixtures/campaign/${name}`, import.meta.url));

/**
 * The two reports the golden files hold (fixtures/campaign/README.md derives every number in them), tracked with
 * `--flag-at medium`: cohort-v1 rates the bot farm MEDIUM RISK in this four-creator warehouse, so the report lists a
 * flagged creator with seed-v1's verdict beside it (at the default, HIGH RISK only, it would list none).
 */
export async function goldenReports(): Promise<{ day1: string; day2: string }> {
  let reports = { day1: '', day2: '' };
  await withCampaignWire(async (wire) => {
    const { day1, day2 } = await twoDays(wire, { values: VALUES, flagAt: 'medium' });
    reports = { day1, day2 };
  });
  return reports;
}

// `npm run -w @creator-audit/pipelines golden:campaign` rewrites the files after an intended change to the report;
// review the diff against fixtures/campaign/README.md before committing it.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { day1, day2 } = await goldenReports();
  writeFileSync(goldenFile('summer-day1.txt'), day1);
  writeFileSync(goldenFile('summer-day2.txt'), day2);
  process.stdout.write(`wrote ${goldenFile('summer-day1.txt')}\nwrote ${goldenFile('summer-day2.txt')}\n`);
}
