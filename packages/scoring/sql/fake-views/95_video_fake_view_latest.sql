-- Each video at its latest scored snapshot in video_fake_view_scores, across providers (ties: by provider name):
-- what `detect-fake-views --video`, its batch summary and --json, TikHub's re-read reports and the creator report
-- show for a video.
-- reads: video_fake_view_scores
with source as (
    select * from video_fake_view_scores
),

final as (
    select *
    from source
    qualify row_number() over (partition by video_id order by snapshot_at desc, provider) = 1
)

select * from final
