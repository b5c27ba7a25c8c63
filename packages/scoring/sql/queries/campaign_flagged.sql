-- The flagged creators of one campaign snapshot (verdict among the screening's flagged ones), the $limit with most
-- plays first, each with its seed-v1 verdict beside the screening one; ties keep list order, as every campaign
-- ranking (campaign_top_posts.sql).
with source as (
    select * from campaign_videos
    where hashtag = $hashtag and provider = $provider and snapshot_at = $snapshot_at::TIMESTAMP and is_flagged
),

final as (
    select
        author,
        any_value(author_verdict) as verdict,
        any_value(author_risk_score) as risk_score,
        any_value(author_fraud_probability) as fraud_probability,
        any_value(author_seed_v1_verdict) as seed_v1_verdict,
        any_value(author_seed_v1_risk_score) as seed_v1_risk_score,
        count(*) as videos,
        coalesce(sum(plays), 0) as plays
    from source
    group by author
    order by plays desc, min(list_position)
    limit $limit
)

select * from final
