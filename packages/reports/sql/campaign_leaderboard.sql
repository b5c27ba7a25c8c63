-- The creator leaderboard of one campaign snapshot: videos, plays and likes per author, the $limit with most plays
-- (then most videos, then name).
with source as (
    select * from campaign_videos
    where hashtag = $hashtag and provider = $provider and snapshot_at = $snapshot_at::TIMESTAMP
),

final as (
    select
        coalesce(author, '(unknown)') as author,
        count(*)::INTEGER as videos,
        coalesce(sum(plays), 0)::DOUBLE as plays,
        coalesce(sum(likes), 0)::DOUBLE as likes,
        any_value(author_verdict) as verdict
    from source
    group by all
    order by plays desc, videos desc, author
    limit $limit
)

select * from final
