-- materialized: table
-- Each creator's place in each of its cohorts, per metric:
--   percentile   mid-rank: 100 * (values below + half the values equal, itself included) / values_n, so ties
--                share one percentile and a lone creator sits at 50
--   robust_z     0.6745 * (x - median) / MAD (Iglewicz & Hoaglin's modified z); when MAD = 0 (over half the
--                cohort share one value), (x - median) / (1.253314 * mean absolute deviation from the median)
--   is_outlier   |robust_z| > 3.5
-- NULL is never a made-up 0: `robust_z_missing` says `no_value` (the metric is missing; `value_missing` says
-- why) or `no_spread` (MAD and mean absolute deviation are both 0: every value equals the median).
-- reads: int_cohort_metric_values, cohort_benchmarks
with source as (
    select * from int_cohort_metric_values
),

benchmarks as (
    select * from cohort_benchmarks
),

ranked as (
    select
        cohort_kind,
        cohort_value,
        metric,
        username,
        rank() over by_value - 1 as values_below,
        -- with an order, the default frame ends at the last tie: this counts the values at or below this one,
        -- so one sort serves both counts
        count(*) over by_value - (rank() over by_value - 1) as values_equal
    from source
    where value is not null
    window by_value as (partition by cohort_kind, cohort_value, metric order by value)
),

joined as (
    select
        s.cohort_kind,
        s.cohort_value,
        s.username,
        s.metric,
        s.value,
        s.value_missing,
        b.values_n as cohort_n,
        b.p50 as cohort_median,
        b.mad as cohort_mad,
        b.mean_abs_dev as cohort_mean_abs_dev,
        r.values_below,
        r.values_equal
    from source as s
    inner join benchmarks as b
        on s.cohort_kind = b.cohort_kind and s.cohort_value is not distinct from b.cohort_value and s.metric = b.metric
    left join ranked as r
        on s.cohort_kind = r.cohort_kind and s.cohort_value is not distinct from r.cohort_value
        and s.metric = r.metric and s.username = r.username
),

scored as (
    select
        * exclude (values_below, values_equal),
        100 * (values_below + 0.5 * values_equal) / cohort_n as percentile,
        case
            when value is null then null
            when cohort_mad > 0 then 'mad'
            when cohort_mean_abs_dev > 0 then 'mean_abs_dev'
        end as robust_z_method,
        case
            when value is null then 'no_value'
            when not cohort_mad > 0 and not cohort_mean_abs_dev > 0 then 'no_spread'
        end as robust_z_missing
    from joined
),

final as (
    select
        *,
        case robust_z_method
            when 'mad' then 0.6745 * (value - cohort_median) / cohort_mad
            when 'mean_abs_dev' then (value - cohort_median) / (1.253314 * cohort_mean_abs_dev)
        end as robust_z,
        abs(robust_z) > 3.5 as is_outlier
    from scored
)

select * from final
