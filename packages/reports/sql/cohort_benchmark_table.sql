-- cohort_benchmarks for the report's table: every metric of the $limit largest cohorts of each kind (tiers in
-- size order too; the chart orders them). At most (kinds x $limit x 6) rows.
with source as (
    select * from cohort_benchmarks
),

ranked as (
    select
        *,
        dense_rank() over (partition by cohort_kind order by creators desc, cohort_value nulls last) as cohort_rank
    from source
),

final as (
    select
        cohort_kind,
        coalesce(cohort_value, '(none)') as cohort,
        metric,
        creators,
        values_n,
        p10,
        p25,
        p50,
        p75,
        p90
    from ranked
    where cohort_rank <= $limit
    order by cohort_kind = 'follower_tier' desc, cohort_kind, cohort_rank, metric
)

select * from final
