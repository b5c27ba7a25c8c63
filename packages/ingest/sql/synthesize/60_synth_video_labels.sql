-- Ground truth of each synthesized video, as landSyntheticLabels writes the simulator's: the planted fake plays
-- and likes inside its counts, and the fake share of its plays (0 when it has none), at the cohort's instant.
insert into sim_video_labels by name
select
    $seed as seed,
    video_id,
    'synth' || $seed || '_' || r as username,
    to_timestamp($at_s)::TIMESTAMP as labelled_at,
    plays,
    fake_plays,
    likes,
    fake_likes,
    case when plays = 0 then 0 else fake_plays / plays end as fake_share
from synth_videos
