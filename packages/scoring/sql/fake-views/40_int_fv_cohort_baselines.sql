-- The follower-tier cohort's norm, pooled over every video of every creator snapshot in the tier: engagement per
-- view, views per follower (engagement and reach both fall with size, so a fixed threshold would over-flag big
-- accounts), and likes per comment. Same robust centre and spread as the creator baselines.
-- reads: stg_fv_videos
with source as (
    select username, follower_tier, log_engagement_rate, log_plays_per_follower, log_likes_per_comment
    from stg_fv_videos
    where follower_tier is not null
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
        greatest(
            case when c.engagement_mad > 0 then 1.4826 * c.engagement_mad else 1.253314 * s.engagement_mean_ad end,
            0.05
        ) as engagement_sigma,
        c.reach_n,
        c.reach_median,
        greatest(case when c.reach_mad > 0 then 1.4826 * c.reach_mad else 1.253314 * s.reach_mean_ad end, 0.05) as reach_sigma,
        c.likes_per_comment_n,
        c.likes_per_comment_median,
        greatest(
            case
                when c.likes_per_comment_mad > 0 then 1.4826 * c.likes_per_comment_mad
                else 1.253314 * s.likes_per_comment_mean_ad
            end,
            0.05
        ) as likes_per_comment_sigma
    from centres as c
    inner join spreads as s using (follower_tier)
)

select * from final
