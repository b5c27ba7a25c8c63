-- materialized: table
-- EVALUATION ONLY: cohort-v1's and seed-v1's judgements beside the simulator's ground truth, one row per ruleset and
-- labelled creator snapshot of seed $seed that the ruleset judged (labelled_at = snapshot_at). `score` ranks
-- creators: cohort-v1's fraud_probability, seed-v1's uncapped risk points. A creator a ruleset gave no verdict
-- (private, insufficient data) stays, with `is_scored` false.
-- reads: creator_scores, sim_creator_labels
with labels as (
    select * from sim_creator_labels where seed = $seed
),

scores as (
    select * from creator_scores where ruleset in ('cohort-v1', 'seed-v1')
),

final as (
    select
        scores.ruleset,
        labels.username,
        labels.archetype,
        labels.tier,
        labels.is_fraud,
        scores.status,
        scores.verdict,
        case scores.ruleset when 'cohort-v1' then scores.fraud_probability else scores.total_risk_uncapped::DOUBLE end as score,
        scores.fraud_probability,
        scores.fraud_pattern,
        scores.verdict is not null as is_scored,
        scores.verdict = 'HIGH RISK' as is_high,
        scores.verdict in ('MEDIUM RISK', 'HIGH RISK') as is_medium_or_high
    from labels
    inner join scores on scores.username = labels.username and scores.snapshot_at = labels.labelled_at
)

select * from final
