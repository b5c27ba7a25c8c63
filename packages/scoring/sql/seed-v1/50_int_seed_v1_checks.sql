-- The seed's three checks for every decided creator, vectorised. Python computes `int / int` and
-- `statistics.stdev` exactly and rounds once; doubles would round every step, so those two are exact here too.
-- Fast path (nearly every creator, plain BIGINT/DOUBLE work and two 128-bit products):
--   * a mean of integers whose sum is at most 2^53 is one IEEE division of two exact doubles: rounded once;
--   * stdev: sqrt of the double quotient is within two ulps of the truth; the candidate's mantissa m is then
--     moved until (2m - 1)^2 * den <= 4 * num * 2^-2E <= (2m + 1)^2 * den holds exactly in HUGEINT, i.e. the
--     true sqrt lies between the midpoints around m (no tie is possible for a numerator below 2^62).
-- Slow path (sums past 2^53, numerators past 2^62, a candidate at a binade edge, a guess two ulps off):
--   * exact quotient: scale the dividend to ~62 bits, divide, set the last bit when a remainder is left
--     ("round to odd"), then one conversion to DOUBLE rounds correctly (Boldo & Melquiond);
--   * stdev: isqrt of the exact variance (n*sum(x^2) - sum(x)^2) / (n*(n-1)) scaled to ~122 bits, one Newton step
--     from the DOUBLE estimate plus a +-1 fix, rounded to odd, converted once (CPython's _float_sqrt_of_frac).
-- Every conversion to DOUBLE goes through BIGINT: DuckDB's HUGEINT -> DOUBLE cast is not correctly rounded.
-- The profile is the snapshot's as staged (stg_creators: counts NULL when unknown, read as the seed's 0 below).
-- reads: stg_creator_decisions, stg_creators, int_seed_v1_feed_stats
with decisions as (
    select * from stg_creator_decisions
),

profiles as (
    select
        username, snapshot_at, provider, followers, following, likes_received, video_count,
        unreadable_counts(count_problems, ['followers', 'following', 'likes_received', 'video_count']) as unreadable
    from stg_creators
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
        feed_stats.low_comment_video_likes,
        coalesce(profiles.unreadable, []) || coalesce(feed_stats.unreadable, []) as unreadable
    from decisions
    left join profiles using (username, snapshot_at, provider)
    left join feed_stats using (username, snapshot_at, provider)
),

status as (
    select
        *,
        case
            when outcome in ('ok', 'partial') and not has_profile then 'snapshot_missing'
            -- a count the vendor sent that we could not read: any rule could turn on it, so no rule runs
            when outcome in ('ok', 'partial') and len(unreadable) > 0 then 'unreadable_counts'
            when outcome in ('ok', 'partial') then outcome
            when outcome in ('private', 'not_found', 'unavailable', 'region_locked') then outcome
            else 'fetch_failed'
        end as status
    from joined
),

-- Both paths need the exact variance numerator; `materialized` so the joins above run once for both.
moments as materialized (
    select
        *,
        n >= 5 and likes_sum > 0 as needs_stdev,
        n::HUGEINT * likes_sum_of_squares - likes_sum * likes_sum as variance_numerator,
        n::HUGEINT * (n - 1) as variance_denominator
    from status
),

fast_guess as (
    select
        *,
        case when variance_numerator > 0 and variance_numerator < 4611686018427387904
             then sqrt(variance_numerator::BIGINT::DOUBLE / variance_denominator::BIGINT::DOUBLE) end as stdev_guess
    from moments
),

fast_exponent as (
    select
        *,
        -- e0 = floor(log2(guess)) exactly (log2 may round across a power of two).
        floor(log2(stdev_guess))::INTEGER
            - (2.0 ** floor(log2(stdev_guess)) > stdev_guess)::INTEGER
            + (2.0 ** (floor(log2(stdev_guess)) + 1) <= stdev_guess)::INTEGER as e0
    from fast_guess
),

fast_mantissa as (
    select
        *,
        -- guess = m0 * 2^(e0 - 52) with 2^52 <= m0 < 2^53; both sides of the test scaled by 2^(106 - 2 * e0).
        (stdev_guess * 2.0 ** (52 - e0))::BIGINT as m0,
        variance_numerator << (106 - 2 * e0) as num_scaled
    from fast_exponent
),

fast_step1 as (
    select
        *,
        m0 + case
            when num_scaled < (2 * m0 - 1)::HUGEINT * (2 * m0 - 1) * variance_denominator then -1
            when num_scaled > (2 * m0 + 1)::HUGEINT * (2 * m0 + 1) * variance_denominator then 1
            else 0
        end as m1
    from fast_mantissa
),

fast_step2 as (
    select
        *,
        m1 + case
            when num_scaled < (2 * m1 - 1)::HUGEINT * (2 * m1 - 1) * variance_denominator then -1
            when num_scaled > (2 * m1 + 1)::HUGEINT * (2 * m1 + 1) * variance_denominator then 1
            else 0
        end as m2
    from fast_step1
),

fast_checked as (
    select
        *,
        case
            when not needs_stdev then null
            when variance_numerator = 0 then 0::DOUBLE
            -- m2 = m1: bracketed. The range keeps the neighbours inside one binade (same ulp on both sides).
            when m2 = m1 and m0 between 4503599627370498 and 9007199254740989 then m1::DOUBLE * 2.0 ** (e0 - 52)
        end as stdev_fast
    from fast_step2
),

fast_rows as (
    select
        * exclude (needs_stdev, stdev_guess, e0, m0, num_scaled, m1, m2, stdev_fast, variance_numerator, variance_denominator),
        likes_sum::BIGINT::DOUBLE / greatest(n, 1)::DOUBLE as avg_likes,
        plays_sum::BIGINT::DOUBLE / greatest(n, 1)::DOUBLE as avg_plays,
        stdev_fast as likes_stdev
    from fast_checked
    where likes_sum <= 9007199254740992 and plays_sum <= 9007199254740992 and (not needs_stdev or stdev_fast is not null)
),

slow_source as (
    select * exclude (needs_stdev, stdev_guess, e0, m0, num_scaled, m1, m2, stdev_fast)
    from fast_checked
    where not (likes_sum <= 9007199254740992 and plays_sum <= 9007199254740992 and (not needs_stdev or stdev_fast is not null))
),

-- Exact quotients sum / n: shift so the dividend has 61-62 bits (the sums stay below 2^58).
mean_scaled as (
    select
        *,
        62 - (floor(log2(greatest(likes_sum, 1)::DOUBLE))::INTEGER + 1) as likes_shift,
        62 - (floor(log2(greatest(plays_sum, 1)::DOUBLE))::INTEGER + 1) as plays_shift
    from slow_source
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

slow_rows as (
    select
        * exclude (likes_shift, plays_shift, variance_numerator, variance_denominator, likes_mean_odd, plays_mean_odd, sqrt_shift,
                   radicand_numerator, radicand, root_estimate, root_not_above, root),
        (root | (root * root * variance_denominator <> radicand_numerator)::HUGEINT)::BIGINT::DOUBLE
            / (1::BIGINT << sqrt_shift)::DOUBLE as likes_stdev
    from sqrt_exact
),

figures as (
    select
        *,
        (avg_likes / followers_at_least_1::DOUBLE) * 100::DOUBLE as likes_to_followers,
        (avg_plays / followers_at_least_1::DOUBLE) * 100::DOUBLE as plays_to_followers,
        coalesce(following, 0)::DOUBLE / followers_at_least_1::DOUBLE as follow_ratio,
        coalesce(likes_received, 0)::DOUBLE / nullif(coalesce(video_count, 0), 0)::DOUBLE as likes_per_video,
        followers_at_least_1::DOUBLE * 0.05::DOUBLE as expected_likes
    from (select * from fast_rows union all by name select * from slow_rows)
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

-- The points each rule gives, named once: every point below is read from here.
points as (
    select
        50 as no_videos,
        30 as very_low_like_ratio,
        20 as abnormally_high_like_ratio,
        25 as very_low_play_ratio,
        10 as too_few_videos,
        25 as uniform_likes,
        20 as play_spikes,
        5 as low_comment_ratio,
        30 as following_exceeds_followers,
        15 as high_follow_ratio,
        15 as inflated_total_likes
),

-- The seed's flag text for each rule that fired (NULL when it did not). DuckDB's format() prints floats from
-- their exact binary value, rounding ties to even, as Python does.
flag_texts as (
    select
        *,
        case when no_videos then 'No videos to analyze' end as no_videos_flag,
        case when very_low_like_ratio then format('Very low like ratio: {:.2f}%', likes_to_followers) end as very_low_like_ratio_flag,
        case when abnormally_high_like_ratio then format('Abnormally high like ratio: {:.2f}%', likes_to_followers) end as abnormally_high_like_ratio_flag,
        case when very_low_play_ratio then format('Very low play ratio: {:.2f}%', plays_to_followers) end as very_low_play_ratio_flag,
        case when too_few_videos then 'Too few videos to analyze' end as too_few_videos_flag,
        case when likes_cv < 0.1::DOUBLE then format('Suspiciously uniform likes (CV={:.3f})', likes_cv) end as uniform_likes_flag,
        case when play_spikes_fire then format('{}/{} videos have 10x play spikes', play_spikes, n) end as play_spikes_flag,
        case when low_comment_ratio then format('Very low comment ratio on video with {} likes', low_comment_video_likes) end as low_comment_ratio_flag,
        case when following_exceeds_followers then format('Following > followers ({:,} / {:,})', coalesce(following, 0), followers_at_least_1) end as following_exceeds_followers_flag,
        case when high_follow_ratio then format('High follow ratio: {:.2f}', follow_ratio) end as high_follow_ratio_flag,
        case when inflated_total_likes then format('Inflated total likes: {:,.0f}/video vs {:,.0f} expected', likes_per_video, expected_likes) end as inflated_total_likes_flag
    from checks
),

-- Every point with the rule that gave it and its flag text, in the seed's order. Lists are concatenated from
-- one-element pieces (a list of eleven maybe-NULL structs filtered by a lambda costs several times more).
fired as (
    select
        *,
        coalesce(no_videos_flag, very_low_like_ratio_flag, abnormally_high_like_ratio_flag, very_low_play_ratio_flag, too_few_videos_flag, uniform_likes_flag, play_spikes_flag, low_comment_ratio_flag, following_exceeds_followers_flag, high_follow_ratio_flag, inflated_total_likes_flag) is not null as any_rule_fired
    from flag_texts
),

risks as (
    select
        fired.*,
        case when no_videos_flag is not null then points.no_videos else 0 end
            + case when very_low_like_ratio_flag is not null then points.very_low_like_ratio else 0 end
            + case when abnormally_high_like_ratio_flag is not null then points.abnormally_high_like_ratio else 0 end
            + case when very_low_play_ratio_flag is not null then points.very_low_play_ratio else 0 end
            as engagement_risk,
        least(
            case when too_few_videos_flag is not null then points.too_few_videos else 0 end
            + case when uniform_likes_flag is not null then points.uniform_likes else 0 end
            + case when play_spikes_flag is not null then points.play_spikes else 0 end
            + case when low_comment_ratio_flag is not null then points.low_comment_ratio else 0 end,
            50
        ) as consistency_risk,
        case when following_exceeds_followers_flag is not null then points.following_exceeds_followers else 0 end
            + case when high_follow_ratio_flag is not null then points.high_follow_ratio else 0 end
            + case when inflated_total_likes_flag is not null then points.inflated_total_likes else 0 end
            as follow_risk,
        -- Most creators fire few rules or none: those skip the concatenation.
        case when not any_rule_fired then []
             else case when no_videos_flag is not null then [{'component': 'engagement', 'rule': 'no_videos', 'points': points.no_videos, 'flag': no_videos_flag}] else [] end
                || case when very_low_like_ratio_flag is not null then [{'component': 'engagement', 'rule': 'very_low_like_ratio', 'points': points.very_low_like_ratio, 'flag': very_low_like_ratio_flag}] else [] end
                || case when abnormally_high_like_ratio_flag is not null then [{'component': 'engagement', 'rule': 'abnormally_high_like_ratio', 'points': points.abnormally_high_like_ratio, 'flag': abnormally_high_like_ratio_flag}] else [] end
                || case when very_low_play_ratio_flag is not null then [{'component': 'engagement', 'rule': 'very_low_play_ratio', 'points': points.very_low_play_ratio, 'flag': very_low_play_ratio_flag}] else [] end
                || case when too_few_videos_flag is not null then [{'component': 'consistency', 'rule': 'too_few_videos', 'points': points.too_few_videos, 'flag': too_few_videos_flag}] else [] end
                || case when uniform_likes_flag is not null then [{'component': 'consistency', 'rule': 'uniform_likes', 'points': points.uniform_likes, 'flag': uniform_likes_flag}] else [] end
                || case when play_spikes_flag is not null then [{'component': 'consistency', 'rule': 'play_spikes', 'points': points.play_spikes, 'flag': play_spikes_flag}] else [] end
                || case when low_comment_ratio_flag is not null then [{'component': 'consistency', 'rule': 'low_comment_ratio', 'points': points.low_comment_ratio, 'flag': low_comment_ratio_flag}] else [] end
                || case when following_exceeds_followers_flag is not null then [{'component': 'follow', 'rule': 'following_exceeds_followers', 'points': points.following_exceeds_followers, 'flag': following_exceeds_followers_flag}] else [] end
                || case when high_follow_ratio_flag is not null then [{'component': 'follow', 'rule': 'high_follow_ratio', 'points': points.high_follow_ratio, 'flag': high_follow_ratio_flag}] else [] end
                || case when inflated_total_likes_flag is not null then [{'component': 'follow', 'rule': 'inflated_total_likes', 'points': points.inflated_total_likes, 'flag': inflated_total_likes_flag}] else [] end
        end
            as rules,
        -- The texts in order, NULLs skipped by concat_ws; a flag never holds chr(0), which separates them.
        case when not any_rule_fired then []
             else string_split(concat_ws(chr(0), no_videos_flag, very_low_like_ratio_flag, abnormally_high_like_ratio_flag, very_low_play_ratio_flag, too_few_videos_flag, uniform_likes_flag, play_spikes_flag, low_comment_ratio_flag, following_exceeds_followers_flag, high_follow_ratio_flag, inflated_total_likes_flag), chr(0)) end
            as flags
    from fired cross join points
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
        case when scored then flags end as flags,
        case when scored then rules end as rules
    from (select *, status in ('ok', 'partial') as scored from risks)
)

select * from final
