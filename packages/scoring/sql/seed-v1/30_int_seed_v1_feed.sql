-- The page the seed scores (on_scored_page: the first 30 videos of a snapshot's feed), with missing counts as 0:
-- the seed's `stats.get('diggCount', 0)`. Only seed-v1 reads a missing count as 0; staging keeps it NULL. A count
-- the vendor sent that we could not read is no 0: `unreadable` names it, and its creator gets no verdict.
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
        coalesce(comments, 0) as comments,
        case when len(count_problems) > 0 then
            [format('video {} {}', video_id, p) for p in unreadable_counts(count_problems, ['plays', 'likes', 'comments'])]
        end as unreadable
    from source
    where on_scored_page(feed_position)
)

select * from final
