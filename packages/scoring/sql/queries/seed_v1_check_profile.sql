-- One creator snapshot's profile counts, as the seed reads them. Counts are exact below 2^53 (ingest refuses larger
-- ones), so DOUBLE carries them to JS unchanged; NULL stays NULL (the reference reads it as the seed's 0).
select
    followers::DOUBLE as followers,
    following::DOUBLE as following,
    likes_received::DOUBLE as likes_received,
    video_count::DOUBLE as video_count
from stg_creators
where username = $username and provider = $provider and snapshot_at = $snapshot_at::TIMESTAMP
