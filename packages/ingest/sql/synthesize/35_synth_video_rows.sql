-- The drawn videos as a creator's feed lands them, in ingest's `videos` table.
insert into videos by name
select
    'synth' || $seed || '_' || r as username,
    to_timestamp($at_s)::TIMESTAMP as snapshot_at,
    $provider as provider,
    video_id,
    feed_position,
    to_timestamp($at_s)::TIMESTAMP as fetched_at,
    created_at,
    '' as caption,
    plays,
    likes,
    comments,
    shares,
    saves,
    duration_s,
    []::VARCHAR[] as hashtags,
    false as is_pinned,
    false as is_ad,
    []::VARCHAR[] as count_problems
from synth_videos
