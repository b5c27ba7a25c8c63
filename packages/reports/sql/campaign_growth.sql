-- A campaign's totals at each snapshot (one row per snapshot per provider): the growth-over-time chart.
with source as (
    select * from campaign_summary where hashtag = $hashtag
),

final as (
    select
        provider,
        snapshot_at,
        total_videos::DOUBLE as total_videos,
        total_plays::DOUBLE as total_plays,
        unique_creators::DOUBLE as unique_creators
    from source
    order by snapshot_at, provider
)

select * from final
