-- One creator snapshot's profile counts, as the seed reads them. Counts are exact below 2^53 (ingest refuses larger
-- ones), so DOUBLE carries them to JS unchanged; NULL stays NULL, with the reason when we could not read one.
select
    followers::DOUBLE as followers,
    following::DOUBLE as following,
    likes_received::DOUBLE as likes_received,
    video_count::DOUBLE as video_count,
    coalesce(count_problems, []) as count_problems
from stg_creators
where username = $username and provider = $provider and snapshot_at = $snapshot_at::TIMESTAMP
