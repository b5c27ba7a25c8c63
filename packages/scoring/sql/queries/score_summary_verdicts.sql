-- Scored creators of one ruleset by verdict, LOW to HIGH; with $run_id, only the creators of that run.
with scored as (
    select * from creator_scores
    where ruleset = $ruleset and verdict is not null
        and ($run_id::VARCHAR is null or username in (select username from creator_outcomes where run_id = $run_id::VARCHAR))
),

final as (
    select verdict as key, count(*)::INTEGER as n
    from scored
    group by verdict
    order by any_value(case verdict when 'LOW RISK' then 1 when 'MEDIUM RISK' then 2 else 3 end)
)

select * from final
