-- Videos gone from a campaign's list: listed in some snapshot since the previous complete one, and missing from
-- this complete one (deleted, made private, or stripped of the tag). Only a complete snapshot (paging reached the
-- end of the list) can prove a video is gone, so a scan cut short in between hides nothing: what vanished behind
-- it is counted at the next complete snapshot, once, with its last figures. Hashtag lists are known to stop near
-- 1-5K items, so on very large campaigns this over-counts: read it with coverage.
-- reads: stg_campaign_scans, stg_campaign_videos
with scans as (
    select * from stg_campaign_scans
),

videos as (
    select * from stg_campaign_videos
),

checks as (
    select
        hashtag,
        provider,
        snapshot_at,
        lag(snapshot_at) over (partition by hashtag, provider order by snapshot_at) as previous_complete_at
    from scans
    where is_complete
),

seen_since as (
    select
        checks.hashtag,
        checks.provider,
        checks.snapshot_at,
        videos.video_id,
        max(videos.snapshot_at) as last_seen_at,
        arg_max_null(videos.author, videos.snapshot_at) as author,
        arg_max_null(videos.caption, videos.snapshot_at) as caption,
        arg_max_null(videos.plays, videos.snapshot_at) as last_plays,
        arg_max_null(videos.likes, videos.snapshot_at) as last_likes,
        arg_max_null(videos.comments, videos.snapshot_at) as last_comments,
        arg_max_null(videos.shares, videos.snapshot_at) as last_shares
    from checks
    inner join videos
        on videos.hashtag = checks.hashtag
        and videos.provider = checks.provider
        and videos.snapshot_at < checks.snapshot_at
        and (checks.previous_complete_at is null or videos.snapshot_at >= checks.previous_complete_at)
    group by all
),

final as (
    select seen_since.*
    from seen_since
    anti join videos as still
        on still.hashtag = seen_since.hashtag
        and still.provider = seen_since.provider
        and still.snapshot_at = seen_since.snapshot_at
        and still.video_id = seen_since.video_id
)

select * from final
