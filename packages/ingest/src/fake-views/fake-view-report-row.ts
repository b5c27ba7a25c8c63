import type { Row } from '@creator-audit/warehouse';
import { type ContentCategory, type FakeViewReport, type Fetched, tikhubErrorMessage } from '@creator-audit/providers';

/** Why a call failed: our outcome's detail, and TikHub's own words from its `{"detail": ...}` body when it sent any. */
export function failureDetail(fetched: Fetched<FakeViewReport> & { ok: false }): string {
  const vendor = tikhubErrorMessage(fetched.raw.body);
  return vendor ? `${fetched.detail} (TikHub: ${vendor})` : fetched.detail;
}

/**
 * One `detect_fake_views` answer as a `tikhub_fake_view_reports` row: the report's figures when it parsed,
 * otherwise the outcome and its detail with every figure NULL (never a 0 that TikHub did not send).
 */
export function fakeViewReportRow(runId: string, itemId: string, category: ContentCategory, fetched: Fetched<FakeViewReport>): Row {
  const base = {
    run_id: runId,
    item_id: itemId,
    content_category: category,
    fetched_at: fetched.raw.fetchedAt,
    request_key: fetched.raw.requestKey,
  };
  if (!fetched.ok) return { ...base, outcome: fetched.outcome, detail: failureDetail(fetched), suspicious_features: null };
  const r = fetched.value;
  const a = r.fake_view_analysis;
  const c = a.component_scores;
  return {
    ...base,
    outcome: 'ok',
    detail: null,
    total_views: r.video_metrics.total_views,
    follower_count: r.creator_metrics.follower_count,
    account_age_days: r.creator_metrics.account_age_days,
    trust_score: r.creator_metrics.trust_score,
    fake_score: a.fake_score,
    confidence_level: a.confidence_level,
    is_suspicious: a.is_suspicious,
    estimated_fake_views: a.estimated_fake_views,
    fake_view_percentage: a.fake_view_percentage,
    main_detection_reason: a.main_detection_reason,
    engagement_score: c.engagement_score,
    distribution_score: c.distribution_score,
    consistency_score: c.consistency_score,
    creator_credibility_score: c.creator_credibility_score,
    content_authenticity_score: c.content_authenticity_score,
    follower_correlation_score: c.follower_correlation_score,
    racing_mechanism_score: c.racing_mechanism_score,
    fan_growth_score: c.fan_growth_score,
    current_tier: r.traffic_pool.current_tier,
    expected_tier: r.traffic_pool.expected_tier,
    estimated_organic_views: r.traffic_pool.estimated_organic_views,
    suspicious_features: r.suspicious_features,
    action: r.recommendations.action,
    risk_level: r.recommendations.risk_level,
  };
}
