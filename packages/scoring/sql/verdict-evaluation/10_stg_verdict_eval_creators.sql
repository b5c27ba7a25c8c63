-- materialized: table
-- EVALUATION ONLY: one ruleset's verdicts ($ruleset: any with LOW / MEDIUM / HIGH RISK bands, seed-v1, seed-quick,
-- cohort-v1) beside the simulator's ground truth, one row per labelled creator snapshot of seed $seed that it
-- judged: a label belongs to the snapshot it was taken at (labelled_at = snapshot_at), and labels of older
-- snapshots are left out. Creators given no verdict (private) stay, with `is_scored` false.
-- reads: sim_creator_labels, creator_scores
with labels as (
    select * from sim_creator_labels where seed = $seed
),

scores as (
    select * from creator_scores where ruleset = $ruleset
),

final as (
    select
        labels.username,
        labels.seed,
        labels.labelled_at,
        labels.archetype,
        labels.tier,
        labels.is_fraud,
        labels.status as label_status,
        scores.status,
        scores.verdict,
        scores.verdict is not null as is_scored,
        scores.verdict = 'HIGH RISK' as is_high,
        scores.verdict in ('MEDIUM RISK', 'HIGH RISK') as is_medium_or_high,
        coalesce([hit.rule for hit in scores.rules], []) as rule_ids
    from labels
    inner join scores on scores.username = labels.username and scores.snapshot_at = labels.labelled_at
)

select * from final
