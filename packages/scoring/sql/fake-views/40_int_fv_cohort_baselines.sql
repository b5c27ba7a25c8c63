-- The follower-tier cohort's norm, pooled over every video of every creator snapshot in the tier: engagement per
-- view, views per follower (engagement and reach both fall with size, so a fixed threshold would over-flag big
-- accounts), and likes per comment. Same robust centre and spread (robust_sigma) as the creator baselines.
-- Tiers are stg_creators': under 1,000 followers is `sub-nano`, a cohort of its own (its reach per follower and
-- engagement are unlike a 5K account's: pooled with nano they would skew its norm, as in the cohort benchmarks);
-- `unknown` followers make no cohort.
-- reads: int_fv_videos
with source as (
    select username, follower_tier, log_engagement_rate, log_plays_per_follower, log_likes_per_comment
    from int_fv_videos
    where follower_tier <> 'unknown'
),

centres as (
    select
        follower_tier,
        count(distinct username) as creators_n,
        count(log_engagement_rate) as engagement_n,
        median(log_engagement_rate) as engagement_median,
        mad(log_engagement_rate) as engagement_mad,
        count(log_plays_per_follower) as reach_n,
        median(log_plays_per_follower) as reach_median,
        mad(log_plays_per_follower) as reach_mad,
        count(log_likes_per_comment) as likes_per_comment_n,
        median(log_likes_per_comment) as likes_per_comment_median,
        mad(log_likes_per_comment) as likes_per_comment_mad
    from source
    group by all
),

spreads as (
    select
        follower_tier,
        avg(abs(s.log_engagement_rate - c.engagement_median)) as engagement_mean_ad,
        avg(abs(s.log_plays_per_follower - c.reach_median)) as reach_mean_ad,
        avg(abs(s.log_likes_per_comment - c.likes_per_comment_median)) as likes_per_comment_mean_ad
    from source as s
    inner join centres as c using (follower_tier)
    group by all
),

final as (
    select
        c.follower_tier,
        c.creators_n,
        c.engagement_n,
        c.engagement_median,
        robust_sigma(c.engagement_mad, s.engagement_mean_ad) as engagement_sigma,
        c.reach_n,
        c.reach_median,
        robust_sigma(c.reach_mad, s.reach_mean_ad) as reach_sigma,
        c.likes_per_comment_n,
        c.likes_per_comment_median,
        robust_sigma(c.likes_per_comment_mad, s.likes_per_comment_mean_ad) as likes_per_comment_sigma
    from centres as c
    inner join spreads as s using (follower_tier)
)

select * from final
