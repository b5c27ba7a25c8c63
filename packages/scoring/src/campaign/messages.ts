import type { TrackedCampaign } from './track-campaign.ts';

/** What campaign tracking tells the analyst, in one place. */
export const campaignMessages = {
  badHashtags: (rejected: ReadonlyArray<{ raw: string; reason: string }>) =>
    rejected.length === 0
      ? 'give at least one --hashtag (for example --hashtag summersale)'
      : `not a hashtag:\n${rejected.map((r) => `  --hashtag ${JSON.stringify(r.raw)}: ${r.reason}`).join('\n')}`,
  duplicateHashtags: (raws: readonly string[]) => `scanned once: ${raws.map((r) => JSON.stringify(r)).join(', ')} repeat(s) an earlier --hashtag`,
  atNeedsSimulator: '--at sets the simulator\'s clock: it only works with --provider synthetic (real APIs answer for now)',
  stored: (db: string, tables: readonly string[], tracked: TrackedCampaign) => {
    const scan = tracked.scan?.creditsSpent ?? 0;
    return `Credits spent: ${tracked.creditsSpent} (scan ${scan}, screening ${tracked.creditsSpent - scan}) on ${tracked.provider}. ` +
      `Tables ${tables.join(', ')} in ${db}; Parquet via \`creator-audit export\`.`;
  },
  valuesUnreadable: (path: string, why: string) => `cannot read the campaign values file ${path}: ${why}`,
  valuesNotJson: (path: string, why: string) => `the campaign values file ${path} is not valid JSON: ${why}`,
  valuesInvalid: (path: string, problems: readonly string[]) =>
    `the campaign values file ${path} is not usable:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
    `  (see data/campaign-values.example.json for the shape)`,
  valuesNoMetric: 'value_per sets no metric: give at least one of play, like, comment, share, save',
  emvNotSet:
    'not reported: no per-metric values set. Pass --values FILE (a JSON file of your own rates; ' +
    'data/campaign-values.example.json shows the shape).',
  screeningSkipped: 'skipped (--no-screen): totals include every creator.',
  screeningStopped: (message: string) => `not run: ${message}`,
  interrupted: 'interrupted during the scan (the pages fetched so far are stored); run the command again to scan anew',
  noParticipants: 'no participants to screen (no video names its author).',
  firstSnapshot: 'first snapshot of this campaign: growth, velocity and clean-ups show from the next scan.',
  scanFailed: (hashtag: string, outcome: string, detail: string | null) =>
    `#${hashtag}: the scan brought no snapshot (${outcome}${detail ? `: ${detail}` : ''}); nothing to report.`,
  notScanned: (hashtags: readonly string[], why: string) => `not scanned (${why}): ${hashtags.map((h) => `#${h}`).join(' ')}`,
};
