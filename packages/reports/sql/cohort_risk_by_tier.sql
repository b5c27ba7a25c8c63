-- Risk score distribution by follower tier: benchmarked creators counted in ten-point bins of seed-v1's risk score
-- ([0, 10), ..., [90, 100], 100 in the last bin). At most 7 tiers x 10 bins, whatever the cohort's size.
with source as (
    select follower_tier, risk_score from cohort_creator_metrics where risk_score is not null
),

binned as (
    select follower_tier, least(floor(risk_score / 10) * 10, 90)::INTEGER as risk_from from source
),

final as (
    select follower_tier as tier, risk_from, risk_from + 10 as risk_to, count(*)::INTEGER as creators
    from binned
    group by all
    order by tier, risk_from
)

select * from final
