-- materialized: table
-- One row per video per snapshot (per provider), scored under the run's content category (the one row left in
-- stg_fv_content_categories), with TikHub's analysis beside ours where one was fetched for that category. The
-- per-video report (TikHub's response shape) is assembled from one row of this table
-- (src/fake-views/assemble-report.ts). Columns: see the scoring README, "video_fake_view_scores".
-- reads: int_fv_report_rows
with source as (
    select * from int_fv_report_rows
),

final as (
    select
        -- which video, when, scored how
        video_id, username, provider, snapshot_at, content_category,
        -- the video and its creator as they stood at the snapshot
        plays, likes, comments, shares, saves, engagements,
        like_ratio, comment_ratio, favorite_ratio, share_ratio,
        account_age_days, followers, following, verified, follower_tier,
        -- the measured gaps each component reads (NULL: input or baseline missing)
        engagement_baseline, engagement_baseline_median, engagement_shortfall_z,
        creator_engagement_shortfall_z, cohort_engagement_shortfall_z,
        creator_plays_median, plays_z, cohort_reach_median, reach_z,
        cohort_likes_per_comment_median, likes_per_comment_z,
        prev_snapshot_at, prev_plays, new_views, new_engagements, new_view_engagement_drop, max_count_drop,
        prev_followers, follower_growth_per_day, days_since_prev_creator_snapshot,
        like_ratio_floor, comment_ratio_floor, favorite_ratio_floor, share_ratio_floor,
        -- the parts of the composite components
        account_age_risk, follow_back_risk, count_drop_risk, new_view_risk, follower_growth_risk, follower_loss_risk,
        -- the eight components, each with the reason it is NULL
        engagement_score, engagement_missing,
        distribution_score, distribution_missing,
        consistency_score, consistency_missing,
        creator_credibility_score, creator_credibility_missing,
        content_authenticity_score, content_authenticity_missing,
        follower_correlation_score, follower_correlation_missing,
        racing_mechanism_score, racing_mechanism_missing,
        fan_growth_score, fan_growth_missing,
        -- the verdict
        fake_score, fake_score_missing, confidence_level, is_suspicious, main_component,
        estimated_fake_share, estimated_fake_views, estimated_organic_views, current_tier, expected_tier,
        -- TikHub's analysis of the same snapshot, same category (NULL where none was fetched)
        tikhub_fetched_at, tikhub_total_views, tikhub_fake_score, tikhub_confidence_level, tikhub_is_suspicious,
        tikhub_estimated_fake_views, tikhub_fake_view_percentage, tikhub_estimated_organic_views,
        tikhub_main_detection_reason, tikhub_current_tier, tikhub_expected_tier, tikhub_trust_score,
        tikhub_engagement_score, tikhub_distribution_score, tikhub_consistency_score,
        tikhub_creator_credibility_score, tikhub_content_authenticity_score, tikhub_follower_correlation_score,
        tikhub_racing_mechanism_score, tikhub_fan_growth_score, tikhub_action, tikhub_risk_level, tikhub_request_key
    from source
)

select * from final
