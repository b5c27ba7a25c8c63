-- Videos gone from the list at one (complete) campaign snapshot, the $limit with most plays when last seen first
-- (they have no list position any more: ties by video id).
with source as (
    select * from int_campaign_disappeared
    where hashtag = $hashtag and provider = $provider and snapshot_at = $snapshot_at::TIMESTAMP
),

final as (
    select video_id, author, last_seen_at, last_plays
    from source
    order by last_plays desc nulls last, video_id
    limit $limit
)

select * from final
