import { z } from 'zod';

/** The rows the audience charts and tables are drawn from, as ../../sql/creator_audience.sql and cohort_audience_by_tier.sql return them (BIGINTs cast in SQL). */
const share = z.number().nullable();

export const creatorAudienceRow = z.object({
  provider: z.string(),
  sampled_at: z.date(),
  describes: z.string(),
  followers_sampled: z.number(),
  followers_classified: z.number(),
  suspicious: z.number(),
  inactive: z.number(),
  active: z.number(),
  unknown: z.number(),
  suspicious_share: share,
  suspicious_share_low: share,
  suspicious_share_high: share,
  inactive_share: share,
  signals: z.array(z.object({ signal: z.string(), followers: z.number() })),
  comments_sampled: z.number().nullable(),
  videos_sampled: z.number().nullable(),
  coordinated_share: share,
  coordinated_share_missing: z.string().nullable(),
  duplicate_share: share,
  generic_share: share,
  suspicious_commenter_share: share,
});
export type CreatorAudienceRow = z.infer<typeof creatorAudienceRow>;

export const tierAudienceRow = z.object({
  cohort: z.string(),
  creators: z.number(),
  values_n: z.number(),
  p10: z.number(),
  p25: z.number(),
  p50: z.number(),
  p75: z.number(),
  p90: z.number(),
  median_inactive_share: share,
  median_coordinated_share: share,
  creators_over_flag: z.number(),
});
