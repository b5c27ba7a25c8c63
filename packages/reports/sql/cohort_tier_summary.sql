-- Per follower tier: size, verdicts, and the medians analysts quote. One row per tier.
with source as (
    select * from cohort_creator_metrics
),

final as (
    select
        follower_tier as tier,
        count(*)::INTEGER as creators,
        count(*) filter (where verdict = 'HIGH RISK')::INTEGER as high_risk,
        count(*) filter (where verdict = 'MEDIUM RISK')::INTEGER as medium_risk,
        median(engagement_rate_followers) as median_engagement_rate_followers,
        median(engagement_rate_views) as median_engagement_rate_views,
        median(risk_score) as median_risk_score
    from source
    group by all
)

select * from final
