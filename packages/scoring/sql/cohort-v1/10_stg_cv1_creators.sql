-- The creators cohort-v1 judges, one row each: its latest real decision (as seed-v1 decides: skips and budget
-- stops decide nothing; a transient failure only when nothing better exists), the profile of that snapshot, its
-- follower tier, and the same creator's latest snapshot at least a day older (for growth). The one model that reads
-- `creators` and `creator_outcomes`: to be swapped for the shared stg_creators when it lands.
-- Tiers as the cohort benchmarks draw them: sub-nano under 1K, nano 1-10K, micro 10-100K, mid 100-500K,
-- macro 500K-1M, mega 1M+, unknown when the follower count is.
-- reads: creator_outcomes, creators
with outcomes as (
    select * from creator_outcomes
    where outcome not in ('skipped_fresh', 'not_attempted', 'budget_exhausted')
),

decided as (
    select
        username,
        provider,
        run_id,
        outcome,
        detail,
        snapshot_at
    from outcomes
    qualify row_number() over (
        partition by username
        order by outcome in ('ok', 'partial', 'private', 'not_found', 'unavailable', 'region_locked') desc, decided_at desc, run_id desc
    ) = 1
),

profiles as (
    select * from creators
),

joined as (
    select
        decided.*,
        profiles.username is not null as has_profile,
        profiles.followers,
        profiles.following,
        profiles.likes_received,
        profiles.video_count,
        profiles.verified,
        profiles.account_created_at
    from decided
    left join profiles using (username, snapshot_at, provider)
),

with_previous as (
    select
        joined.*,
        previous.snapshot_at as previous_snapshot_at,
        previous.followers as previous_followers
    from joined
    asof left join profiles as previous
        on previous.username = joined.username
        and previous.provider = joined.provider
        and previous.snapshot_at <= joined.snapshot_at - interval 1 day
),

final as (
    select
        *,
        case
            when followers is null then 'unknown'
            when followers < 1000 then 'sub-nano'
            when followers < 10000 then 'nano'
            when followers < 100000 then 'micro'
            when followers < 500000 then 'mid'
            when followers < 1000000 then 'macro'
            else 'mega'
        end as follower_tier,
        date_diff('second', account_created_at, snapshot_at) / 86400.0 as account_age_days,
        date_diff('second', account_created_at, previous_snapshot_at) / 86400.0 as previous_account_age_days
    from with_previous
)

select * from final
