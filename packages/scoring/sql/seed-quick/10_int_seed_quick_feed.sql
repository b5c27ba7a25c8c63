-- The seed's quick check reads one page of `count: 20` videos: the first 20 of a snapshot's stored feed, in feed
-- order, pinned ones included as the page gives them (src/seed-quick/rules.ts: QUICK_VIDEOS_SCORED). Per snapshot: how
-- many, the exact sum of their likes (a missing count is the seed's `get('diggCount', 0)`), and the likes we
-- could not read, each named by its video.
-- reads: stg_videos
with source as (
    select
        username,
        snapshot_at,
        provider,
        feed_position,
        likes,
        -- Only a video with a problem pays for the list (nearly none do).
        case when len(count_problems) > 0 then
            [format('video {} {}', video_id, p) for p in unreadable_counts(count_problems, ['likes'])]
        end as unreadable
    from stg_videos
    where feed_position <= 20
),

final as (
    select
        username,
        snapshot_at,
        provider,
        count(*)::INTEGER as videos_scored,
        sum(coalesce(likes, 0))::HUGEINT as likes_sum,
        flatten(list(unreadable order by feed_position) filter (where len(unreadable) > 0)) as unreadable
    from source
    group by all
)

select * from final
