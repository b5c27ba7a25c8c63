-- Creators of one ruleset without a verdict, by status (private, not_found, fetch_failed, ...), most first; with
-- $run_id, only the creators of that run.
with unscored as (
    select * from creator_scores
    where ruleset = $ruleset and verdict is null
        and ($run_id::VARCHAR is null or username in (select username from creator_outcomes where run_id = $run_id::VARCHAR))
),

final as (
    select status as key, count(*)::INTEGER as n
    from unscored
    group by status
    order by n desc, key
)

select * from final
