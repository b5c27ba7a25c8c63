-- EVALUATION ONLY: the one place where our fake-view scores meet the simulator's ground truth. The analysis
-- (sql/fake-views) never reads these labels; this joins its finished table to them afterwards.
-- A scored video snapshot pairs with the label the simulator wrote for that video at that very instant
-- (labels are recomputed at each snapshot time, so `labelled_at = snapshot_at`), and with its creator's label.
-- Labelled videos come from the simulator's ingests (provider `synthetic`) and from ingest's synthesize (`synthesized`).
-- reads: video_fake_view_scores, sim_video_labels, sim_creator_labels
with scores as (
    select * from video_fake_view_scores where provider in ('synthetic', 'synthesized')
),

video_labels as (
    select * from sim_video_labels
),

creator_labels as (
    select * from sim_creator_labels
),

final as (
    select
        s.video_id,
        s.username,
        s.snapshot_at,
        s.content_category,
        s.plays,
        s.fake_score,
        s.is_suspicious,
        s.confidence_level,
        s.estimated_fake_share,
        s.estimated_fake_views,
        v.seed,
        v.fake_plays as planted_fake_plays,
        v.fake_share as planted_fake_share,
        c.archetype,
        c.is_fraud as creator_is_fraud
    from scores as s
    inner join video_labels as v on v.video_id = s.video_id and v.labelled_at = s.snapshot_at
    left join creator_labels as c on c.seed = v.seed and c.username = s.username and c.labelled_at = s.snapshot_at
)

select * from final
