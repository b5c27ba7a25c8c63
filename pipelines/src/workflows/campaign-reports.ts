import type { Warehouse } from '@creator-audit/warehouse';
import { type CampaignReportContext, campaignReportText, loadCampaignReport } from '@creator-audit/scoring';
import { campaignMessages } from '../cli/messages.ts';
import type { TrackCampaignOptions, TrackedCampaign } from './track-campaign.ts';

function reportContextOf(tracked: TrackedCampaign, options: TrackCampaignOptions): CampaignReportContext {
  const { values } = options;
  return {
    screening: { status: tracked.screening.status, note: tracked.screening.note },
    values: values ? { file: values.file, source: values.source, currency: values.currency } : null,
    maxVideos: options.maxVideos,
    optionNames: campaignMessages.reportOptionNames,
  };
}

/** The text report of a tracking pass: one report per hashtag in the order given, or why a hashtag has none. */
export async function campaignReports(warehouse: Warehouse, tracked: TrackedCampaign, options: TrackCampaignOptions): Promise<string> {
  const context = reportContextOf(tracked, options);
  const parts: string[] = [];
  for (const s of tracked.snapshots) {
    if (s.snapshotAt === null) {
      parts.push(`${campaignMessages.scanFailed(s.hashtag, s.outcome, s.detail)}\n`);
      continue;
    }
    const data = await loadCampaignReport(warehouse, { hashtag: s.hashtag, provider: tracked.provider, snapshotAt: s.snapshotAt });
    if (data === null) throw new Error(`campaign_summary has no row for #${s.hashtag} at ${s.snapshotAt.toISOString()}: rebuild the campaign tables`);
    parts.push(campaignReportText(data, context));
  }
  return parts.join('\n\n');
}
