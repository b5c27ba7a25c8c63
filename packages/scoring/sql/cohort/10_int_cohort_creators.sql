-- The creators benchmarked: seed-v1's verdicts for creators whose judged outcome was ok or partial, each with the
-- profile of the snapshot seed-v1 scored (its latest real decision), so metrics and risk score describe the same
-- moment, and that snapshot's `follower_tier` as staged (stg_creators: the one tier definition, sub-nano and
-- unknown included). Every VARCHAR and BOOLEAN column here is a cohort `--by` can name.
-- reads: creator_scores, stg_creators
with scores as (
    select * from creator_scores
    where ruleset = 'seed-v1' and status in ('ok', 'partial')
),

profiles as (
    select * from stg_creators
),

final as (
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
        profiles.private_account,
        profiles.follower_tier
    from scores
    inner join profiles using (username, snapshot_at, provider)
)

select * from final
