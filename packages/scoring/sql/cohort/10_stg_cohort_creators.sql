-- The creators benchmarked: seed-v1's verdicts for creators whose judged outcome was ok or partial, each with the
-- profile of the snapshot seed-v1 scored (its latest), so metrics and risk score describe the same moment.
-- Follower tiers are HypeAuditor's (nano 1-10K, micro 10-100K, mid 100-500K, macro 500K-1M, mega 1M+), plus
-- `sub-nano` below 1K: an account of 200 followers engages unlike a 5K one and would skew the nano norm.
-- `unknown` when the follower count is. Every VARCHAR and BOOLEAN column here is a cohort `--by` can name.
with scores as (
    select * from creator_scores
    where ruleset = 'seed-v1' and status in ('ok', 'partial')
),

profiles as (
    select * from creators
),

joined as (
    select
        scores.username,
        scores.provider,
        scores.snapshot_at,
        scores.status,
        scores.verdict,
        scores.total_risk_score,
        profiles.followers,
        profiles.following,
        profiles.verified,
        profiles.private_account
    from scores
    inner join profiles using (username, snapshot_at, provider)
),

final as (
    select
        *,
        case
            when followers is null then 'unknown'
            when followers < 1000 then 'sub-nano'
            when followers < 10000 then 'nano'
            when followers < 100000 then 'micro'
            when followers < 500000 then 'mid'
            when followers < 1000000 then 'macro'
            else 'mega'
        end as follower_tier
    from joined
)

select * from final
