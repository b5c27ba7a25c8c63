-- The authors of one campaign snapshot without a verdict, counted by why: their status in creator_scores
-- (private, not_found, ...) or `not fetched` when the screening never reached them.
with source as (
    select * from campaign_videos
    where hashtag = $hashtag and provider = $provider and snapshot_at = $snapshot_at::TIMESTAMP
        and author is not null and author_verdict is null
),

final as (
    select coalesce(author_status, 'not fetched') as status, count(distinct author) as creators
    from source
    group by all
    order by creators desc, status
)

select * from final
