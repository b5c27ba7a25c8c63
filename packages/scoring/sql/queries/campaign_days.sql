-- Growth by day up to one campaign snapshot: the last $limit days with a snapshot, oldest first.
with source as (
    select * from campaign_daily
    where hashtag = $hashtag and provider = $provider and snapshot_at <= $snapshot_at::TIMESTAMP
),

recent as (
    select day, total_videos, unique_creators, total_plays, new_videos, new_creators, plays_growth, plays_growth_per_day
    from source
    order by day desc
    limit $limit
),

final as (
    select * from recent order by day
)

select * from final
