-- A campaign's latest snapshot (ties between providers: by provider name) and its headline figures.
with source as (
    select * from campaign_summary where hashtag = $hashtag
),

final as (
    select
        provider,
        snapshot_at,
        snapshot_number::INTEGER as snapshot_number,
        total_videos::DOUBLE as total_videos,
        unique_creators::DOUBLE as unique_creators,
        total_plays::DOUBLE as total_plays,
        total_likes::DOUBLE as total_likes,
        total_comments::DOUBLE as total_comments,
        total_shares::DOUBLE as total_shares,
        engagement_rate,
        repeat_creators::DOUBLE as repeat_creators,
        flagged_creators::DOUBLE as flagged_creators,
        unscreened_creators::DOUBLE as unscreened_creators,
        coverage
    from source
    order by snapshot_at desc, provider
    limit 1
)

select * from final
