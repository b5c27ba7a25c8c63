-- The page the seed scores (on_scored_page: the first 30 videos of a snapshot's feed), with missing counts as 0:
-- the seed's `stats.get('diggCount', 0)`. Only seed-v1 reads a missing count as 0; staging keeps it NULL.
-- reads: stg_videos
with source as (
    select * from stg_videos
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
    where on_scored_page(feed_position)
)

select * from final
