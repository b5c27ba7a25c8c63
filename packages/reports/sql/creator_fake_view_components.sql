-- One creator's fake-view components from video_fake_view_scores (detect-fake-views): each video at its latest
-- snapshot, each component's mean over the videos where it could be computed, and, where it never could, the
-- most frequent reason code. Eight rows, in the seed's component order.
with latest as (
    select * from video_fake_view_scores
    where username = $username
    qualify row_number() over (partition by video_id order by snapshot_at desc, provider) = 1
),

long as (
    select
        content_category,
        unnest([
            {'component': 'engagement_score', 'score': engagement_score, 'missing': engagement_missing},
            {'component': 'distribution_score', 'score': distribution_score, 'missing': distribution_missing},
            {'component': 'consistency_score', 'score': consistency_score, 'missing': consistency_missing},
            {'component': 'creator_credibility_score', 'score': creator_credibility_score, 'missing': creator_credibility_missing},
            {'component': 'content_authenticity_score', 'score': content_authenticity_score, 'missing': content_authenticity_missing},
            {'component': 'follower_correlation_score', 'score': follower_correlation_score, 'missing': follower_correlation_missing},
            {'component': 'racing_mechanism_score', 'score': racing_mechanism_score, 'missing': racing_mechanism_missing},
            {'component': 'fan_growth_score', 'score': fan_growth_score, 'missing': fan_growth_missing}
        ], recursive := true)
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
    order by list_position(
        ['engagement_score', 'distribution_score', 'consistency_score', 'creator_credibility_score',
         'content_authenticity_score', 'follower_correlation_score', 'racing_mechanism_score', 'fan_growth_score'],
        component
    )
)

select * from final
