-- One row per video per creator snapshot, in feed order (`feed_position` 1..n), as landed: counts exact (BIGINT)
-- and NULL when unknown (`count_problems` says why when the vendor sent one we could not read; see the
-- unreadable_counts macro). `engagements` = likes + comments + shares, NULL when any of the three is unknown (a
-- partial sum would read as low engagement).
-- reads: videos
with source as (
    select * from videos
),

renamed as (
    select
        provider,
        username,
        snapshot_at,
        video_id,
        feed_position,
        created_at,
        plays,
        likes,
        comments,
        shares,
        saves,
        count_problems
    from source
),

final as (
    select
        *,
        likes + comments + shares as engagements
    from renamed
)

select * from final
