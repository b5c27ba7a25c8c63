-- seed-quick's verdicts, one row per creator for the snapshot it is judged on (the one seed-v1 judges too). A
-- view: `score` publishes these rows into `creator_scores` with the ruleset's name and the scoring time.
-- reads: int_seed_quick_checks
with checks as (
    select * from int_seed_quick_checks
),

final as (
    select * from checks
)

select * from final
