-- materialized: table
-- campaign_daily: one row per hashtag per provider per UTC day with a snapshot, read off the day's last snapshot.
-- New videos and creators are those first seen that day; play growth is against the previous day with a snapshot,
-- and per day divides by the calendar days between the two (a campaign scanned every other day still compares).
-- reads: campaign_summary, campaign_videos
with summary as (
    select * from campaign_summary
),

videos as (
    select * from campaign_videos
),

last_of_day as (
    select *, snapshot_at::DATE as day
    from summary
    qualify row_number() over (partition by hashtag, provider, snapshot_at::DATE order by snapshot_at desc) = 1
),

new_by_day as (
    select
        hashtag,
        provider,
        snapshot_at::DATE as day,
        count(distinct video_id) filter (where is_new_video)::BIGINT as new_videos,
        count(distinct author) filter (where is_new_creator)::BIGINT as new_creators
    from videos
    group by all
),

growth as (
    select
        last_of_day.hashtag,
        last_of_day.provider,
        last_of_day.day,
        last_of_day.snapshot_at,
        last_of_day.total_videos,
        last_of_day.unique_creators,
        last_of_day.total_plays,
        coalesce(new_by_day.new_videos, 0) as new_videos,
        coalesce(new_by_day.new_creators, 0) as new_creators,
        last_of_day.total_plays - lag(last_of_day.total_plays) over campaign as plays_growth,
        date_diff('day', lag(last_of_day.day) over campaign, last_of_day.day) as days_since_previous
    from last_of_day
    left join new_by_day using (hashtag, provider, day)
    window campaign as (partition by last_of_day.hashtag, last_of_day.provider order by last_of_day.day)
),

final as (
    select
        *,
        plays_growth::DOUBLE / nullif(days_since_previous, 0)::DOUBLE as plays_growth_per_day
    from growth
)

select * from final
