-- The page the seed scores: the first 30 videos of a snapshot's feed, pinned ones included, with missing counts
-- as 0 (the seed's `stats.get('diggCount', 0)`). Ingest numbers a snapshot's feed 1..n without gaps, after
-- dropping pinned videos the feed repeats, so the first 30 are exactly `feed_position <= 30`.
with source as (
    select * from videos
),

final as (
    select
        username,
        snapshot_at,
        provider,
        feed_position,
        coalesce(plays, 0) as plays,
        coalesce(likes, 0) as likes,
        coalesce(comments, 0) as comments
    from source
    where feed_position <= 30
)

select * from final
