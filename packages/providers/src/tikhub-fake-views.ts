import { z } from 'zod';

/**
 * TikHub's `analytics/detect_fake_views` response (`data` of the envelope), as documented in seed 001. It is our
 * contract: our own analysis is validated with this same schema, so the two can be read side by side.
 *
 * Where our analysis can lack an input (a count the vendor did not send, a creator without enough videos for a
 * baseline), the field is nullable rather than guessed; TikHub's bodies still parse. `missing_component_reasons`
 * is our only addition: TikHub never sends it, we say there why a component score is null.
 */

export const CONTENT_CATEGORIES = ['default', 'entertainment', 'education', 'product', 'verified_large'] as const;
export type ContentCategory = (typeof CONTENT_CATEGORIES)[number];

export const CONFIDENCE_LEVELS = ['Minimal', 'Low', 'Medium', 'High'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

const REVIEW_ACTIONS = ['no_action', 'monitor', 'scheduled_review', 'immediate_review'] as const;
const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;

/** The eight component scores, in the seed's order. */
export const FAKE_VIEW_COMPONENTS = [
  'engagement_score',
  'distribution_score',
  'consistency_score',
  'creator_credibility_score',
  'content_authenticity_score',
  'follower_correlation_score',
  'racing_mechanism_score',
  'fan_growth_score',
] as const;
export type FakeViewComponent = (typeof FAKE_VIEW_COMPONENTS)[number];

const count = z.number().int().nonnegative();
const ratio = z.number().nonnegative().nullable();
const score = z.number().min(0).max(100);
const tier = z.number().int().min(1).max(8);

const componentScores = z.object({
  engagement_score: score.nullable(),
  distribution_score: score.nullable(),
  consistency_score: score.nullable(),
  creator_credibility_score: score.nullable(),
  content_authenticity_score: score.nullable(),
  follower_correlation_score: score.nullable(),
  racing_mechanism_score: score.nullable(),
  fan_growth_score: score.nullable(),
});

/** Documented but never shown in the seed's example (`contract_impact`, `recommended_actions`, `historical_context`): kept as sent. */
const mcnReport = z.object({
  summary: z.object({ estimated_revenue_impact: z.number().nonnegative().nullable(), recommended_actions: z.string() }),
  business_impact: z.object({
    revenue_impact: z.object({ level: z.string(), estimated_amount: z.number().nonnegative().nullable() }),
    brand_safety_impact: z.object({ level: z.string() }),
    platform_relationship: z.object({ status: z.string() }),
    contract_impact: z.unknown().optional(),
  }),
  recommended_actions: z.unknown().optional(),
  historical_context: z.unknown().optional(),
});

export const fakeViewReportSchema = z.object({
  video_metrics: z.object({
    total_views: count.nullable(),
    total_likes: count.nullable(),
    total_comments: count.nullable(),
    total_favorites: count.nullable(),
    total_shares: count.nullable(),
    engagement_rates: z.object({ like_ratio: ratio, comment_ratio: ratio, favorite_ratio: ratio, share_ratio: ratio }),
  }),
  creator_metrics: z.object({
    account_age_days: z.number().nonnegative().nullable(),
    follower_count: count.nullable(),
    verified: z.boolean().nullable(),
    trust_score: score.nullable(),
  }),
  content_metrics: z.object({
    content_type: z.string(),
    created_by_ai: z.boolean().nullable(),
    high_quality_upload: z.boolean().nullable(),
  }),
  fake_view_analysis: z.object({
    fake_score: score,
    confidence_level: z.enum(CONFIDENCE_LEVELS),
    estimated_fake_views: count.nullable(),
    fake_view_percentage: z.number().min(0).max(100).nullable(),
    is_suspicious: z.boolean(),
    main_detection_reason: z.string(),
    component_scores: componentScores,
    missing_component_reasons: z.partialRecord(z.enum(FAKE_VIEW_COMPONENTS), z.string()).optional(),
  }),
  traffic_pool: z.object({
    current_tier: tier,
    current_tier_name: z.string(),
    expected_tier: tier.nullable(),
    expected_tier_name: z.string().nullable(),
    current_views_range: z.string(),
    expected_views_range: z.string().nullable(),
    estimated_organic_views: count.nullable(),
  }),
  suspicious_features: z.array(z.string()),
  recommendations: z.object({
    action: z.enum(REVIEW_ACTIONS),
    risk_level: z.enum(RISK_LEVELS),
    potential_revenue_impact: z.string(),
    suggested_steps: z.array(z.string()),
  }),
  // Optional in the contract; TikHub may also send null when it has no business report.
  mcn_report: mcnReport.nullish(),
});

export type FakeViewReport = z.infer<typeof fakeViewReportSchema>;
export type McnReport = z.infer<typeof mcnReport>;
