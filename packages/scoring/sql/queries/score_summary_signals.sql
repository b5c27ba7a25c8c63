-- cohort-v1's flags, by how many creators they were raised for, most first; with $run_id, only the creators of that
-- run. cohort-v1 has no rules: a flag is a signal whose evidence reached 4:1 (its weight, ln LR, at least ln 4).
with scored as (
    select * from creator_scores
    where ruleset = $ruleset
        and ($run_id::VARCHAR is null or username in (select username from creator_outcomes where run_id = $run_id::VARCHAR))
),

hits as (
    select unnest([r.signal for r in reasons if r.weight >= ln(4)]) as hit from scored
),

final as (
    select hit as key, count(*)::INTEGER as n
    from hits
    group by hit
    order by n desc, key
)

select * from final
