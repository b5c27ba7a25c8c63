-- materialized: table
-- EVALUATION ONLY: cohort-v1's reliability table. Judged creators in ten bins of fraud_probability (0-0.1, ...,
-- 0.9-1): how many, the mean probability given, and the share that is fraudulent. Calibrated means the two agree:
-- of creators given about 0.3, about 30% are fraudulent. Nothing here feeds back into scoring.
-- reads: stg_cv1_eval_creators
with judged as (
    select * from stg_cv1_eval_creators where ruleset = 'cohort-v1' and is_scored
),

binned as (
    select
        *,
        least(floor(fraud_probability * 10), 9)::INTEGER as bin
    from judged
),

final as (
    select
        bin,
        bin / 10.0 as bin_from,
        (bin + 1) / 10.0 as bin_to,
        count(*)::INTEGER as creators,
        avg(fraud_probability) as mean_probability,
        avg(is_fraud::INTEGER) as fraud_share,
        count(*) filter (where is_fraud)::INTEGER as fraud
    from binned
    group by bin
)

select * from final
