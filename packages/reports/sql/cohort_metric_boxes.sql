-- One metric's box per cohort of one kind, straight from cohort_benchmarks (already aggregated): whiskers at
-- p10 and p90, box p25-p75, median tick. At most $limit cohorts, the largest first.
with source as (
    select * from cohort_benchmarks where cohort_kind = $cohort_kind and metric = $metric and values_n > 0
),

final as (
    select
        coalesce(cohort_value, '(none)') as cohort,
        creators,
        values_n,
        p10,
        p25,
        p50,
        p75,
        p90
    from source
    order by creators desc, cohort
    limit $limit
)

select * from final
