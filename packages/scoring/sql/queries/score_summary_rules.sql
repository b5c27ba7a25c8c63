-- The rules of one ruleset that fired, by how many creators they fired for, most first; with $run_id, only the
-- creators of that run.
with scored as (
    select * from creator_scores
    where ruleset = $ruleset
        and ($run_id::VARCHAR is null or username in (select username from creator_outcomes where run_id = $run_id::VARCHAR))
),

hits as (
    select unnest(rules) as hit from scored
),

final as (
    select hit.rule as key, count(*)::INTEGER as n
    from hits
    group by hit.rule
    order by n desc, key
)

select * from final
