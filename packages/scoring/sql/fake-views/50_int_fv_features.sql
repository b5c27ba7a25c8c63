-- Per video snapshot, the standardised gaps the components score, each NULL when its inputs or its baseline are
-- missing. z-scores are robust: (x - median) / sigma from the creator or cohort baselines, signed so that a
-- positive value points towards bought views.
--   engagement_shortfall_z   engagement per view below its norm: bought views do not like, comment or share.
--                            Judged against the follower-tier cohort's norm (30+ videos from 3+ creators) and the
--                            creator's own (5+ videos); the larger shortfall counts, and `engagement_baseline`
--                            says which. The cohort's catches an account whose recent videos are mostly botted (its
--                            own median is then a botted video); the creator's, tighter, catches one botted video
--                            among honest ones. The creator's z is taken one sigma lower: its norm rests on a
--                            few dozen videos that include the one judged, and the larger of two tests is taken.
--   plays_z                  views above the creator's own norm
--   reach_z                  views per follower above the follower-tier cohort's norm
--   likes_per_comment_z      likes per comment above the cohort's norm (bought engagement rarely comments)
--   new_view_engagement_drop engagement per view of the views gained since the previous snapshot, as a log drop
--                            from the video's earlier rate (judged from 100 new views on)
--   max_count_drop           the larger relative fall of views or likes between snapshots (views never fall
--                            on their own; comments and shares are left out: deleting them is everyday moderation)
--   follower_growth_per_day  log growth of followers per day between creator snapshots (1 hour apart or more)
-- reads: int_fv_videos, int_fv_creator_baselines, int_fv_cohort_baselines
with videos as (
    select * from int_fv_videos
),

creator_baselines as (
    select * from int_fv_creator_baselines
),

cohort_baselines as (
    select * from int_fv_cohort_baselines
),

joined as (
    select
        v.*,
        cb.engagement_n as creator_engagement_n,
        cb.engagement_median as creator_engagement_median,
        cb.engagement_sigma as creator_engagement_sigma,
        cb.plays_n as creator_plays_n,
        cb.plays_median as creator_plays_median,
        cb.plays_sigma as creator_plays_sigma,
        coalesce(co.creators_n >= 3, false) as cohort_has_creators,
        co.engagement_n as cohort_engagement_n,
        co.engagement_median as cohort_engagement_median,
        co.engagement_sigma as cohort_engagement_sigma,
        co.reach_n as cohort_reach_n,
        co.reach_median as cohort_reach_median,
        co.reach_sigma as cohort_reach_sigma,
        co.likes_per_comment_n as cohort_likes_per_comment_n,
        co.likes_per_comment_median as cohort_likes_per_comment_median,
        co.likes_per_comment_sigma as cohort_likes_per_comment_sigma
    from videos as v
    left join creator_baselines as cb using (provider, username, snapshot_at)
    left join cohort_baselines as co using (follower_tier)
),

creator_references as (
    -- The creator's norm is trusted up to one cohort sigma above its tier's norm: a creator whose usual engagement
    -- is far above its peers may have devoted fans, or may be buying likes on most videos; judging its other videos
    -- against such a norm would call them botted.
    select
        *,
        case
            when cohort_has_creators and cohort_engagement_n >= 30
                then least(creator_engagement_median, cohort_engagement_median + cohort_engagement_sigma)
            else creator_engagement_median
        end as creator_engagement_reference
    from joined
),

shortfalls as (
    select
        *,
        case
            when creator_engagement_n >= 5
                then (creator_engagement_reference - log_engagement_rate) / creator_engagement_sigma
        end as creator_engagement_shortfall_z,
        case
            when cohort_has_creators and cohort_engagement_n >= 30
                then (cohort_engagement_median - log_engagement_rate) / cohort_engagement_sigma
        end as cohort_engagement_shortfall_z
    from creator_references
),

baselined as (
    select
        *,
        case
            when creator_engagement_shortfall_z is null and cohort_engagement_shortfall_z is null then null
            when creator_engagement_shortfall_z - 1 > cohort_engagement_shortfall_z or cohort_engagement_shortfall_z is null
                then 'creator'
            else 'cohort'
        end as engagement_baseline
    from shortfalls
),

final as (
    select
        *,
        case engagement_baseline
            when 'creator' then creator_engagement_reference
            when 'cohort' then cohort_engagement_median
        end as engagement_baseline_median,
        case engagement_baseline
            when 'creator' then creator_engagement_shortfall_z - 1
            when 'cohort' then cohort_engagement_shortfall_z
        end as engagement_shortfall_z,
        case when creator_plays_n >= 5 then (log_plays - creator_plays_median) / creator_plays_sigma end as plays_z,
        case
            when cohort_has_creators and cohort_reach_n >= 30
                then (log_plays_per_follower - cohort_reach_median) / cohort_reach_sigma
        end as reach_z,
        case
            when cohort_has_creators and cohort_likes_per_comment_n >= 30
                then (log_likes_per_comment - cohort_likes_per_comment_median) / cohort_likes_per_comment_sigma
        end as likes_per_comment_z,
        plays - prev_plays as new_views,
        engagements - prev_engagements as new_engagements,
        case
            when plays - prev_plays >= 100 and engagements >= prev_engagements
                then ln(
                    ((prev_engagements + 1) / (prev_plays + 1))
                    / ((engagements - prev_engagements + 1) / (plays - prev_plays + 1))
                )
        end as new_view_engagement_drop,
        -- Each fall is taken over at least 100, so that a handful of unlikes on a small video stays small.
        case
            when (prev_plays is not null and plays is not null) or (prev_likes is not null and likes is not null)
                then greatest(
                    0.0,
                    (prev_plays - plays) / greatest(prev_plays, 100),
                    (prev_likes - likes) / greatest(prev_likes, 100)
                )
        end as max_count_drop,
        case
            when days_since_prev_creator_snapshot >= 1.0 / 24 and prev_followers > 0 and followers > 0
                then ln(followers / prev_followers) / days_since_prev_creator_snapshot
        end as follower_growth_per_day
    from baselined
)

select * from final
