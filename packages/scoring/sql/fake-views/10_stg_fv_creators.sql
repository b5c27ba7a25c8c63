-- One row per creator snapshot with what the fake-view components read from the profile: account age where the
-- provider sent a creation time, the follower tier that picks the cohort (HypeAuditor's nano 1-10K, micro
-- 10-100K, mid 100-500K, macro 500K-1M, mega 1M+), and follower change since the creator's previous snapshot.
-- reads: creators
with source as (
    select * from creators
),

tiered as (
    select
        provider,
        username,
        snapshot_at,
        verified,
        followers,
        following,
        case
            when account_created_at <= snapshot_at
                then date_diff('second', account_created_at, snapshot_at) / 86400.0
        end as account_age_days,
        case
            when followers is null then null
            when followers < 10000 then 'nano'
            when followers < 100000 then 'micro'
            when followers < 500000 then 'mid'
            when followers < 1000000 then 'macro'
            else 'mega'
        end as follower_tier,
        lag(followers) over by_time as prev_followers,
        lag(snapshot_at) over by_time as prev_creator_snapshot_at
    from source
    window by_time as (partition by provider, username order by snapshot_at)
),

final as (
    select
        *,
        date_diff('second', prev_creator_snapshot_at, snapshot_at) / 86400.0 as days_since_prev_creator_snapshot
    from tiered
)

select * from final
