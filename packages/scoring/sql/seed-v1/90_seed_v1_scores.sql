-- materialized: table
-- seed-v1's verdicts, one row per creator for the snapshot it is judged on. `score` publishes these rows into
-- `creator_scores` under the ruleset's name.
with checks as (
    select * from int_seed_v1_checks
),

final as (
    select
        username,
        $ruleset::VARCHAR as ruleset,
        * exclude (username),
        $scored_at::TIMESTAMP as scored_at
    from checks
)

select * from final
