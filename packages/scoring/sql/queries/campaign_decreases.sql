-- Counts that went down at one campaign snapshot (a platform clean-up of botted views or likes), the $limit
-- largest falls first: plays, then likes (an unknown fall as none), ties in list order.
with source as (
    select * from campaign_videos
    where hashtag = $hashtag and provider = $provider and snapshot_at = $snapshot_at::TIMESTAMP and count_went_down
),

final as (
    select
        video_id, author, previous_seen_at, decreased_metrics,
        previous_plays, plays, previous_likes, likes, previous_comments, comments, previous_shares, shares
    from source
    order by coalesce(plays_delta, 0), coalesce(likes_delta, 0), list_position
    limit $limit
)

select * from final
