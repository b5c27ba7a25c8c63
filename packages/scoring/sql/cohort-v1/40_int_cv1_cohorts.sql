-- materialized: table
-- Each judged creator's peer cohort: its follower tier, and within it the values of the columns an analyst named
-- with --by (category, region, campaign...). The kinds arrive as the bound list $cohort_kinds, `follower_tier` first
-- then the --by names, checked against this relation's columns first (src/cohort-v1/cohort-columns.ts): every
-- column is unpivoted as text and the list keeps the asked ones, so no identifier is spliced into SQL. An unknown
-- value is a cohort of its own. With no --by, nothing is unpivoted. `cohort_id` keys the long tables.
-- reads: int_cv1_features, stg_cv1_creators
with creators as (
    select creator_id, username, follower_tier from int_cv1_features where is_judged
),

source as (
    select username, columns(* exclude (username))::VARCHAR
    from stg_cv1_creators
    where len($cohort_kinds) > 1
),

unpivoted as (
    select * from source
    unpivot include nulls (cohort_value for cohort_kind in (columns(* exclude (username))))
),

chosen as (
    select
        username,
        string_agg(cohort_kind || '=' || coalesce(cohort_value, '(unknown)'), ', ' order by list_position($cohort_kinds, cohort_kind))
            as by_values
    from unpivoted
    where list_contains($cohort_kinds, cohort_kind) and cohort_kind <> 'follower_tier'
    group by username
),

named as (
    select
        creators.creator_id,
        creators.username,
        creators.follower_tier,
        creators.follower_tier || coalesce(' / ' || chosen.by_values, '') as cohort
    from creators
    left join chosen using (username)
),

final as (
    select
        *,
        (dense_rank() over (order by cohort))::INTEGER as cohort_id,
        (count(*) over (partition by cohort))::INTEGER as cohort_creators
    from named
)

select * from final
