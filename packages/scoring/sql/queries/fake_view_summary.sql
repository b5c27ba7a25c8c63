-- What the fake-view batch found, over each video's latest snapshot: videos per confidence level, or per reason
-- when the video has no fake score (`unscored:<code>`), with how many are suspicious and have TikHub's analysis beside.
with latest as (
    select * from video_fake_view_latest
),

final as (
    select
        coalesce(confidence_level, 'unscored:' || fake_score_missing) as bucket,
        count(*)::INTEGER as n,
        count(*) filter (where is_suspicious)::INTEGER as suspicious,
        count(*) filter (where tikhub_fake_score is not null)::INTEGER as with_tikhub
    from latest
    group by all
)

select * from final
