import type { TrackedCampaign } from './workflows/track-campaign.ts';

/** What the CLI tells the analyst, in one place. */
export const messages = {
  cannotReadInput: (path: string, why: string) => `cannot read the creator list ${path}: ${why}`,
  noHandles: (path: string, rejected: number) =>
    `${path} holds no valid TikTok handle${rejected ? ` (${rejected} line(s) rejected, listed above)` : ''}`,
  rejectedLine: (line: number, raw: string, reason: string) => `line ${line}: ${JSON.stringify(raw)}: ${reason}`,
  stoppedByVendor: (message: string) => `stopped: ${message}`,
  stoppedAtBudget: (left: number) =>
    `stopped at the credit budget: ${left} creator(s) not fetched. Re-run with a higher --max-credits to finish them (fetched ones are kept and skipped).`,
  atNeedsSimulator: "--at sets the simulator's clock: it only works with --provider synthetic (real APIs answer for now)",
  interrupted: 'interrupted: everything fetched so far is stored; run the same command again to finish.',
};

/** What track-campaign tells the analyst. */
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
  screeningSkipped: 'skipped (--no-screen): totals include every creator.',
  screeningStopped: (message: string) => `not run: ${message}`,
  interrupted: 'interrupted during the scan (the pages fetched so far are stored); run the command again to scan anew',
  noParticipants: 'no participants to screen (no video names its author).',
  scanFailed: (hashtag: string, outcome: string, detail: string | null) =>
    `#${hashtag}: the scan brought no snapshot (${outcome}${detail ? `: ${detail}` : ''}); nothing to report.`,
  notScanned: (hashtags: readonly string[], why: string) => `not scanned (${why}): ${hashtags.map((h) => `#${h}`).join(' ')}`,
};
