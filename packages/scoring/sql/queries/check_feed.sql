-- The page of one creator snapshot's feed the seed scores (on_scored_page: seed-v1's 30; seed-quick reads the
-- first 20 of them), in feed order, counts as DOUBLE (exact below 2^53) and NULL when unknown, with why.
select
    video_id,
    plays::DOUBLE as plays,
    likes::DOUBLE as likes,
    comments::DOUBLE as comments,
    coalesce(count_problems, []) as count_problems
from stg_videos
where username = $username and provider = $provider and snapshot_at = $snapshot_at::TIMESTAMP
    and on_scored_page(feed_position)
order by feed_position
