-- The $limit most-played posts of one campaign snapshot, with their captions (untrusted text: escaped on output) and
-- their author's screening verdict, seed-v1's beside it.
-- Ties keep list order (list_position), as the seed's stable sort over the list does: the one tie-breaking rule of
-- every campaign ranking, in the terminal and the HTML report alike.
with source as (
    select * from campaign_videos
    where hashtag = $hashtag and provider = $provider and snapshot_at = $snapshot_at::TIMESTAMP
),

final as (
    select
        video_id,
        author,
        caption,
        plays,
        likes,
        engagement::DOUBLE / nullif(plays, 0)::DOUBLE as engagement_rate,
        author_verdict as verdict,
        author_seed_v1_verdict as seed_v1_verdict
    from source
    order by plays desc nulls last, list_position
    limit $limit
)

select * from final
