-- The creator leaderboard of one campaign snapshot: videos, plays and likes per author (an unknown author is one
-- row, author NULL) with its screening verdict and seed-v1's beside it, the $limit with most plays. Ties keep list order: the author whose first video comes first
-- in the list ranks first, as the seed's stable sort over a dict filled in list order does (campaign_top_posts.sql
-- breaks ties the same way).
with source as (
    select * from campaign_videos
    where hashtag = $hashtag and provider = $provider and snapshot_at = $snapshot_at::TIMESTAMP
),

final as (
    select
        author,
        count(*) as videos,
        coalesce(sum(plays), 0) as plays,
        coalesce(sum(likes), 0) as likes,
        any_value(author_verdict) as verdict,
        any_value(author_seed_v1_verdict) as seed_v1_verdict
    from source
    group by author
    order by plays desc, min(list_position)
    limit $limit
)

select * from final
