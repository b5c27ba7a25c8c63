-- The cohort report's headline figures, one row: creators benchmarked, by verdict, and those the log-log scatter
-- cannot place (no followers or no likes).
with source as (
    select * from cohort_creator_metrics
),

final as (
    select
        count(*)::INTEGER as creators,
        count(*) filter (where verdict = 'LOW RISK')::INTEGER as low_risk,
        count(*) filter (where verdict = 'MEDIUM RISK')::INTEGER as medium_risk,
        count(*) filter (where verdict = 'HIGH RISK')::INTEGER as high_risk,
        count(*) filter (where not coalesce(followers > 0 and avg_likes > 0, false))::INTEGER as not_on_scatter,
        min(snapshot_at) as first_snapshot_at,
        max(snapshot_at) as last_snapshot_at
    from source
)

select * from final
