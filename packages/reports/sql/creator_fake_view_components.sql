-- One creator's fake-view components from video_fake_view_scores (detect-fake-views): each video at its latest
-- snapshot (video_fake_view_latest), each component's mean over the videos where it could be computed, and, where
-- it never could, the most frequent reason code. Eight rows, in TikHub's component order.
with latest as (
    select * from video_fake_view_latest where username = $username
),

long as (
    select
        content_category,
        unnest(
            fake_view_components(
                {'score': engagement_score, 'missing': engagement_missing},
                {'score': distribution_score, 'missing': distribution_missing},
                {'score': consistency_score, 'missing': consistency_missing},
                {'score': creator_credibility_score, 'missing': creator_credibility_missing},
                {'score': content_authenticity_score, 'missing': content_authenticity_missing},
                {'score': follower_correlation_score, 'missing': follower_correlation_missing},
                {'score': racing_mechanism_score, 'missing': racing_mechanism_missing},
                {'score': fan_growth_score, 'missing': fan_growth_missing}
            ),
            recursive := true
        )
    from latest
),

final as (
    select
        component,
        avg(score) as score,
        count(score)::INTEGER as videos_scored,
        count(*)::INTEGER as videos,
        case when count(score) = 0 then mode(missing) end as reason_code,
        any_value(content_category) as content_category
    from long
    group by component
    order by min(position)
)

select * from final
