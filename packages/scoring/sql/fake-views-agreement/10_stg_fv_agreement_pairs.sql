-- The video snapshots that both analyses scored under the table's content category: ours (a fake_score) and
-- TikHub's (a report attached to that snapshot). Scores get mid-ranks (ties share the mean of their ranks) for
-- Spearman's correlation.
-- reads: video_fake_view_scores
with source as (
    select * from video_fake_view_scores where fake_score is not null and tikhub_fake_score is not null
),

final as (
    select
        *,
        rank() over (order by fake_score) + (count(*) over (partition by fake_score) - 1) / 2.0 as our_rank,
        rank() over (order by tikhub_fake_score) + (count(*) over (partition by tikhub_fake_score) - 1) / 2.0 as their_rank
    from source
)

select * from final
