-- Each follower tier's norm for average likes: the median and the 25th-75th percentile band, drawn across the
-- tier's observed follower range. One row per tier.
with source as (
    select follower_tier, followers, avg_likes from cohort_creator_metrics where followers > 0 and avg_likes > 0
),

final as (
    select
        follower_tier as tier,
        min(followers)::DOUBLE as followers_from,
        max(followers)::DOUBLE as followers_to,
        quantile_cont(avg_likes, 0.25) as likes_p25,
        quantile_cont(avg_likes, 0.5) as likes_p50,
        quantile_cont(avg_likes, 0.75) as likes_p75,
        count(*)::INTEGER as creators
    from source
    group by all
    order by followers_from
)

select * from final
