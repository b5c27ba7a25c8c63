-- Per follower tier: size, verdicts (cohort-v1's first, seed-v1's beside them), and the medians analysts quote. One
-- row per tier. The tiers are the benchmarked creators' (seed-v1's judged snapshots, cohort_creator_metrics);
-- cohort-v1's verdicts are those it gave the same creators (none when creator_scores holds no cohort-v1 row).
with source as (
    select * from cohort_creator_metrics
),

cohort_v1 as (
    select username, verdict as cohort_v1_verdict from creator_scores where ruleset = 'cohort-v1'
),

joined as (
    select source.*, cohort_v1.cohort_v1_verdict
    from source
    left join cohort_v1 using (username)
),

final as (
    select
        follower_tier as tier,
        count(*)::INTEGER as creators,
        count(*) filter (where cohort_v1_verdict = 'HIGH RISK')::INTEGER as cohort_v1_high_risk,
        count(*) filter (where cohort_v1_verdict = 'MEDIUM RISK')::INTEGER as cohort_v1_medium_risk,
        count(*) filter (where cohort_v1_verdict is null)::INTEGER as cohort_v1_no_verdict,
        count(*) filter (where verdict = 'HIGH RISK')::INTEGER as high_risk,
        count(*) filter (where verdict = 'MEDIUM RISK')::INTEGER as medium_risk,
        median(engagement_rate_followers) as median_engagement_rate_followers,
        median(engagement_rate_views) as median_engagement_rate_views,
        median(risk_score) as median_risk_score
    from joined
    group by all
)

select * from final
