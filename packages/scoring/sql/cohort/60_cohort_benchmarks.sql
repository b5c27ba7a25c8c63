-- materialized: table
-- Long format, one row per cohort (cohort_kind, cohort_value) x metric: filter on `metric` and the percentiles
-- are columns. `creators` is the cohort's size, `values_n` how many of them have the metric. Percentiles
-- interpolate linearly between order statistics (quantile_cont: numpy's default, R type 7). `mad` is the raw
-- median absolute deviation and `mean_abs_dev` the mean absolute deviation from the median: the robust z-scores
-- in creator_cohort_position are built from them.
-- reads: int_cohort_metric_values
with source as (
    select * from int_cohort_metric_values
),

centres as (
    select
        cohort_kind,
        cohort_value,
        metric,
        count(*)::INTEGER as creators,
        count(value)::INTEGER as values_n,
        quantile_cont(value, [0.1, 0.25, 0.5, 0.75, 0.9]) as q,
        avg(value) as mean,
        mad(value) as mad
    from source
    group by all
),

spreads as (
    select
        s.cohort_kind,
        s.cohort_value,
        s.metric,
        avg(abs(s.value - c.q[3])) as mean_abs_dev
    from source as s
    inner join centres as c
        on s.cohort_kind = c.cohort_kind and s.cohort_value is not distinct from c.cohort_value and s.metric = c.metric
    group by all
),

final as (
    select
        c.cohort_kind,
        c.cohort_value,
        c.metric,
        c.creators,
        c.values_n,
        c.q[1] as p10,
        c.q[2] as p25,
        c.q[3] as p50,
        c.q[4] as p75,
        c.q[5] as p90,
        c.mean,
        c.mad,
        s.mean_abs_dev
    from centres as c
    inner join spreads as s
        on s.cohort_kind = c.cohort_kind and s.cohort_value is not distinct from c.cohort_value and s.metric = c.metric
)

select * from final
