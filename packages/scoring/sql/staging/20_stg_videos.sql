-- One row per video per creator snapshot, in feed order (`feed_position` 1..n), as landed: counts exact (BIGINT)
-- and NULL when unknown. `engagements` = likes + comments + shares, NULL when any of the three is unknown (a
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
        saves
    from source
),

final as (
    select
        *,
        likes + comments + shares as engagements
    from renamed
)

select * from final
