-- materialized: table
-- One row per creator per cohort kind it is benchmarked in: always `follower_tier`, plus each column the analyst
-- named with --by. The names arrive as the bound list $cohort_kinds, checked against this relation's columns
-- by src/cohort/cohort-columns.ts first: every column is unpivoted as text and the list keeps the asked ones, so
-- no identifier is ever spliced into SQL. A NULL value is a cohort of its own (cohort_value NULL).
-- reads: int_cohort_creators
with source as (
    select username, columns(* exclude (username))::VARCHAR from int_cohort_creators
),

unpivoted as (
    select * from source
    unpivot include nulls (cohort_value for cohort_kind in (columns(* exclude (username))))
),

final as (
    select cohort_kind, cohort_value, username
    from unpivoted
    where list_contains($cohort_kinds, cohort_kind)
)

select * from final
