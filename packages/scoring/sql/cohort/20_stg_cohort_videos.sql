-- The videos each benchmarked creator is measured on: the first 30 of the scored snapshot's feed, as seed-v1
-- scores them. Counts stay NULL when unknown (no 0 is made up); a video's engagements (likes + comments +
-- shares) are then unknown too and it drops out of the engagement averages.
with benchmarked as (
    select username, provider, snapshot_at from stg_cohort_creators
),

source as (
    select * from videos
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
        source.likes + source.comments + source.shares as engagements
    from source
    inner join benchmarked using (username, provider, snapshot_at)
    where source.feed_position <= 30
)

select * from final
