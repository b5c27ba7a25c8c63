-- One creator's seed-v1 row, whatever its status (a private or missing account still gets a report saying so),
-- with its cohort metrics when it was benchmarked. No row: the warehouse never scored that name.
with scores as (
    select * from creator_scores where ruleset = 'seed-v1' and username = $username
),

metrics as (
    select * from cohort_creator_metrics where username = $username
),

final as (
    select
        scores.username,
        scores.status,
        scores.status_detail,
        scores.provider,
        scores.snapshot_at,
        scores.followers::DOUBLE as followers,
        scores.following::DOUBLE as following,
        scores.videos_scored,
        scores.verdict,
        scores.total_risk_score as risk_score,
        coalesce(scores.flags, []) as flags,
        metrics.follower_tier as tier,
        metrics.avg_likes,
        metrics.avg_plays,
        metrics.username is not null as benchmarked
    from scores
    left join metrics using (username, provider, snapshot_at)
)

select * from final
