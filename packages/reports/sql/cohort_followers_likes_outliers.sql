-- The creators the binned scatter must not hide: outliers of likes per follower within their tier (|robust z| >
-- 3.5), the $limit most extreme (ties by username, so the pick is deterministic), with the total for the caption.
with positions as (
    select username, robust_z
    from creator_cohort_position
    where cohort_kind = 'follower_tier' and metric = 'likes_per_follower' and is_outlier
),

metrics as (
    select username, verdict, follower_tier, followers, avg_likes from cohort_creator_metrics
),

final as (
    select
        metrics.username,
        metrics.verdict,
        metrics.follower_tier as tier,
        metrics.followers::DOUBLE as followers,
        metrics.avg_likes,
        positions.robust_z,
        (count(*) over ())::INTEGER as outliers_total
    from positions
    inner join metrics using (username)
    where metrics.avg_likes > 0
    order by abs(positions.robust_z) desc, metrics.username
    limit $limit
)

select * from final
