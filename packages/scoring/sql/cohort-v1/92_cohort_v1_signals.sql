-- Every signal cohort-v1 judged, one row per creator and signal: the value (log scale), its cohort's norm, the robust
-- z and the likelihood ratio it carries. A view over the evidence, for analysts and charts.
-- reads: int_cv1_cohort_norms, int_cv1_cohorts, int_cv1_evidence, stg_cv1_signals
with evidence as (
    select * from int_cv1_evidence
),

final as (
    select
        cohorts.username,
        cohorts.cohort,
        cohorts.follower_tier,
        signals.signal,
        signals.fraud_direction,
        evidence.value,
        norms.cohort_median,
        norms.peers,
        norms.norm_weight,
        evidence.robust_z,
        evidence.likelihood_ratio
    from evidence
    inner join int_cv1_cohorts as cohorts on cohorts.creator_id = evidence.creator_id
    inner join int_cv1_cohort_norms as norms on norms.cohort_id = evidence.cohort_id and norms.signal_id = evidence.signal_id
    inner join stg_cv1_signals as signals on signals.signal_id = evidence.signal_id
)

select * from final
