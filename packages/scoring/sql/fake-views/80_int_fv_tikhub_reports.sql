-- TikHub's own analyses (landed by `detect-fake-views --provider tikhub`), each attached to one snapshot of the
-- video: the latest snapshot taken at or before the fetch, else the earliest after it. A snapshot keeps the
-- latest successful report per content category. Columns are prefixed `tikhub_` to sit beside ours.
-- reads: tikhub_fake_view_reports, stg_videos
with reports as (
    select * from tikhub_fake_view_reports where outcome = 'ok'
),

snapshots as (
    select distinct provider, username, snapshot_at, video_id from stg_videos
),

paired as (
    select
        r.*,
        s.provider,
        s.username,
        s.snapshot_at,
        row_number() over (
            partition by r.run_id, r.item_id, r.content_category, r.fetched_at
            order by s.snapshot_at <= r.fetched_at desc, abs(date_diff('second', s.snapshot_at, r.fetched_at)), s.provider
        ) as nearness
    from reports as r
    inner join snapshots as s on s.video_id = r.item_id
),

final as (
    select
        provider,
        username,
        snapshot_at,
        item_id as video_id,
        content_category,
        fetched_at as tikhub_fetched_at,
        total_views as tikhub_total_views,
        fake_score as tikhub_fake_score,
        confidence_level as tikhub_confidence_level,
        is_suspicious as tikhub_is_suspicious,
        estimated_fake_views as tikhub_estimated_fake_views,
        fake_view_percentage as tikhub_fake_view_percentage,
        estimated_organic_views as tikhub_estimated_organic_views,
        main_detection_reason as tikhub_main_detection_reason,
        current_tier as tikhub_current_tier,
        expected_tier as tikhub_expected_tier,
        trust_score as tikhub_trust_score,
        engagement_score as tikhub_engagement_score,
        distribution_score as tikhub_distribution_score,
        consistency_score as tikhub_consistency_score,
        creator_credibility_score as tikhub_creator_credibility_score,
        content_authenticity_score as tikhub_content_authenticity_score,
        follower_correlation_score as tikhub_follower_correlation_score,
        racing_mechanism_score as tikhub_racing_mechanism_score,
        fan_growth_score as tikhub_fan_growth_score,
        action as tikhub_action,
        risk_level as tikhub_risk_level,
        request_key as tikhub_request_key
    from paired
    where nearness = 1
    qualify row_number() over (partition by provider, username, snapshot_at, item_id, content_category order by fetched_at desc) = 1
)

select * from final
