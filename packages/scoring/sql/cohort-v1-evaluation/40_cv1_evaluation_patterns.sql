-- materialized: table
-- EVALUATION ONLY: which fraud pattern cohort-v1 named for the creators of each planted archetype (NULL: none
-- reached 2:1), and how many of them it flagged at MEDIUM or HIGH RISK. Shows what each pattern catches and whose
-- honest look-alike it mistakes.
-- reads: stg_cv1_eval_creators
with judged as (
    select * from stg_cv1_eval_creators where ruleset = 'cohort-v1' and is_scored
),

final as (
    select
        archetype,
        fraud_pattern,
        count(*)::INTEGER as creators,
        count(*) filter (where is_medium_or_high)::INTEGER as flagged
    from judged
    group by all
)

select * from final
