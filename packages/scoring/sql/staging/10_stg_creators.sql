-- One row per creator snapshot (provider, username, snapshot_at), every analysis's view of a profile: counts
-- exact (BIGINT, as landed) and NULL when unknown (`count_problems` says why), never a made-up 0 (an analysis that wants the seed's 0 says so
-- where it reads them). `follower_tier` is the one tier definition: HypeAuditor's nano 1K-10K, micro 10K-100K,
-- mid 100K-500K, macro 500K-1M, mega 1M+ (lower bounds inclusive), plus `sub-nano` under 1,000 followers (a
-- 200-follower account engages unlike a 5K one and would skew the nano norm) and `unknown` when the follower count
-- is. src/cohort/cohort-columns.ts lists the same names in this order (FOLLOWER_TIERS) for charts; a spec holds both.
-- reads: creators
with source as (
    select * from creators
),

renamed as (
    select
        provider,
        username,
        snapshot_at,
        run_id,
        verified,
        private_account,
        account_created_at,
        followers,
        following,
        likes_received,
        video_count,
        count_problems
    from source
),

final as (
    select
        *,
        -- where the provider sent a creation time no later than the snapshot
        case
            when account_created_at <= snapshot_at then date_diff('second', account_created_at, snapshot_at) / 86400.0
        end as account_age_days,
        case
            when followers is null then 'unknown'
            when followers < 1000 then 'sub-nano'
            when followers < 10000 then 'nano'
            when followers < 100000 then 'micro'
            when followers < 500000 then 'mid'
            when followers < 1000000 then 'macro'
            else 'mega'
        end as follower_tier
    from renamed
)

select * from final
