-- One `ok` outcome per synthesized creator, as an ingest run records it (no credits: nothing was fetched).
insert into creator_outcomes by name
select
    $run_id as run_id,
    'synth' || $seed || '_' || r as username,
    $provider as provider,
    'ok' as outcome,
    null as detail,
    to_timestamp($at_s)::TIMESTAMP as snapshot_at,
    feed_videos::INTEGER as videos_fetched,
    null as paging_stop,
    0 as credits,
    to_timestamp($at_s)::TIMESTAMP as decided_at
from synth_traits
