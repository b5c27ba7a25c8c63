-- Verdicts by follower tier under each ruleset, cohort-v1 beside seed-v1: the benchmarked creators counted per tier,
-- ruleset and verdict ('no verdict' where a ruleset gave none: cohort-v1's insufficient data). At most 7 tiers x 2
-- rulesets x 4 verdicts, whatever the cohort's size.
with benchmarked as (
    select username, follower_tier from cohort_creator_metrics
),

scores as (
    select username, ruleset, verdict from creator_scores where ruleset in ('seed-v1', 'cohort-v1')
),

final as (
    select
        benchmarked.follower_tier as tier,
        scores.ruleset,
        coalesce(scores.verdict, 'no verdict') as verdict,
        count(*)::INTEGER as creators
    from benchmarked
    inner join scores using (username)
    group by all
    order by all
)

select * from final
