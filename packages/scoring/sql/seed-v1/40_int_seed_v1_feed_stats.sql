-- Per video snapshot, the exact aggregates the consistency and engagement checks need, in one pass.
-- Sums are HUGEINT (30 counts of up to 2^53 overflow a double's exact range); likes' sum of squares feeds the
-- exact sample variance. The median interpolates as lo + (hi - lo) * 0.5, which rounds once: Python's (a + b) / 2.
-- Snapshots are aggregated first and matched to the decided ones after (int_seed_v1_checks joins them): one
-- hash aggregate instead of a join over every video. Snapshots older than the oldest one any ok/partial outcome
-- points to cannot be decided, and are skipped before aggregating (their row groups pruned by min/max).
-- reads: creator_outcomes, int_seed_v1_feed
with scored_since as (
    select min(snapshot_at) as since
    from creator_outcomes
    where outcome in ('ok', 'partial')
),

feed as (
    select *
    from int_seed_v1_feed
    where snapshot_at >= (select since from scored_since)
),

per_snapshot as (
    select
        username,
        snapshot_at,
        provider,
        count(*)::INTEGER as videos_scored,
        sum(likes)::HUGEINT as likes_sum,
        sum(plays)::HUGEINT as plays_sum,
        sum(likes::HUGEINT * likes) as likes_sum_of_squares,
        list(plays) as plays,
        -- The seed flags the first video in feed order whose comments are under 0.5% of its likes.
        arg_min(likes, feed_position) filter (where likes > 1000 and comments::DOUBLE < likes::DOUBLE * 0.005::DOUBLE)
            as low_comment_video_likes,
        flatten(list(unreadable order by feed_position) filter (where len(unreadable) > 0)) as unreadable
    from feed
    group by all
),

-- The median and maximum over the list the spike count needs anyway: at a million snapshots, a median
-- aggregate's per-group state costs about twice the list's (same median function, same interpolation).
list_stats as (
    select
        *,
        list_median(plays) as median_plays,
        list_max(plays) as max_plays
    from per_snapshot
),

final as (
    select
        * exclude (plays, max_plays),
        -- Counts are at most 2^53 - 1, so comparing with the double `median * 10` decides as Python's exact
        -- int/float comparison does: the product is either exact or above every count. Most feeds have no
        -- spike at all (their largest count is under the line), and skip the per-video lambda.
        case when max_plays::DOUBLE <= median_plays * 10::DOUBLE then 0
             else len(list_filter(plays, lambda p: p::DOUBLE > median_plays * 10::DOUBLE)) end::INTEGER as play_spikes
    from list_stats
)

select * from final
