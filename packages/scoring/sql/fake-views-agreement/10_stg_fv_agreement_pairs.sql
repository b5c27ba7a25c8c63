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
        mid_rank(fake_score) as our_rank,
        mid_rank(tikhub_fake_score) as their_rank
    from source
)

select * from final
