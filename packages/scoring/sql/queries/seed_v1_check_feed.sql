-- The page of one creator snapshot's feed the seed scores (on_scored_page), in feed order, counts as DOUBLE
-- (exact below 2^53) and NULL when unknown.
select plays::DOUBLE as plays, likes::DOUBLE as likes, comments::DOUBLE as comments
from stg_videos
where username = $username and provider = $provider and snapshot_at = $snapshot_at::TIMESTAMP
    and on_scored_page(feed_position)
order by feed_position
