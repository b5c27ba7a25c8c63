-- materialized: table
-- EVALUATION ONLY: which rules fire on whom, per label tier and overall: among organic (not fraud) creators
-- and among those of them the ruleset flagged (its false positives), and among fraud creators. This is where
-- fixed thresholds over-flag: a rule firing on many organic creators of one tier.
-- reads: stg_verdict_eval_creators
with creators as (
    select * from stg_verdict_eval_creators where is_scored
),

fired as (
    select creators.*, unnest(rule_ids) as rule from creators
),

tier_sizes as (
    select
        coalesce(tier, 'all') as group_value,
        count(*) filter (where not is_fraud)::INTEGER as organic_creators,
        count(*) filter (where is_fraud)::INTEGER as fraud_creators
    from creators
    group by grouping sets ((tier), ())
),

counts as (
    select
        coalesce(tier, 'all') as group_value,
        rule,
        count(*) filter (where not is_fraud)::INTEGER as organic_with_rule,
        count(*) filter (where not is_fraud and is_medium_or_high)::INTEGER as false_positives_medium_or_high,
        count(*) filter (where not is_fraud and is_high)::INTEGER as false_positives_high,
        count(*) filter (where is_fraud)::INTEGER as fraud_with_rule
    from fired
    group by grouping sets ((tier, rule), (rule))
),

final as (
    select
        case when counts.group_value = 'all' then 'all' else 'tier' end as group_kind,
        counts.group_value,
        counts.rule,
        tier_sizes.organic_creators,
        counts.organic_with_rule,
        counts.false_positives_medium_or_high,
        counts.false_positives_high,
        tier_sizes.fraud_creators,
        counts.fraud_with_rule
    from counts
    inner join tier_sizes using (group_value)
)

select * from final
