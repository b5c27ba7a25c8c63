-- cohort-v1's verdicts, one row per creator for the snapshot it is judged on. A view: `score` publishes these rows
-- into `creator_scores` with the ruleset's name and the scoring time. fraud_probability is the posterior of fraud
-- given the evidence at the batch's own base rate (prior odds x likelihood ratio); total_risk_score is it in
-- percent. A creator with too little data (insufficient_data) or none (private, not found...) gets no probability
-- and no verdict.
-- reads: int_cv1_base_rate, int_cv1_cohorts, int_cv1_features, int_cv1_pattern_evidence, int_cv1_reasons, stg_cv1_assumptions, stg_cv1_patterns
with features as (
    select * from int_cv1_features
),

cohorts as (
    select creator_id, cohort, cohort_creators from int_cv1_cohorts
),

evidence as (
    select * from int_cv1_pattern_evidence
),

patterns as (
    select distinct pattern, description from stg_cv1_patterns
),

reasons as (
    select * from int_cv1_reasons
),

base as (
    select base_rate from int_cv1_base_rate
),

assumptions as (
    select * from stg_cv1_assumptions
),

posterior as (
    select
        features.*,
        cohorts.cohort,
        cohorts.cohort_creators,
        evidence.likelihood_ratio,
        evidence.top_pattern,
        evidence.top_pattern_likelihood_ratio,
        base.base_rate,
        base.base_rate * evidence.likelihood_ratio / (base.base_rate * evidence.likelihood_ratio + 1 - base.base_rate)
            as fraud_probability,
        assumptions.norm_peers / (cohorts.cohort_creators + assumptions.norm_peers) as norm_weight,
        assumptions.medium_from,
        assumptions.high_from,
        assumptions.few_peers_norm_weight
    from features
    cross join base
    cross join assumptions
    left join cohorts using (creator_id)
    left join evidence using (creator_id)
),

final as (
    select
        posterior.username,
        posterior.status,
        posterior.status_detail,
        posterior.provider,
        posterior.run_id,
        posterior.snapshot_at,
        posterior.followers,
        posterior.following,
        posterior.likes_received,
        posterior.video_count,
        case when posterior.is_judged then posterior.videos_scored end as videos_scored,
        posterior.cohort,
        posterior.cohort_creators,
        posterior.norm_weight,
        case when posterior.norm_weight >= posterior.few_peers_norm_weight then format(
            'few peers: {} creator(s) in cohort {}; each norm is {:.0f}% published benchmark, {:.0f}% peers',
            posterior.cohort_creators, posterior.cohort, 100 * posterior.norm_weight, 100 - 100 * posterior.norm_weight) end
            as cohort_note,
        posterior.likelihood_ratio,
        case when posterior.is_judged then posterior.base_rate end as base_rate,
        posterior.fraud_probability,
        round(100 * posterior.fraud_probability)::INTEGER as total_risk_score,
        case
            when posterior.fraud_probability is null then null
            when posterior.fraud_probability >= posterior.high_from then 'HIGH RISK'
            when posterior.fraud_probability >= posterior.medium_from then 'MEDIUM RISK'
            else 'LOW RISK'
        end as verdict,
        case when posterior.top_pattern_likelihood_ratio >= 2 then posterior.top_pattern end as fraud_pattern,
        case when posterior.is_judged then
            (case when posterior.top_pattern_likelihood_ratio >= 4
                  then [format('Pattern: {} (likelihood ratio {:.1f})', patterns.description, posterior.top_pattern_likelihood_ratio)]
                  else [] end)
            || coalesce([r.text for r in reasons.reasons if r.weight >= ln(4)], [])
        end as flags,
        case when posterior.is_judged then coalesce(reasons.reasons, []) end as reasons
    from posterior
    left join reasons using (creator_id)
    left join patterns on patterns.pattern = posterior.top_pattern
)

select * from final
