-- materialized: table
-- The metrics in long form, one row per cohort kind x creator x metric, with the reason a value is missing.
-- A table: the benchmarks and positions read it four times.
-- reads: cohort_creator_metrics, int_cohort_members
with metrics as (
    select * from cohort_creator_metrics
),

members as (
    select * from int_cohort_members
),

long as (
    select
        username,
        unnest([
            {'metric': 'engagement_rate_followers', 'value': engagement_rate_followers, 'value_missing': engagement_rate_followers_missing},
            {'metric': 'engagement_rate_views', 'value': engagement_rate_views, 'value_missing': engagement_rate_views_missing},
            {'metric': 'likes_per_follower', 'value': likes_per_follower, 'value_missing': likes_per_follower_missing},
            {'metric': 'comments_per_like', 'value': comments_per_like, 'value_missing': comments_per_like_missing},
            {'metric': 'follow_ratio', 'value': follow_ratio, 'value_missing': follow_ratio_missing},
            {'metric': 'risk_score', 'value': risk_score, 'value_missing': risk_score_missing}
        ], recursive := true)
    from metrics
),

final as (
    select members.cohort_kind, members.cohort_value, long.username, long.metric, long.value, long.value_missing
    from long
    inner join members using (username)
)

select * from final
