-- The $limit fastest-growing posts of one campaign snapshot: plays gained per day since each video's previous
-- appearance (only videos that gained). Ties keep list order.
with source as (
    select * from campaign_videos
    where hashtag = $hashtag and provider = $provider and snapshot_at = $snapshot_at::TIMESTAMP and plays_per_day > 0
),

final as (
    select video_id, author, plays, likes, caption, plays_delta, plays_per_day, days_since_previous
    from source
    order by plays_per_day desc, list_position
    limit $limit
)

select * from final
