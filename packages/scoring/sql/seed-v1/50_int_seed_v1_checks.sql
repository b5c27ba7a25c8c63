-- The seed's three checks for every decided creator, vectorised. Python computes `int / int` and
-- `statistics.stdev` exactly and rounds once; doubles would round every step, so those two are done on HUGEINTs:
--   * exact quotient: scale the dividend to ~62 bits, divide, set the last bit when a remainder is left
--     ("round to odd"), then one conversion to DOUBLE rounds correctly (Boldo & Melquiond);
--   * stdev: isqrt of the exact variance (n*sum(x^2) - sum(x)^2) / (n*(n-1)) scaled to ~122 bits, one Newton step
--     from the DOUBLE estimate plus a +-1 fix, rounded to odd, converted once (CPython's _float_sqrt_of_frac).
-- Every conversion to DOUBLE goes through BIGINT: DuckDB's HUGEINT -> DOUBLE cast is not correctly rounded.
with decisions as (
    select * from stg_seed_v1_decisions
),

profiles as (
    select * from stg_seed_v1_profiles
),

feed_stats as (
    select * from int_seed_v1_feed_stats
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
        profiles.following,
        profiles.likes_received,
        profiles.video_count,
        -- The seed's `max(data['followers'], 1)`, with a missing count read as 0.
        greatest(coalesce(profiles.followers, 0), 1) as followers_at_least_1,
        coalesce(feed_stats.videos_scored, 0) as n,
        coalesce(feed_stats.likes_sum, 0) as likes_sum,
        coalesce(feed_stats.plays_sum, 0) as plays_sum,
        feed_stats.likes_sum_of_squares,
        feed_stats.median_plays,
        feed_stats.play_spikes,
        feed_stats.low_comment_video_likes
    from decisions
    left join profiles using (username, snapshot_at, provider)
    left join feed_stats using (username, snapshot_at, provider)
),

status as (
    select
        *,
        case
            when outcome in ('ok', 'partial') and has_profile then outcome
            when outcome in ('ok', 'partial') then 'snapshot_missing'
            when outcome in ('private', 'not_found', 'unavailable', 'region_locked') then outcome
            else 'fetch_failed'
        end as status
    from joined
),

-- Exact quotients sum / n: shift so the dividend has 61-62 bits (the sums stay below 2^58).
mean_scaled as (
    select
        *,
        62 - (floor(log2(greatest(likes_sum, 1)::DOUBLE))::INTEGER + 1) as likes_shift,
        62 - (floor(log2(greatest(plays_sum, 1)::DOUBLE))::INTEGER + 1) as plays_shift,
        n::HUGEINT * likes_sum_of_squares - likes_sum * likes_sum as variance_numerator,
        n::HUGEINT * (n - 1) as variance_denominator
    from status
),

means as (
    select
        *,
        ((likes_sum << likes_shift) // greatest(n, 1)) | (((likes_sum << likes_shift) % greatest(n, 1)) <> 0)::HUGEINT
            as likes_mean_odd,
        ((plays_sum << plays_shift) // greatest(n, 1)) | (((plays_sum << plays_shift) % greatest(n, 1)) <> 0)::HUGEINT
            as plays_mean_odd,
        -- Scale the variance numerator by 4^k to 121-124 bits: its square root then has 56+ bits, below 2^62.
        (123 - (floor(log2(greatest(variance_numerator, 1)::DOUBLE))::INTEGER + 1)) // 2 as sqrt_shift
    from mean_scaled
),

variance_scaled as (
    select
        *,
        likes_mean_odd::BIGINT::DOUBLE / (1::BIGINT << likes_shift)::DOUBLE as avg_likes,
        plays_mean_odd::BIGINT::DOUBLE / (1::BIGINT << plays_shift)::DOUBLE as avg_plays,
        variance_numerator << (2 * sqrt_shift) as radicand_numerator,
        (variance_numerator << (2 * sqrt_shift)) // variance_denominator as radicand
    from means
),

sqrt_newton as (
    select
        *,
        (greatest(sqrt(radicand::DOUBLE)::HUGEINT, 1) + radicand // greatest(sqrt(radicand::DOUBLE)::HUGEINT, 1)) // 2
            as root_estimate
    from variance_scaled
),

sqrt_floor as (
    select
        *,
        root_estimate - (root_estimate * root_estimate > radicand)::HUGEINT as root_not_above
    from sqrt_newton
),

sqrt_exact as (
    select
        *,
        root_not_above + ((root_not_above + 1) * (root_not_above + 1) <= radicand)::HUGEINT as root
    from sqrt_floor
),

figures as (
    select
        *,
        (avg_likes / followers_at_least_1::DOUBLE) * 100::DOUBLE as likes_to_followers,
        (avg_plays / followers_at_least_1::DOUBLE) * 100::DOUBLE as plays_to_followers,
        (root | (root * root * variance_denominator <> radicand_numerator)::HUGEINT)::BIGINT::DOUBLE
            / (1::BIGINT << sqrt_shift)::DOUBLE as likes_stdev,
        coalesce(following, 0)::DOUBLE / followers_at_least_1::DOUBLE as follow_ratio,
        coalesce(likes_received, 0)::DOUBLE / nullif(coalesce(video_count, 0), 0)::DOUBLE as likes_per_video,
        followers_at_least_1::DOUBLE * 0.05::DOUBLE as expected_likes
    from sqrt_exact
),

checks as (
    select
        *,
        case when n >= 5 and likes_sum > 0 then likes_stdev / avg_likes end as likes_cv,
        n = 0 as no_videos,
        n > 0 and likes_to_followers < 0.5::DOUBLE as very_low_like_ratio,
        n > 0 and likes_to_followers > 25::DOUBLE as abnormally_high_like_ratio,
        n > 0 and plays_to_followers < 5::DOUBLE as very_low_play_ratio,
        n < 5 as too_few_videos,
        n >= 5 and play_spikes::DOUBLE / n::DOUBLE > 0.3::DOUBLE as play_spikes_fire,
        n >= 5 and low_comment_video_likes is not null as low_comment_ratio,
        followers_at_least_1 > 10000 and follow_ratio > 1::DOUBLE as following_exceeds_followers,
        followers_at_least_1 > 10000 and not follow_ratio > 1::DOUBLE and follow_ratio > 0.5::DOUBLE as high_follow_ratio,
        coalesce(video_count, 0) > 0 and likes_per_video > expected_likes * 5::DOUBLE as inflated_total_likes
    from figures
),

-- Every point with the rule that gave it and the seed's flag text, in the seed's order. DuckDB's format()
-- (fmt) prints floats from their exact binary value, rounding ties to even, as Python does.
hits as (
    select
        *,
        list_filter([
            case when no_videos then
                {'component': 'engagement', 'rule': 'no_videos', 'points': 50, 'flag': 'No videos to analyze'} end,
            case when very_low_like_ratio then
                {'component': 'engagement', 'rule': 'very_low_like_ratio', 'points': 30,
                 'flag': format('Very low like ratio: {:.2f}%', likes_to_followers)} end,
            case when abnormally_high_like_ratio then
                {'component': 'engagement', 'rule': 'abnormally_high_like_ratio', 'points': 20,
                 'flag': format('Abnormally high like ratio: {:.2f}%', likes_to_followers)} end,
            case when very_low_play_ratio then
                {'component': 'engagement', 'rule': 'very_low_play_ratio', 'points': 25,
                 'flag': format('Very low play ratio: {:.2f}%', plays_to_followers)} end,
            case when too_few_videos then
                {'component': 'consistency', 'rule': 'too_few_videos', 'points': 10, 'flag': 'Too few videos to analyze'} end,
            case when likes_cv < 0.1::DOUBLE then
                {'component': 'consistency', 'rule': 'uniform_likes', 'points': 25,
                 'flag': format('Suspiciously uniform likes (CV={:.3f})', likes_cv)} end,
            case when play_spikes_fire then
                {'component': 'consistency', 'rule': 'play_spikes', 'points': 20,
                 'flag': format('{}/{} videos have 10x play spikes', play_spikes, n)} end,
            case when low_comment_ratio then
                {'component': 'consistency', 'rule': 'low_comment_ratio', 'points': 5,
                 'flag': format('Very low comment ratio on video with {} likes', low_comment_video_likes)} end,
            case when following_exceeds_followers then
                {'component': 'follow', 'rule': 'following_exceeds_followers', 'points': 30,
                 'flag': format('Following > followers ({:,} / {:,})', coalesce(following, 0), followers_at_least_1)} end,
            case when high_follow_ratio then
                {'component': 'follow', 'rule': 'high_follow_ratio', 'points': 15,
                 'flag': format('High follow ratio: {:.2f}', follow_ratio)} end,
            case when inflated_total_likes then
                {'component': 'follow', 'rule': 'inflated_total_likes', 'points': 15,
                 'flag': format('Inflated total likes: {:,.0f}/video vs {:,.0f} expected', likes_per_video, expected_likes)} end
        ], lambda hit: hit is not null) as rules
    from checks
),

risks as (
    select
        *,
        coalesce(list_sum([hit.points for hit in rules if hit.component = 'engagement']), 0) as engagement_risk,
        least(coalesce(list_sum([hit.points for hit in rules if hit.component = 'consistency']), 0), 50) as consistency_risk,
        coalesce(list_sum([hit.points for hit in rules if hit.component = 'follow']), 0) as follow_risk
    from hits
),

final as (
    select
        username,
        status,
        case when status = 'fetch_failed' then outcome || coalesce(': ' || detail, '') else detail end as status_detail,
        provider,
        run_id,
        snapshot_at,
        followers,
        following,
        likes_received,
        video_count,
        case when scored then n end::INTEGER as videos_scored,
        case when scored and n > 0 then likes_to_followers end as likes_to_followers,
        case when scored and n > 0 then plays_to_followers end as plays_to_followers,
        case when scored then likes_cv end as likes_cv,
        case when scored and n >= 5 then median_plays end as median_plays,
        case when scored and n >= 5 then play_spikes end as play_spikes,
        case when scored then follow_ratio end as follow_ratio,
        case when scored then likes_per_video end as likes_per_video,
        case when scored then engagement_risk end::INTEGER as engagement_risk,
        case when scored then consistency_risk end::INTEGER as consistency_risk,
        case when scored then follow_risk end::INTEGER as follow_risk,
        case when scored then engagement_risk + consistency_risk + follow_risk end::INTEGER as total_risk_uncapped,
        case when scored then least(engagement_risk + consistency_risk + follow_risk, 100) end::INTEGER as total_risk_score,
        case
            when not scored then null
            when engagement_risk + consistency_risk + follow_risk < 20 then 'LOW RISK'
            when engagement_risk + consistency_risk + follow_risk < 50 then 'MEDIUM RISK'
            else 'HIGH RISK'
        end as verdict,
        case when scored then [hit.flag for hit in rules] end as flags,
        case when scored then rules end as rules
    from (select *, status in ('ok', 'partial') as scored from risks)
)

select * from final
