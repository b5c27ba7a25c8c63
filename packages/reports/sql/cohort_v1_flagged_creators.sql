-- cohort-v1's MEDIUM and HIGH RISK creators among the benchmarked, the $limit most probable first (then by
-- username): the probability, the pattern, the heaviest reason in words, and seed-v1's verdict beside; with how
-- many creators that leaves out. The full list is creator_scores.
with benchmarked as (
    select username, follower_tier, followers from cohort_creator_metrics
),

cohort_v1 as (
    select * from creator_scores where ruleset = 'cohort-v1' and verdict in ('MEDIUM RISK', 'HIGH RISK')
),

seed_v1 as (
    select username, verdict from creator_scores where ruleset = 'seed-v1'
),

joined as (
    select
        cohort_v1.username,
        benchmarked.follower_tier as tier,
        benchmarked.followers::DOUBLE as followers,
        cohort_v1.verdict,
        cohort_v1.fraud_probability,
        cohort_v1.fraud_pattern,
        cohort_v1.reasons[1].text as top_reason,
        seed_v1.verdict as seed_v1_verdict
    from cohort_v1
    inner join benchmarked using (username)
    left join seed_v1 using (username)
),

final as (
    select *, (count(*) over ())::INTEGER as flagged_total
    from joined
    order by fraud_probability desc, username
    limit $limit
)

select * from final
