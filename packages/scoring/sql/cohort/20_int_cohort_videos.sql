-- The videos each benchmarked creator is measured on: the page of the scored snapshot's feed seed-v1 scores
-- (on_scored_page). Counts stay NULL when unknown (no 0 is made up); a video's engagements (likes + comments +
-- shares, as staged) are then unknown too and it drops out of the engagement averages.
-- reads: int_cohort_creators, stg_videos
with benchmarked as (
    select username, provider, snapshot_at from int_cohort_creators
),

source as (
    select * from stg_videos
),

final as (
    select
        source.username,
        source.provider,
        source.snapshot_at,
        source.feed_position,
        source.plays,
        source.likes,
        source.comments,
        source.shares,
        source.engagements
    from source
    inner join benchmarked using (username, provider, snapshot_at)
    where on_scored_page(source.feed_position)
)

select * from final
