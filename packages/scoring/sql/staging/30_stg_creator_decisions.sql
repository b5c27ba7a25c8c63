-- The one outcome each creator is judged on, one row per creator: its latest decision. Skips (`skipped_fresh`),
-- budget stops and creators never reached decided nothing and are ignored. A transient failure (timeout, rate limit,
-- captcha...) says nothing about the account, so it is chosen only when the creator has no snapshot or account fact
-- at all: a creator fetched yesterday and timing out today keeps yesterday's snapshot. Not "the latest snapshot":
-- seed-v1 and cohort-v1 both judge this snapshot, and check (src/seed-v1/check-creator.ts) reads it too, so check and
-- score never judge different snapshots.
-- reads: creator_outcomes
with source as (
    select * from creator_outcomes
),

decided as (
    select
        username,
        provider,
        run_id,
        outcome,
        detail,
        snapshot_at,
        decided_at,
        outcome in ('ok', 'partial', 'private', 'not_found', 'unavailable', 'region_locked') as is_account_fact
    from source
    where outcome not in ('skipped_fresh', 'not_attempted', 'budget_exhausted')
),

final as (
    select * exclude (is_account_fact)
    from decided
    qualify row_number() over (partition by username order by is_account_fact desc, decided_at desc, run_id desc) = 1
)

select * from final
