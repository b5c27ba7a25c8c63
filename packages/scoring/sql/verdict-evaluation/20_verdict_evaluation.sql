-- materialized: table
-- EVALUATION ONLY: precision, recall and the 2x2 confusion matrix of a ruleset against the planted labels
-- (positive = fraud), for two cut-offs (HIGH RISK; MEDIUM or HIGH RISK), over all scored creators, per planted
-- archetype and per follower tier of the label (the followers the profile showed). A ratio with a zero
-- denominator is NULL: recall inside an organic-only group, precision where nothing was flagged.
-- reads: stg_verdict_eval_creators
with creators as (
    select * from stg_verdict_eval_creators where is_scored
),

cutoffs as (
    select * from (values ('HIGH', 1), ('MEDIUM_OR_HIGH', 2)) as t(positive, cutoff_order)
),

judged as (
    select
        creators.*,
        cutoffs.positive,
        cutoffs.cutoff_order,
        case cutoffs.positive when 'HIGH' then is_high else is_medium_or_high end as is_flagged
    from creators cross join cutoffs
),

grouped as (
    select
        case when grouping(archetype) = 0 then 'archetype' when grouping(tier) = 0 then 'tier' else 'all' end as group_kind,
        coalesce(archetype, tier, 'all') as group_value,
        positive,
        any_value(cutoff_order) as cutoff_order,
        count(*)::INTEGER as creators,
        count(*) filter (where is_fraud)::INTEGER as fraud,
        count(*) filter (where is_flagged)::INTEGER as flagged,
        count(*) filter (where is_fraud and is_flagged)::INTEGER as true_positives,
        count(*) filter (where not is_fraud and is_flagged)::INTEGER as false_positives,
        count(*) filter (where is_fraud and not is_flagged)::INTEGER as false_negatives,
        count(*) filter (where not is_fraud and not is_flagged)::INTEGER as true_negatives
    from judged
    group by grouping sets ((positive), (positive, archetype), (positive, tier))
),

final as (
    select
        group_kind,
        group_value,
        positive,
        creators,
        fraud,
        flagged,
        true_positives,
        false_positives,
        false_negatives,
        true_negatives,
        true_positives / nullif(true_positives + false_positives, 0)::DOUBLE as precision,
        true_positives / nullif(true_positives + false_negatives, 0)::DOUBLE as recall,
        false_positives / nullif(false_positives + true_negatives, 0)::DOUBLE as false_positive_rate,
        2 * true_positives / nullif(2 * true_positives + false_positives + false_negatives, 0)::DOUBLE as f1,
        cutoff_order
    from grouped
)

select * from final
