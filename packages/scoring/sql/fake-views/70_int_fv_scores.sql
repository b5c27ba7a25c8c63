-- fake_score: the weighted mean of the component scores that are present, the weights renormalised over them
-- (a missing component is left out, never counted as 0). The weights (sql/shared/fake_view_components.sql) favour
-- the direct evidence of bought views (engagement that did not come with them, jumps between snapshots, reach
-- beyond the cohort) over context (the account, its follower growth). A video needs at least one video-level
-- component and a view count.
-- Levels: Minimal < 10 <= Low < 25 <= Medium < 45 <= High; Medium and High are suspicious.
-- main_component: the component with the largest weighted contribution (ties: by name), if any is above 0.
-- reads: int_fv_components
with components as (
    select
        *,
        fake_view_components(
            engagement_score, distribution_score, consistency_score, creator_credibility_score,
            content_authenticity_score, follower_correlation_score, racing_mechanism_score, fan_growth_score
        ) as component_list
    from int_fv_components
),

-- Sums in the components' order, from 0: the same additions, in the same order, as writing them out.
weighted as (
    select
        *,
        list_sum([coalesce(c.weight * c.value, 0) for c in component_list]) as weighted_sum,
        coalesce(list_sum([c.weight for c in component_list if c.level = 'video' and c.value is not null]), 0) as video_weight,
        coalesce(list_sum([c.weight for c in component_list if c.level = 'creator' and c.value is not null]), 0) as creator_weight
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
        * exclude (component_list),
        case
            when fake_score is null then null
            when fake_score < 10 then 'Minimal'
            when fake_score < 25 then 'Low'
            when fake_score < 45 then 'Medium'
            else 'High'
        end as confidence_level,
        fake_score >= 25 as is_suspicious,
        list_sort(
            [{'contribution': c.weight * c.value, 'component': c.component} for c in component_list if c.weight * c.value > 0],
            'DESC'
        )[1].component as main_component
    from combined
)

select * from final
