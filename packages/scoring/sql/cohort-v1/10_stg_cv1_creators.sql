-- The creators cohort-v1 judges, one row each: its judged decision (stg_creator_decisions, the snapshot seed-v1
-- judges too), the profile of that snapshot as staged (stg_creators: counts and the one follower tier), and the same
-- creator's latest snapshot at least a day older (for growth). Account ages are cohort-v1's own: the age at each
-- of the two snapshots, from the creation time the provider sent. Its text and true/false columns are the
-- cohorts --by can name.
-- reads: stg_creator_decisions, stg_creators
with decided as (
    select username, provider, run_id, outcome, detail, snapshot_at from stg_creator_decisions
),

profiles as (
    select * from stg_creators
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
        profiles.account_created_at,
        -- no snapshot to read: its follower count, and so its tier, is unknown
        coalesce(profiles.follower_tier, 'unknown') as follower_tier
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
        * exclude (follower_tier),
        follower_tier,
        date_diff('second', account_created_at, snapshot_at) / 86400.0 as account_age_days,
        date_diff('second', account_created_at, previous_snapshot_at) / 86400.0 as previous_account_age_days
    from with_previous
)

select * from final
