-- seed-v1's verdicts, one row per creator for the snapshot it is judged on. A view: `score` publishes these rows
-- into `creator_scores` with the ruleset's name and the scoring time, so a million creators are written once.
-- reads: int_seed_v1_checks
with checks as (
    select * from int_seed_v1_checks
),

final as (
    select * from checks
)

select * from final
