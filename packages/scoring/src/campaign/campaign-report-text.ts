import { formatFixed, formatGrouped } from '../python/format.ts';
import { SEED_V1 } from '../seed-v1/rules.ts';
import type { CampaignReportData, CampaignSummaryRow, DecreaseRow } from './campaign-report-data.ts';
import { campaignMessages } from './messages.ts';
import { terminalSafe } from './terminal-text.ts';

/** Seed 002's price: one scan costs $0.005, i.e. one Scavio credit at about $0.005. A quote, not a price we checked. */
const SEED_DOLLARS_PER_CREDIT = 0.005;
/** The seed prints `v.get("desc", "")[:60]`. */
const CAPTION_LENGTH = 60;
const RULE = '='.repeat(60);

export interface CampaignReportContext {
  /** Whether the participants were screened this pass; the ruleset and flagged verdicts are campaign_summary's. */
  screening: {
    status: 'screened' | 'skipped' | 'not_run';
    note: string | null;
  };
  values: { file: string; source: string; currency: string } | null;
  maxVideos: number;
  /** How the caller names the scan's video limit and the values file: the report says them (the CLI: its flags). */
  optionNames: { maxVideos: string; values: string };
}

// Python's `f'{x:20}'` (text, left) and `f'{x:>10,}'` (numbers, right), counted in graphemes for the terminal.
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const width = (text: string) => [...graphemes.segment(text)].length;
const padEnd = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - width(text)));
const padStart = (text: string, n: number) => ' '.repeat(Math.max(0, n - width(text))) + text;

const count = (n: number | null) => formatGrouped(n ?? 0);
const signed = (n: number) => (n > 0 ? '+' : n < 0 ? '-' : '') + formatGrouped(Math.abs(n));
const signedRate = (x: number) => (x > 0 ? '+' : x < 0 ? '-' : '') + formatFixed(Math.abs(x), 0, true);
const percent = (ratio: number, digits: number) => `${formatFixed(ratio * 100, digits)}%`;
const dollars = (x: number, digits: number) => `$${formatFixed(x, digits, true)}`;
const handle = (author: string | null) => `@${author === null ? 'unknown' : terminalSafe(author, 40)}`;
const caption = (text: string) => terminalSafe(text, CAPTION_LENGTH);
const day = (d: Date) => d.toISOString().slice(0, 10);
const instant = (d: Date) => `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;

const PAGING: Record<string, string> = {
  end: 'reached the end of the list',
  no_cursor: 'the API gave no next cursor (read as the end of the list)',
  empty_pages: 'ended on empty pages that still said "more" (read as the end of the list)',
  max_pages: 'stopped at the page cap',
  failed: 'a page failed',
  halted: 'stopped: the credit budget or the vendor ended the run',
};

function seedSummary(s: CampaignSummaryRow): string[] {
  const lines = [
    `Campaign: #${s.hashtag}`,
    ` Videos: ${s.total_videos}`,
    ` Unique creators: ${s.unique_creators}`,
    ` Total plays: ${count(s.total_plays)}`,
    ` Total likes: ${count(s.total_likes)}`,
    ` Total shares: ${count(s.total_shares)}`,
  ];
  if (s.engagement_rate !== null) lines.push(` Engagement rate: ${percent(s.engagement_rate, 1)}`);
  return lines;
}

function seedAnalysis(data: CampaignReportData): string[] {
  if (data.summary.total_videos === 0) return ['', ' No videos found.'];
  const lines = ['', '=== Top UGC Posts ==='];
  for (const v of data.topPosts) {
    lines.push(` ${padEnd(handle(v.author), 21)} | ${padStart(count(v.plays), 10)} plays | ${padStart(count(v.likes), 8)} likes`);
    lines.push(` ${caption(v.caption)}`);
  }
  lines.push('', '=== Creator Leaderboard ===');
  for (const c of data.leaderboard) {
    lines.push(` ${padEnd(handle(c.author), 21)} | ${c.videos} videos | ${padStart(count(c.plays), 10)} plays | ${padStart(count(c.likes), 8)} likes`);
  }
  return lines;
}

function seedReport(s: CampaignSummaryRow): string[] {
  const figure = (label: string, n: number) => ` ${label} ${padStart(count(n), 12)}`;
  const lines = ['', RULE, ` UGC CAMPAIGN REPORT - #${s.hashtag}`, ` Date: ${day(s.snapshot_at)}`, RULE, '', ' Reach Metrics:'];
  lines.push(figure('Total plays:', s.total_plays), figure('Total likes:', s.total_likes));
  lines.push(figure('Total comments:', s.total_comments), figure('Total shares:', s.total_shares));
  lines.push('', ' Participation:', ` Videos created: ${s.total_videos}`, ` Unique creators: ${s.unique_creators}`);
  if (s.avg_plays_per_video !== null) lines.push(` Avg plays/video: ${formatFixed(s.avg_plays_per_video, 0, true)}`);
  if (s.engagement_rate !== null) {
    lines.push('', ' Quality Metrics:', ` Engagement rate: ${percent(s.engagement_rate, 1)} ((likes + comments + shares) / plays)`);
  }
  if (s.repeat_creator_share !== null) lines.push(` Repeat creators: ${s.repeat_creators} (${percent(s.repeat_creator_share, 0)})`);
  const perScan = s.credits * SEED_DOLLARS_PER_CREDIT;
  lines.push(
    '',
    ` Tracking cost: ${dollars(perScan, 3)}/scan (${formatGrouped(s.credits)} credit(s) at the seed's quote of $0.005/credit)`,
    ` Daily tracking: ${dollars(perScan * 30, 2)}/month (a scan this size every day for 30 days, same quote)`,
  );
  return lines;
}

function scanSection(s: CampaignSummaryRow, context: CampaignReportContext): string[] {
  const stop = s.paging_stop === 'halted' || s.paging_stop === 'failed' ? `${PAGING[s.paging_stop]} (${s.scan_outcome})` : PAGING[s.paging_stop];
  const lines = [
    '',
    ' Scan:',
    ` Snapshot: ${instant(s.snapshot_at)} via ${s.provider} (#${s.snapshot_number} of this campaign)`,
    ` Pages: ${s.pages}, ${s.paging_stop === 'limit' ? `stopped at ${context.optionNames.maxVideos} (${formatGrouped(context.maxVideos)})` : stop}`,
  ];
  lines.push(
    s.reported_video_count === null
      ? ` Coverage: ${s.total_videos} video(s) fetched; ${s.provider} reports no total for a hashtag`
      : ` Coverage: ${s.total_videos} of ${count(s.reported_video_count)} videos the API reports` +
          (s.coverage === null ? '' : ` (${percent(s.coverage, 1)})`),
  );
  if (!s.is_complete) lines.push(' Incomplete snapshot: videos missing from it are not counted as disappeared.');
  return lines;
}

function screeningSection(data: CampaignReportData, context: CampaignReportContext): string[] {
  const { screening } = context;
  const s = data.summary;
  const title = ` Fraud Screening (${s.screening_ruleset}; flagged = ${s.flag_verdicts.join(' or ')}):`;
  if (screening.status !== 'screened') return ['', title, ` ${screening.note ?? ''}`];
  const lines = ['', title, ` Flagged creators: ${s.flagged_creators} of ${s.unique_creators} (${s.flagged_videos} video(s))`];
  if (s.unscreened_creators > 0) {
    lines.push(` Not screened: ${s.unscreened_creators} (${data.unscreened.map((u) => `${u.status} ${u.creators}`).join(', ')})`);
  }
  lines.push(` Plays: ${count(s.total_plays)} all | ${count(s.screened_plays)} without flagged creators`);
  lines.push(` Engagement: ${count(s.total_engagement)} all | ${count(s.screened_engagement)} without flagged creators`);
  if (s.engagement_rate !== null && s.screened_engagement_rate !== null) {
    lines.push(` Engagement rate: ${percent(s.engagement_rate, 1)} all | ${percent(s.screened_engagement_rate, 1)} without flagged creators`);
  }
  return lines;
}

function valueSection(s: CampaignSummaryRow, context: CampaignReportContext): string[] {
  const { values } = context;
  if (values === null || s.emv === null || s.emv_net_of_flagged === null) return ['', ` Earned Media Value: ${campaignMessages.emvNotSet(context.optionNames.values)}`];
  const money = (x: number) => `${formatFixed(x, 2, true)} ${terminalSafe(values.currency)}`;
  const net = context.screening.status === 'screened' ? `${money(s.emv_net_of_flagged)} net of flagged creators' engagement` : 'not screened';
  return [
    '',
    ` Earned Media Value (your values, from ${terminalSafe(values.file)}: ${terminalSafe(values.source, 120)}):`,
    ` EMV: ${money(s.emv)} | ${net}`,
  ];
}

function growthSection(s: CampaignSummaryRow): string[] {
  if (s.previous_snapshot_at === null || s.days_since_previous === null) return ['', ` Growth: ${campaignMessages.firstSnapshot}`];
  const perDay = s.plays_growth_per_day === null ? '' : ` (${signedRate(s.plays_growth_per_day)}/day)`;
  return [
    '',
    ` Since the previous snapshot (${instant(s.previous_snapshot_at)}, ${formatFixed(s.days_since_previous, 2)} day(s) earlier):`,
    ` New videos: ${s.new_videos}`,
    ` New creators: ${s.new_creators}`,
    ` Play growth: ${signed(s.plays_growth ?? 0)}${perDay}`,
    ` Videos whose counts went down: ${s.videos_with_decreases}`,
    ` Videos that disappeared: ${s.videos_disappeared}`,
  ];
}

function daysSection(data: CampaignReportData): string[] {
  if (data.days.length < 2) return [];
  const lines = ['', '=== Growth by Day ==='];
  for (const d of data.days) {
    const growth =
      d.plays_growth === null
        ? ''
        : ` | ${padStart(signed(d.plays_growth), 11)} plays${d.plays_growth_per_day === null ? '' : ` (${signedRate(d.plays_growth_per_day)}/day)`}`;
    lines.push(
      ` ${day(d.day)} | ${padStart(count(d.total_videos), 6)} videos (+${d.new_videos} new) | ` +
        `${padStart(count(d.unique_creators), 6)} creators (+${d.new_creators} new) | ${padStart(count(d.total_plays), 12)} plays${growth}`,
    );
  }
  return lines;
}

function fastestSection(data: CampaignReportData): string[] {
  if (data.fastest.length === 0) return [];
  const lines = ['', '=== Fastest-Growing Posts (plays/day since last seen) ==='];
  for (const v of data.fastest) {
    lines.push(` ${padEnd(handle(v.author), 21)} | ${padStart(signedRate(v.plays_per_day), 10)} plays/day | ${padStart(count(v.plays), 10)} plays`);
    lines.push(` ${caption(v.caption)}`);
  }
  return lines;
}

function decrease(d: DecreaseRow): string {
  const pairs: Record<string, [number | null, number | null]> = {
    plays: [d.previous_plays, d.plays],
    likes: [d.previous_likes, d.likes],
    comments: [d.previous_comments, d.comments],
    shares: [d.previous_shares, d.shares],
  };
  return d.decreased_metrics
    .map((metric) => {
      const [before, after] = pairs[metric] ?? [null, null];
      return `${metric} ${count(before)} -> ${count(after)} (${signed((after ?? 0) - (before ?? 0))})`;
    })
    .join(', ');
}

/** `HIGH RISK (97/100)`, or `no verdict` (not scored by that ruleset, or left without one). */
function verdictWithScore(verdict: string | null, score: number | null): string {
  if (verdict === null) return 'no verdict';
  return score === null ? verdict : `${verdict} (${score}/100)`;
}

function cleanupSections(data: CampaignReportData): string[] {
  const lines: string[] = [];
  if (data.decreases.length > 0) {
    lines.push('', '=== Counts That Went Down (platform clean-ups are a fraud signal) ===');
    for (const d of data.decreases) lines.push(` ${padEnd(handle(d.author), 21)} | video ${terminalSafe(d.video_id, 40)} | ${decrease(d)}`);
  }
  if (data.disappeared.length > 0) {
    lines.push('', '=== Videos That Disappeared ===');
    for (const v of data.disappeared) {
      lines.push(
        ` ${padEnd(handle(v.author), 21)} | video ${terminalSafe(v.video_id, 40)} | last seen ${instant(v.last_seen_at)} with ${count(v.last_plays)} plays`,
      );
    }
  }
  if (data.flagged.length > 0) {
    const screening = data.summary.screening_ruleset;
    lines.push('', `=== Flagged Creators (${screening}${screening === SEED_V1 ? '' : `, ${SEED_V1} beside it`}) ===`);
    for (const f of data.flagged) {
      const seedV1 = screening === SEED_V1 ? '' : ` | ${SEED_V1}: ${verdictWithScore(f.seed_v1_verdict, f.seed_v1_risk_score)}`;
      lines.push(` ${padEnd(handle(f.author), 21)} | ${verdictWithScore(f.verdict, f.risk_score)}${seedV1} | ${f.videos} videos | ${padStart(count(f.plays), 10)} plays`);
    }
  }
  return lines;
}

/**
 * One hashtag's report: the seed's three printouts in its layout (the step 1 summary, the top posts and the
 * creator leaderboard, the campaign report block), then what the seed does not have: the scan and its coverage,
 * fraud screening, earned media value, and change over time. Numbers are formatted as the seed's Python formats
 * them; every piece of untrusted text goes through `terminalSafe`.
 */
export function campaignReportText(data: CampaignReportData, context: CampaignReportContext): string {
  const s = data.summary;
  const lines = [
    ...seedSummary(s),
    ...seedAnalysis(data),
    ...seedReport(s),
    ...scanSection(s, context),
    ...screeningSection(data, context),
    ...valueSection(s, context),
    ...growthSection(s),
    ...daysSection(data),
    ...fastestSection(data),
    ...cleanupSections(data),
  ];
  return `${lines.join('\n')}\n`;
}
