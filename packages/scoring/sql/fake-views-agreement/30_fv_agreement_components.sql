-- Per component, over the pairs where both analyses have that component: Pearson correlation and mean absolute
-- difference (0-100 points). Our components are built from our own inputs, so a low correlation says the two
-- measure different things, not that either is wrong.
-- reads: stg_fv_agreement_pairs
with pairs as (
    select * from stg_fv_agreement_pairs
),

long as (
    select unnest(
        fake_view_components(
            {'ours': engagement_score, 'theirs': tikhub_engagement_score},
            {'ours': distribution_score, 'theirs': tikhub_distribution_score},
            {'ours': consistency_score, 'theirs': tikhub_consistency_score},
            {'ours': creator_credibility_score, 'theirs': tikhub_creator_credibility_score},
            {'ours': content_authenticity_score, 'theirs': tikhub_content_authenticity_score},
            {'ours': follower_correlation_score, 'theirs': tikhub_follower_correlation_score},
            {'ours': racing_mechanism_score, 'theirs': tikhub_racing_mechanism_score},
            {'ours': fan_growth_score, 'theirs': tikhub_fan_growth_score}
        ),
        recursive := true
    )
    from pairs
),

final as (
    select
        component,
        count(*) filter (where ours is not null and theirs is not null)::INTEGER as pairs,
        -- NaN when a side does not vary: no correlation to speak of
        nullif(corr(ours, theirs), 'NaN'::DOUBLE) as pearson,
        avg(abs(ours - theirs)) as mean_abs_diff
    from long
    group by component
)

select * from final
