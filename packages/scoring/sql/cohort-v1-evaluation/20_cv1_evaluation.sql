-- materialized: table
-- EVALUATION ONLY: per ruleset, cut-off (HIGH; MEDIUM or HIGH) and group (all; planted archetype; label tier): the
-- 2x2 counts, precision, recall, the share of honest creators flagged (false_positive_rate) and F1 over the creators
-- the ruleset judged, plus how many it left without a verdict; and, for groups holding both classes, ROC AUC
-- (mid-ranks: ties count half) and PR AUC (average precision over distinct scores) of its ranking score. A ratio
-- with a zero denominator is NULL.
-- reads: stg_cv1_eval_creators
with creators as (
    select * from stg_cv1_eval_creators
),

-- Every creator in each of its groups; a group whose creators all lack a verdict still has a row (0 judged).
grouped_all as (
    select 'all' as group_kind, 'all' as group_value, * from creators
    union all
    select 'archetype', archetype, * from creators
    union all
    select 'tier', tier, * from creators
),

grouped_creators as (
    select * from grouped_all where is_scored
),

-- ROC AUC: the chance a fraudulent creator outranks an honest one, from mid-ranks within each group.
ranked as (
    select
        *,
        rank() over (partition by ruleset, group_kind, group_value order by score)
            + (count(*) over (partition by ruleset, group_kind, group_value, score) - 1) / 2.0 as mid_rank
    from grouped_creators
),

roc as (
    select
        ruleset,
        group_kind,
        group_value,
        (sum(mid_rank) filter (where is_fraud) - count(*) filter (where is_fraud) * (count(*) filter (where is_fraud) + 1) / 2.0)
            / nullif(count(*) filter (where is_fraud) * count(*) filter (where not is_fraud), 0) as roc_auc
    from ranked
    group by all
),

-- PR AUC (average precision): over distinct scores from the top, precision at each step times the recall it adds.
by_score as (
    select
        ruleset,
        group_kind,
        group_value,
        score,
        count(*) filter (where is_fraud) as fraud_here,
        count(*) as creators_here
    from grouped_creators
    group by all
),

cumulative as (
    select
        *,
        sum(fraud_here) over w as fraud_above,
        sum(creators_here) over w as creators_above,
        sum(fraud_here) over (partition by ruleset, group_kind, group_value) as fraud_total
    from by_score
    window w as (partition by ruleset, group_kind, group_value order by score desc rows between unbounded preceding and current row)
),

pr as (
    select
        ruleset,
        group_kind,
        group_value,
        case when any_value(fraud_total) > 0 then sum(fraud_here / fraud_total::DOUBLE * fraud_above / creators_above::DOUBLE) end as pr_auc
    from cumulative
    group by all
),

cutoffs as (
    select * from (values ('HIGH', 1), ('MEDIUM_OR_HIGH', 2)) as t(positive, cutoff_order)
),

counted as (
    select
        grouped_all.ruleset,
        grouped_all.group_kind,
        grouped_all.group_value,
        cutoffs.positive,
        any_value(cutoffs.cutoff_order) as cutoff_order,
        count(*) filter (where is_scored)::INTEGER as creators,
        count(*) filter (where not is_scored)::INTEGER as no_verdict,
        count(*) filter (where is_scored and is_fraud)::INTEGER as fraud,
        count(*) filter (where is_scored and case cutoffs.positive when 'HIGH' then is_high else is_medium_or_high end)::INTEGER as flagged,
        count(*) filter (where is_scored and is_fraud and case cutoffs.positive when 'HIGH' then is_high else is_medium_or_high end)::INTEGER
            as true_positives,
        count(*) filter (where is_scored and not is_fraud and case cutoffs.positive when 'HIGH' then is_high else is_medium_or_high end)::INTEGER
            as false_positives
    from grouped_all cross join cutoffs
    group by all
),

final as (
    select
        counted.ruleset,
        counted.group_kind,
        counted.group_value,
        counted.positive,
        counted.creators,
        counted.no_verdict,
        counted.fraud,
        counted.flagged,
        counted.true_positives,
        counted.false_positives,
        counted.fraud - counted.true_positives as false_negatives,
        counted.creators - counted.fraud - counted.false_positives as true_negatives,
        counted.true_positives / nullif(counted.flagged, 0)::DOUBLE as precision,
        counted.true_positives / nullif(counted.fraud, 0)::DOUBLE as recall,
        counted.false_positives / nullif(counted.creators - counted.fraud, 0)::DOUBLE as false_positive_rate,
        2 * counted.true_positives / nullif(counted.flagged + counted.fraud, 0)::DOUBLE as f1,
        roc.roc_auc,
        case when counted.fraud > 0 and counted.fraud < counted.creators then pr.pr_auc end as pr_auc,
        counted.cutoff_order
    from counted
    left join roc using (ruleset, group_kind, group_value)
    left join pr using (ruleset, group_kind, group_value)
)

select * from final
