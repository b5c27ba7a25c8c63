-- One row per creator snapshot with what the fake-view components read from the profile, as staged (account age,
-- and the follower tier that picks the cohort: stg_creators' one definition, so under 1,000 followers is a
-- `sub-nano` cohort of its own and an unknown count is `unknown`, which has no cohort), and the follower change
-- since the creator's previous snapshot.
-- reads: stg_creators
with source as (
    select * from stg_creators
),

history as (
    select
        provider,
        username,
        snapshot_at,
        verified,
        followers,
        following,
        account_age_days,
        follower_tier,
        lag(followers) over by_time as prev_followers,
        lag(snapshot_at) over by_time as prev_creator_snapshot_at
    from source
    window by_time as (partition by provider, username order by snapshot_at)
),

final as (
    select
        *,
        date_diff('second', prev_creator_snapshot_at, snapshot_at) / 86400.0 as days_since_prev_creator_snapshot
    from history
)

select * from final
