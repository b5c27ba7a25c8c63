-- materialized: table
-- Every creator with its status, and for those with enough data their signals (log scale) with what a creator's
-- own few videos leave uncertain. Medians and quartiles over videos, never means that one viral video can drag.
-- Robust spread = interquartile range / 1.349 (the sigma of a normal with that IQR). Standard errors are the
-- textbook large-sample ones under normality: a median's 1.2533 sigma / sqrt(n), the log of an IQR's 1.166 /
-- sqrt(n). A signal its data cannot support is NULL (unknown), never 0, and gives no evidence.
-- reads: creator_outcomes, stg_cv1_assumptions, stg_cv1_creators, stg_cv1_videos
with creators as (
    select * from stg_cv1_creators
),

assumptions as (
    select * from stg_cv1_assumptions
),

-- Snapshots are aggregated first and matched to the judged ones after (one hash aggregate over the videos, no
-- join over every video); snapshots older than the oldest ok/partial outcome cannot be judged and are skipped.
judged_since as (
    select min(snapshot_at) as since from creator_outcomes where outcome in ('ok', 'partial')
),

per_video as (
    select
        username,
        snapshot_at,
        provider,
        count(log_likes_per_play)::INTEGER as videos_scored,
        count(log_comments_per_like)::INTEGER as videos_with_comments,
        count(log_shares_saves_per_like)::INTEGER as videos_with_shares,
        quantile_cont(log_plays, [0.25, 0.5, 0.75]) as plays_q,
        quantile_cont(log_likes, [0.25, 0.5, 0.75]) as likes_q,
        quantile_cont(log_likes_per_play, [0.25, 0.5, 0.75]) as like_rate_q,
        -- Comments and shares per like only need their median as a signal; their per-video spread only sets the
        -- cohort's typical sampling noise (a median over creators), so a plain standard deviation does, at a
        -- fraction of a quantile's cost.
        median(log_comments_per_like) as comment_rate_median,
        stddev_samp(log_comments_per_like) as comment_rate_sigma,
        median(log_shares_saves_per_like) as share_rate_median,
        stddev_samp(log_shares_saves_per_like) as share_rate_sigma,
        -- The like rates of the 5 most-played videos (view botting inflates plays, not likes).
        arg_max(log_likes_per_play, plays, 5) filter (where log_likes_per_play is not null) as top_like_rates
    from stg_cv1_videos
    where snapshot_at >= (select since from judged_since)
    group by all
),

joined as (
    select
        creators.*,
        coalesce(per_video.videos_scored, 0) as videos_scored,
        coalesce(per_video.videos_with_comments, 0) as videos_with_comments,
        coalesce(per_video.videos_with_shares, 0) as videos_with_shares,
        per_video.plays_q,
        per_video.likes_q,
        per_video.like_rate_q,
        per_video.comment_rate_median,
        per_video.comment_rate_sigma,
        per_video.share_rate_median,
        per_video.share_rate_sigma,
        per_video.top_like_rates
    from creators
    left join per_video using (username, snapshot_at, provider)
),

status as materialized (
    select
        joined.*,
        case
            when outcome in ('ok', 'partial') and has_profile then
                case
                    when followers is null or followers = 0 or videos_scored < assumptions.min_videos then 'insufficient_data'
                    else outcome
                end
            when outcome in ('ok', 'partial') then 'snapshot_missing'
            when outcome in ('private', 'not_found', 'unavailable', 'region_locked') then outcome
            else 'fetch_failed'
        end as status,
        case
            when not (outcome in ('ok', 'partial') and has_profile) then
                case when outcome not in ('ok', 'partial', 'private', 'not_found', 'unavailable', 'region_locked')
                     then outcome || coalesce(': ' || detail, '') else detail end
            when followers is null then 'follower count unknown'
            when followers = 0 then 'no followers: nothing to compare per follower'
            when videos_scored < assumptions.min_videos then format('{} video(s) with known plays and likes; {} needed', videos_scored, assumptions.min_videos)
        end as status_detail,
        -- Robust sigma of each per-video series (interquartile range / 1.349).
        (plays_q[3] - plays_q[1]) / 1.349 as plays_sigma,
        (likes_q[3] - likes_q[1]) / 1.349 as likes_sigma,
        (like_rate_q[3] - like_rate_q[1]) / 1.349 as like_rate_sigma,
        assumptions.min_videos,
        assumptions.min_videos_spread,
        assumptions.min_videos_gap,
        assumptions.spread_floor
    from joined cross join assumptions
),

-- Signals only for creators with enough data: the others keep their status and no figure. Beside each value: its
-- noise unit (how its standard error scales with the creator's video count) and the per-video spread it scales
-- (the cohort's typical spread is used, not the creator's own: fraud on some posts widens a creator's spread, and
-- must not hide behind it). Profile counts are exact (unit 0).
signals as (
    select
        username,
        -- reach: median plays per video over followers.
        plays_q[2] - ln(followers::DOUBLE) as reach,
        1.2533 / sqrt(videos_scored) as reach_unit,
        plays_sigma as reach_within,
        -- likes per play, median over videos.
        like_rate_q[2] as likes_per_play,
        1.2533 / sqrt(videos_scored) as likes_per_play_unit,
        like_rate_sigma as likes_per_play_within,
        case when videos_with_comments >= min_videos then comment_rate_median end as comments_per_like,
        1.2533 / sqrt(greatest(videos_with_comments, 1)) as comments_per_like_unit,
        comment_rate_sigma as comments_per_like_within,
        case when videos_with_shares >= min_videos then share_rate_median end as shares_saves_per_like,
        1.2533 / sqrt(greatest(videos_with_shares, 1)) as shares_saves_per_like_unit,
        share_rate_sigma as shares_saves_per_like_within,
        -- How much likes per play move from video to video (bought likes or botted plays on some posts).
        case when videos_scored >= min_videos_spread then ln(greatest(like_rate_sigma, spread_floor)) end as like_rate_spread,
        1.166 / sqrt(videos_scored) as like_rate_spread_unit,
        1.0 as like_rate_spread_within,
        -- Likes' spread over plays' spread: 1 when likes track plays; near 0 when bots top every video up to one count.
        case when videos_scored >= min_videos_spread and plays_sigma >= spread_floor
             then ln(greatest(likes_sigma, spread_floor) / plays_sigma) end as likes_uniformity,
        1.166 * sqrt(2.0 / videos_scored) as likes_uniformity_unit,
        1.0 as likes_uniformity_within,
        -- The most-played videos' like rate against the creator's own median (botted plays bring no likes).
        case when videos_scored >= min_videos_gap then list_median(top_like_rates) - like_rate_q[2] end as top_video_gap,
        1.2533 * sqrt(1.0 / greatest(len(top_like_rates), 1) + 1.0 / videos_scored) as top_video_gap_unit,
        like_rate_sigma as top_video_gap_within,
        case when following is not null then ln((following::DOUBLE + 1) / followers::DOUBLE) end as follow_ratio,
        0.0 as follow_ratio_unit,
        1.0 as follow_ratio_within,
        -- Lifetime likes per video per follower (TIDES's measure): followers who never liked anything pull it down.
        case when likes_received is not null and video_count > 0
             then ln(greatest(likes_received::DOUBLE, 0.5) / video_count::DOUBLE / followers::DOUBLE) end as hearts_per_follower,
        0.0 as hearts_per_follower_unit,
        1.0 as hearts_per_follower_within,
        -- Lifetime likes per video against the recent videos' median likes.
        case when likes_received is not null and video_count > 0
             then ln(greatest(likes_received::DOUBLE, 0.5) / video_count::DOUBLE) - likes_q[2] end as hearts_vs_videos,
        1.2533 / sqrt(videos_scored) as hearts_vs_videos_unit,
        likes_sigma as hearts_vs_videos_within,
        -- Growth since the previous snapshot per growth of account age (d ln followers / d ln age), on log scale:
        -- organic power-law growth gives about 1 at any age, so a young account's fast growth is not a spike.
        -- Below 0.05 (followers flat or lost) all read alike: this signal looks for jumps.
        case when previous_followers > 0 and account_age_days > 0 and previous_account_age_days > 0
                  and account_age_days > previous_account_age_days
             then ln(greatest(ln(followers::DOUBLE / previous_followers::DOUBLE) / ln(account_age_days / previous_account_age_days), 0.05))
        end as follower_growth,
        0.0 as follower_growth_unit,
        1.0 as follower_growth_within
    from status
    where status in ('ok', 'partial')
),

final as (
    select
        -- A compact key for the long tables downstream (joins on an integer, not a name repeated per signal).
        (row_number() over ())::INTEGER as creator_id,
        status.username,
        status.provider,
        status.run_id,
        status.snapshot_at,
        status.status,
        status.status_detail,
        status.follower_tier,
        status.followers,
        status.following,
        status.likes_received,
        status.video_count,
        status.verified,
        status.account_age_days,
        status.previous_snapshot_at,
        status.previous_followers,
        status.videos_scored,
        status.status in ('ok', 'partial') as is_judged,
        signals.* exclude (username)
    from status
    left join signals using (username)
)

select * from final
