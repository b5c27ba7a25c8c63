-- Per scored snapshot, the exact aggregates the consistency and engagement checks need, in one pass.
-- Sums are HUGEINT (30 counts of up to 2^53 overflow a double's exact range); likes' sum of squares feeds the
-- exact sample variance. `median` interpolates as lo + (hi - lo) * 0.5, which rounds once: Python's (a + b) / 2.
with scored as (
    select username, snapshot_at, provider
    from stg_seed_v1_decisions
    where outcome in ('ok', 'partial')
),

feed as (
    select videos.*
    from stg_seed_v1_videos as videos
    inner join scored using (username, snapshot_at, provider)
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
        median(plays) as median_plays,
        list(plays) as plays,
        -- The seed flags the first video in feed order whose comments are under 0.5% of its likes.
        arg_min(likes, feed_position) filter (where likes > 1000 and comments::DOUBLE < likes::DOUBLE * 0.005::DOUBLE)
            as low_comment_video_likes
    from feed
    group by all
),

final as (
    select
        * exclude (plays),
        -- Counts are at most 2^53 - 1, so comparing with the double `median * 10` decides as Python's exact
        -- int/float comparison does: the product is either exact or above every count.
        len(list_filter(plays, lambda p: p::DOUBLE > median_plays * 10::DOUBLE))::INTEGER as play_spikes
    from per_snapshot
)

select * from final
