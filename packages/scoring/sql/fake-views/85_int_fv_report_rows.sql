-- Ours and TikHub's side by side: every video snapshot under the run's content category, with TikHub's columns
-- where a report for that category is attached to the snapshot (NULL elsewhere).
-- reads: int_fv_scores, int_fv_tikhub_reports
with ours as (
    select * from int_fv_scores
),

theirs as (
    select * from int_fv_tikhub_reports
),

final as (
    select
        o.*,
        t.* exclude (provider, username, snapshot_at, video_id, content_category)
    from ours as o
    left join theirs as t using (provider, username, snapshot_at, video_id, content_category)
)

select * from final
