-- The flags per creator for the report: the $limit riskiest benchmarked creators (then by username), with their
-- seed-v1 flag texts and how many creators that leaves out. The full list is creator_scores.
with benchmarked as (
    select username, provider, snapshot_at, follower_tier, followers from cohort_creator_metrics
),

scored as (
    select
        benchmarked.username,
        benchmarked.follower_tier as tier,
        benchmarked.followers::DOUBLE as followers,
        scores.verdict,
        scores.total_risk_score as risk_score,
        scores.flags
    from creator_scores as scores
    inner join benchmarked using (username, provider, snapshot_at)
    where scores.ruleset = 'seed-v1' and len(scores.flags) > 0
),

final as (
    select *, (count(*) over ())::INTEGER as flagged_total
    from scored
    order by risk_score desc, username
    limit $limit
)

select * from final
