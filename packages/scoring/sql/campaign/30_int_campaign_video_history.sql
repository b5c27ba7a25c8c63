-- Each video against its own previous appearance in the campaign (the last snapshot that listed it): what it
-- gained, how fast (per day, between the two fetch times), and which counts went DOWN. Platforms remove botted
-- views and likes in clean-ups, so a falling count is itself a fraud signal. A creator is new in the snapshot
-- where any of its videos first appears.
-- reads: stg_campaign_videos
with videos as (
    select * from stg_campaign_videos
),

history as (
    select
        *,
        min(snapshot_at) over (partition by hashtag, provider, video_id) as first_seen_at,
        min(snapshot_at) over (partition by hashtag, provider, author) as author_first_seen_at,
        lag(snapshot_at) over appearances as previous_seen_at,
        lag(plays) over appearances as previous_plays,
        lag(likes) over appearances as previous_likes,
        lag(comments) over appearances as previous_comments,
        lag(shares) over appearances as previous_shares
    from videos
    window appearances as (partition by hashtag, provider, video_id order by snapshot_at)
),

deltas as (
    select
        *,
        snapshot_at = first_seen_at as is_new_video,
        author is not null and snapshot_at = author_first_seen_at as is_new_creator,
        date_diff('millisecond', previous_seen_at, snapshot_at)::DOUBLE / 86400000::DOUBLE as days_since_previous,
        plays - previous_plays as plays_delta,
        likes - previous_likes as likes_delta,
        comments - previous_comments as comments_delta,
        shares - previous_shares as shares_delta
    from history
),

final as (
    select
        *,
        case when days_since_previous > 0 then plays_delta::DOUBLE / days_since_previous end as plays_per_day,
        case when days_since_previous > 0 then likes_delta::DOUBLE / days_since_previous end as likes_per_day,
        list_filter([
            case when plays_delta < 0 then 'plays' end,
            case when likes_delta < 0 then 'likes' end,
            case when comments_delta < 0 then 'comments' end,
            case when shares_delta < 0 then 'shares' end
        ], lambda metric: metric is not null) as decreased_metrics
    from deltas
)

select * from final
