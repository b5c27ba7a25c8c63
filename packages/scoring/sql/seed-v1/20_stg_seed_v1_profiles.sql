-- The profile figures the seed reads (`followerCount`, `followingCount`, `heartCount`, `videoCount`), per snapshot.
-- NULL stays NULL here: an unknown count is turned into the seed's 0 where the rules use it.
with source as (
    select * from creators
),

final as (
    select
        username,
        snapshot_at,
        provider,
        followers,
        following,
        likes_received,
        video_count
    from source
)

select * from final
