-- materialized: table
-- EVALUATION ONLY: the full verdict matrix, planted archetype (and label tier) x ruleset's verdict; creators
-- given no verdict have `verdict` NULL and their status in `unscored_status`.
-- reads: stg_verdict_eval_creators
with creators as (
    select
        *,
        case when verdict is null then coalesce(status, 'not_scored') end as unscored_status
    from stg_verdict_eval_creators
),

final as (
    select
        case when grouping(archetype) = 0 then 'archetype' else 'tier' end as group_kind,
        coalesce(archetype, tier) as group_value,
        verdict,
        unscored_status,
        count(*)::INTEGER as creators
    from creators
    group by grouping sets ((archetype, verdict, unscored_status), (tier, verdict, unscored_status))
)

select * from final
