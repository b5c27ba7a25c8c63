-- The videos cohort-v1 reads: the page of each snapshot's feed seed-v1 scores too (on_scored_page), as staged, with
-- the per-video ratios it compares on log scale. A count we could not read stays unknown: the ratios that need it
-- are NULL and the video leaves only those medians. Counts of zero get half a count (ln 0 is not a number); a ratio
-- per like needs at least one like. Counts become DOUBLE before any arithmetic (BIGINT + 0.5 would be DECIMAL
-- arithmetic, several times slower).
-- reads: stg_videos
with source as (
    select * from stg_videos
    where on_scored_page(feed_position)
),

counts as (
    select
        username,
        snapshot_at,
        provider,
        feed_position,
        plays,
        plays::DOUBLE as plays_d,
        likes::DOUBLE as likes_d,
        comments::DOUBLE as comments_d,
        (shares + saves)::DOUBLE as shares_saves_d
    from source
),

final as (
    select
        username,
        snapshot_at,
        provider,
        feed_position,
        plays,
        -- Plays and likes only where both are known: the per-video series all cover the same videos.
        case when plays_d > 0 and likes_d is not null then ln(plays_d) end as log_plays,
        case when plays_d > 0 then ln(likes_d + 0.5) end as log_likes,
        case when plays_d > 0 then ln((likes_d + 0.5) / plays_d) end as log_likes_per_play,
        case when likes_d >= 1 then ln((comments_d + 0.5) / likes_d) end as log_comments_per_like,
        case when likes_d >= 1 then ln((shares_saves_d + 0.5) / likes_d) end as log_shares_saves_per_like
    from counts
)

select * from final
