-- How often each seed-v1 rule fired across the benchmarked creators (a rule fires at most once per creator).
-- One row per rule that fired: at most the ruleset's 11 rules.
with benchmarked as (
    select username, provider, snapshot_at from cohort_creator_metrics
),

scored as (
    select scores.rules
    from creator_scores as scores
    inner join benchmarked using (username, provider, snapshot_at)
    where scores.ruleset = 'seed-v1'
),

hits as (
    select unnest(rules) as hit from scored
),

final as (
    select
        hit.rule as rule,
        hit.component as component,
        any_value(hit.points)::INTEGER as points,
        count(*)::INTEGER as creators,
        count(*)::DOUBLE / (select count(*) from benchmarked)::DOUBLE as share
    from hits
    group by all
    order by creators desc, rule
)

select * from final
