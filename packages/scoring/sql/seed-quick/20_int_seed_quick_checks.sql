-- The seed's quick check ("Exemple Python" in seed 000) for every decided creator: the average likes of the
-- first 20 videos over followers, HIGH RISK under 0.5%, MEDIUM RISK under 1.0%, LOW RISK otherwise. The average
-- is Python's int / int (true_divide: rounded once), the ratio `(avg_likes / followers) * 100` in doubles as the
-- seed computes it. Where we part from the seed (scoring README, "seed-quick"):
--   * 0 followers: the Python divides by zero and prints nothing (the JavaScript divides by 1 and prints a
--     ratio 100 times the average likes); no verdict, status `no_followers`.
--   * followers unknown: the Python defaults to 1 (the same made-up ratio); no verdict, `followers_unknown`.
--   * a count the vendor sent that we could not read (negative, wrapped, past 2^53): no verdict,
--     `unreadable_counts`, the detail naming each one. A like count the vendor left out is the seed's 0.
--   * the JavaScript prints MED; we follow the Python's MEDIUM, the word every other ruleset uses.
-- A creator without videos averages 0 likes, as the seed's `max(len(videos), 1)` makes it: HIGH RISK, rule
-- `no_videos`.
-- reads: stg_creator_decisions, stg_creators, int_seed_quick_feed
with decisions as (
    select * from stg_creator_decisions
),

profiles as (
    select username, snapshot_at, provider, followers, count_problems from stg_creators
),

feed as (
    select * from int_seed_quick_feed
),

joined as (
    select
        decisions.username,
        decisions.provider,
        decisions.run_id,
        decisions.snapshot_at,
        decisions.outcome,
        decisions.detail,
        profiles.username is not null as has_profile,
        profiles.followers,
        coalesce(feed.videos_scored, 0) as n,
        coalesce(feed.likes_sum, 0) as likes_sum,
        unreadable_counts(profiles.count_problems, ['followers']) || coalesce(feed.unreadable, []) as unreadable
    from decisions
    left join profiles using (username, snapshot_at, provider)
    left join feed using (username, snapshot_at, provider)
),

status as (
    select
        *,
        case
            when outcome in ('ok', 'partial') and not has_profile then 'snapshot_missing'
            when outcome in ('ok', 'partial') and len(unreadable) > 0 then 'unreadable_counts'
            when outcome in ('ok', 'partial') and followers is null then 'followers_unknown'
            when outcome in ('ok', 'partial') and followers = 0 then 'no_followers'
            when outcome in ('ok', 'partial') then outcome
            when outcome in ('private', 'not_found', 'unavailable', 'region_locked') then outcome
            else 'fetch_failed'
        end as status
    from joined
),

figures as (
    select
        *,
        status in ('ok', 'partial') as scored,
        (true_divide(likes_sum, greatest(n, 1)) / followers::DOUBLE) * 100::DOUBLE as likes_to_followers
    from status
),

verdicts as (
    select
        *,
        case
            when not scored then null
            when likes_to_followers < 0.5::DOUBLE then 'HIGH RISK'
            when likes_to_followers < 1.0::DOUBLE then 'MEDIUM RISK'
            else 'LOW RISK'
        end as verdict,
        case
            when not scored then null
            when n = 0 then 'no_videos'
            when likes_to_followers < 0.5::DOUBLE then 'like_ratio_under_0_5_pct'
            when likes_to_followers < 1.0::DOUBLE then 'like_ratio_under_1_pct'
            else 'like_ratio_at_least_1_pct'
        end as rule,
        -- The seed's words, printed from the exact binary value with ties to even as Python's format does.
        case when scored then format('like ratio: {:.2f}%, {:,} followers', likes_to_followers, followers) end as flag
    from figures
),

final as (
    select
        username,
        status,
        case
            when status = 'fetch_failed' then outcome || coalesce(': ' || detail, '')
            when status = 'unreadable_counts' then array_to_string(unreadable, '; ')
            else detail
        end as status_detail,
        provider,
        run_id,
        snapshot_at,
        followers,
        case when scored then n end::INTEGER as videos_scored,
        case when scored then likes_to_followers end as likes_to_followers,
        verdict,
        case when scored then [flag] end as flags,
        -- No points: the band of one ratio decides. The rule says which band, the flag the seed's own line.
        case when scored then [{'component': 'engagement', 'rule': rule, 'points': null::INTEGER, 'flag': flag}] end as rules
    from verdicts
)

select * from final
