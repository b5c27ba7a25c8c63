-- One creator against each of its cohorts, per metric: its value and place, beside the cohort's percentiles.
-- At most (1 + --by kinds) x 6 rows.
with positions as (
    select * from creator_cohort_position where username = $username
),

benchmarks as (
    select * from cohort_benchmarks
),

final as (
    select
        positions.cohort_kind,
        coalesce(positions.cohort_value, '(none)') as cohort,
        positions.metric,
        positions.value,
        positions.value_missing,
        positions.percentile,
        positions.robust_z,
        positions.robust_z_method,
        positions.robust_z_missing,
        positions.is_outlier,
        benchmarks.values_n as cohort_n,
        benchmarks.p10,
        benchmarks.p25,
        benchmarks.p50,
        benchmarks.p75,
        benchmarks.p90
    from positions
    inner join benchmarks
        on positions.cohort_kind = benchmarks.cohort_kind
        and positions.cohort_value is not distinct from benchmarks.cohort_value
        and positions.metric = benchmarks.metric
    order by positions.cohort_kind = 'follower_tier' desc, positions.cohort_kind, positions.metric
)

select * from final
