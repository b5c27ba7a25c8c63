-- The $limit most-played posts of one campaign snapshot, with their captions (untrusted text: escaped on output).
with source as (
    select * from campaign_videos
    where hashtag = $hashtag and provider = $provider and snapshot_at = $snapshot_at::TIMESTAMP
),

final as (
    select
        video_id,
        coalesce(author, '(unknown)') as author,
        caption,
        plays::DOUBLE as plays,
        likes::DOUBLE as likes,
        engagement::DOUBLE / nullif(plays, 0)::DOUBLE as engagement_rate,
        author_verdict as verdict
    from source
    order by plays desc nulls last, video_id
    limit $limit
)

select * from final
