-- Audience quality by follower tier: each creator's latest sample (audience_quality, comment_quality), its tier as
-- the cohort tables have it (cohort_creator_metrics; 'unknown' for a creator sampled but not benchmarked). The
-- suspicious share's percentiles per tier are a box's (p10-p90), medians of the other shares beside them.
with latest as (
    select * from audience_quality where is_latest and suspicious_share is not null
    qualify row_number() over (partition by username order by sampled_at desc, provider) = 1
),

tiers as (
    select username, any_value(follower_tier) as follower_tier from cohort_creator_metrics group by username
),

joined as (
    select
        coalesce(tiers.follower_tier, 'unknown') as cohort,
        latest.suspicious_share,
        latest.inactive_share,
        comments.coordinated_share
    from latest
    left join tiers using (username)
    left join comment_quality as comments using (run_id, username, provider)
),

final as (
    select
        cohort,
        count(*)::INTEGER as creators,
        count(suspicious_share)::INTEGER as values_n,
        quantile_cont(suspicious_share, 0.1) as p10,
        quantile_cont(suspicious_share, 0.25) as p25,
        quantile_cont(suspicious_share, 0.5) as p50,
        quantile_cont(suspicious_share, 0.75) as p75,
        quantile_cont(suspicious_share, 0.9) as p90,
        median(inactive_share) as median_inactive_share,
        median(coordinated_share) as median_coordinated_share,
        count(*) filter (where suspicious_share >= $flag_from)::INTEGER as creators_over_flag
    from joined
    group by cohort
)

select * from final
