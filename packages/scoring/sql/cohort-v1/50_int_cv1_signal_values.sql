-- materialized: table
-- The judged creators' signals in long form, one row per creator per signal it has a value for, keyed by integers
-- (creator_id, cohort_id, signal_id), with the value's noise unit and the creator's own per-video spread (see
-- int_cv1_features).
-- reads: int_cv1_cohorts, int_cv1_features, stg_cv1_signals
with features as (
    select
        creator_id,
        reach, reach_unit, reach_within,
        likes_per_play, likes_per_play_unit, likes_per_play_within,
        comments_per_like, comments_per_like_unit, comments_per_like_within,
        shares_saves_per_like, shares_saves_per_like_unit, shares_saves_per_like_within,
        like_rate_spread, like_rate_spread_unit, like_rate_spread_within,
        likes_uniformity, likes_uniformity_unit, likes_uniformity_within,
        top_video_gap, top_video_gap_unit, top_video_gap_within,
        follow_ratio, follow_ratio_unit, follow_ratio_within,
        hearts_per_follower, hearts_per_follower_unit, hearts_per_follower_within,
        hearts_vs_videos, hearts_vs_videos_unit, hearts_vs_videos_within,
        follower_growth, follower_growth_unit, follower_growth_within
    from int_cv1_features
    where is_judged
),

cohorts as (
    select creator_id, cohort_id, follower_tier from int_cv1_cohorts
),

signals as (
    select signal_id, signal from stg_cv1_signals
),

unpivoted as (
    select * from features
    unpivot (
        (value, noise_unit, within_sigma) for signal in (
            (reach, reach_unit, reach_within) as 'reach',
            (likes_per_play, likes_per_play_unit, likes_per_play_within) as 'likes_per_play',
            (comments_per_like, comments_per_like_unit, comments_per_like_within) as 'comments_per_like',
            (shares_saves_per_like, shares_saves_per_like_unit, shares_saves_per_like_within) as 'shares_saves_per_like',
            (like_rate_spread, like_rate_spread_unit, like_rate_spread_within) as 'like_rate_spread',
            (likes_uniformity, likes_uniformity_unit, likes_uniformity_within) as 'likes_uniformity',
            (top_video_gap, top_video_gap_unit, top_video_gap_within) as 'top_video_gap',
            (follow_ratio, follow_ratio_unit, follow_ratio_within) as 'follow_ratio',
            (hearts_per_follower, hearts_per_follower_unit, hearts_per_follower_within) as 'hearts_per_follower',
            (hearts_vs_videos, hearts_vs_videos_unit, hearts_vs_videos_within) as 'hearts_vs_videos',
            (follower_growth, follower_growth_unit, follower_growth_within) as 'follower_growth'
        )
    )
),

final as (
    select
        unpivoted.creator_id,
        cohorts.cohort_id,
        cohorts.follower_tier,
        signals.signal_id,
        unpivoted.value,
        unpivoted.noise_unit,
        unpivoted.within_sigma
    from unpivoted
    inner join cohorts using (creator_id)
    inner join signals using (signal)
    where unpivoted.value is not null
)

select * from final
