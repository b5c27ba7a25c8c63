-- fake_score: the weighted mean of the component scores that are present, the weights renormalised over them
-- (a missing component is left out, never counted as 0). Weights favour the direct evidence of bought views
-- (engagement that did not come with them, jumps between snapshots, reach beyond the cohort) over context
-- (the account, its follower growth). A video needs at least one video-level component and a view count.
-- Levels: Minimal < 10 <= Low < 25 <= Medium < 45 <= High; Medium and High are suspicious.
-- main_component: the component with the largest weighted contribution (ties: by name), if any is above 0.
-- reads: int_fv_components
with components as (
    select * from int_fv_components
),

weighted as (
    select
        *,
        coalesce(0.30 * engagement_score, 0) + coalesce(0.05 * distribution_score, 0)
            + coalesce(0.20 * consistency_score, 0) + coalesce(0.075 * creator_credibility_score, 0)
            + coalesce(0.10 * content_authenticity_score, 0) + coalesce(0.10 * follower_correlation_score, 0)
            + coalesce(0.10 * racing_mechanism_score, 0) + coalesce(0.075 * fan_growth_score, 0) as weighted_sum,
        (case when engagement_score is not null then 0.30 else 0 end)
            + (case when distribution_score is not null then 0.05 else 0 end)
            + (case when consistency_score is not null then 0.20 else 0 end)
            + (case when content_authenticity_score is not null then 0.10 else 0 end)
            + (case when follower_correlation_score is not null then 0.10 else 0 end)
            + (case when racing_mechanism_score is not null then 0.10 else 0 end) as video_weight,
        (case when creator_credibility_score is not null then 0.075 else 0 end)
            + (case when fan_growth_score is not null then 0.075 else 0 end) as creator_weight
    from components
),

combined as (
    select
        *,
        video_weight + creator_weight as weight_present,
        case when plays is not null and video_weight > 0 then weighted_sum / (video_weight + creator_weight) end as fake_score,
        case
            when plays is null then 'views_unknown'
            when video_weight = 0 then 'no_video_evidence'
        end as fake_score_missing
    from weighted
),

final as (
    select
        *,
        case
            when fake_score is null then null
            when fake_score < 10 then 'Minimal'
            when fake_score < 25 then 'Low'
            when fake_score < 45 then 'Medium'
            else 'High'
        end as confidence_level,
        fake_score >= 25 as is_suspicious,
        list_sort(
            list_filter(
                [
                    {'contribution': 0.30 * engagement_score, 'component': 'engagement_score'},
                    {'contribution': 0.05 * distribution_score, 'component': 'distribution_score'},
                    {'contribution': 0.20 * consistency_score, 'component': 'consistency_score'},
                    {'contribution': 0.075 * creator_credibility_score, 'component': 'creator_credibility_score'},
                    {'contribution': 0.10 * content_authenticity_score, 'component': 'content_authenticity_score'},
                    {'contribution': 0.10 * follower_correlation_score, 'component': 'follower_correlation_score'},
                    {'contribution': 0.10 * racing_mechanism_score, 'component': 'racing_mechanism_score'},
                    {'contribution': 0.075 * fan_growth_score, 'component': 'fan_growth_score'}
                ],
                c -> c.contribution > 0
            ),
            'DESC'
        )[1].component as main_component
    from combined
)

select * from final
