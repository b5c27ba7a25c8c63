import { FAKE_VIEW_COMPONENTS, type FakeViewComponent, type FakeViewReport, fakeViewReportSchema } from '@creator-audit/providers/fake-view-contract';
import { detectionReasons, missingReason } from './messages.ts';
import { mcnReportFor, recommendationsFor } from './recommendations.ts';
import type { FakeViewRow } from './score-row.ts';
import { suspiciousFeatures } from './suspicious-features.ts';
import { trafficPool } from './traffic-pool.ts';

export type AssembledFakeViewReport = { ok: true; report: FakeViewReport } | { ok: false; reason: string };

const MISSING_COLUMN: Record<FakeViewComponent, keyof FakeViewRow> = {
  engagement_score: 'engagement_missing',
  distribution_score: 'distribution_missing',
  consistency_score: 'consistency_missing',
  creator_credibility_score: 'creator_credibility_missing',
  content_authenticity_score: 'content_authenticity_missing',
  follower_correlation_score: 'follower_correlation_missing',
  racing_mechanism_score: 'racing_mechanism_missing',
  fan_growth_score: 'fan_growth_missing',
};

/**
 * One row of `video_fake_view_scores` as TikHub's response shape, validated with TikHub's own schema. A row
 * without a fake score (no view count, no video-level evidence) has no report; the reason says why.
 */
export function assembleFakeViewReport(row: FakeViewRow, options: { mcnReport: boolean }): AssembledFakeViewReport {
  const { fake_score: fakeScore, confidence_level: level, is_suspicious: suspicious, plays, current_tier: tier } = row;
  if (fakeScore === null || level === null || suspicious === null || plays === null || tier === null) {
    return { ok: false, reason: missingReason(row.fake_score_missing ?? 'views_unknown') };
  }
  const missing = Object.fromEntries(
    FAKE_VIEW_COMPONENTS.flatMap((c) => {
      const code = row[MISSING_COLUMN[c]];
      return typeof code === 'string' ? [[c, missingReason(code)]] : [];
    }),
  );
  const expected = row.expected_tier === null ? null : trafficPool(row.expected_tier);
  const report: FakeViewReport = {
    video_metrics: {
      total_views: plays,
      total_likes: row.likes,
      total_comments: row.comments,
      total_favorites: row.saves,
      total_shares: row.shares,
      engagement_rates: {
        like_ratio: row.like_ratio,
        comment_ratio: row.comment_ratio,
        favorite_ratio: row.favorite_ratio,
        share_ratio: row.share_ratio,
      },
    },
    creator_metrics: {
      account_age_days: row.account_age_days,
      follower_count: row.followers,
      verified: row.verified,
      trust_score: row.creator_credibility_score === null ? null : 100 - row.creator_credibility_score,
    },
    // We hold no signal for AI generation or upload quality: unknown, not false.
    content_metrics: { content_type: 'video', created_by_ai: null, high_quality_upload: null },
    fake_view_analysis: {
      fake_score: fakeScore,
      confidence_level: level,
      estimated_fake_views: row.estimated_fake_views,
      fake_view_percentage: row.estimated_fake_share === null ? null : row.estimated_fake_share * 100,
      is_suspicious: suspicious,
      main_detection_reason: detectionReasons[row.main_component ?? 'none'],
      component_scores: {
        engagement_score: row.engagement_score,
        distribution_score: row.distribution_score,
        consistency_score: row.consistency_score,
        creator_credibility_score: row.creator_credibility_score,
        content_authenticity_score: row.content_authenticity_score,
        follower_correlation_score: row.follower_correlation_score,
        racing_mechanism_score: row.racing_mechanism_score,
        fan_growth_score: row.fan_growth_score,
      },
      ...(Object.keys(missing).length > 0 ? { missing_component_reasons: missing } : {}),
    },
    traffic_pool: {
      current_tier: tier,
      current_tier_name: trafficPool(tier).name,
      expected_tier: row.expected_tier,
      expected_tier_name: expected?.name ?? null,
      current_views_range: trafficPool(tier).views,
      expected_views_range: expected?.views ?? null,
      estimated_organic_views: row.estimated_organic_views,
    },
    suspicious_features: suspiciousFeatures(row),
    recommendations: recommendationsFor(level),
    ...(options.mcnReport ? { mcn_report: mcnReportFor(level, row.estimated_fake_views) } : {}),
  };
  return { ok: true, report: fakeViewReportSchema.parse(report) };
}
