-- The profile snapshot each synthesized creator lands as, in ingest's `creators` table.
insert into creators by name
select
    'synth' || $seed || '_' || r as username,
    to_timestamp($at_s)::TIMESTAMP as snapshot_at,
    $provider as provider,
    $run_id as run_id,
    (6800000000000000000 + r)::VARCHAR as user_id,
    null as sec_uid,
    'Synth ' || r as nickname,
    false as verified,
    false as private_account,
    to_timestamp(floor(created_s))::TIMESTAMP as account_created_at,
    followers,
    following,
    likes_received,
    video_count::BIGINT as video_count,
    []::VARCHAR[] as count_problems
from synth_traits
