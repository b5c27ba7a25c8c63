-- What never changes about a synthesized creator (the simulator's creatorTraits), one row per creator,
-- drawn from hashes of (seed, purpose, row). The world is seen at $at_s, after every planted fraud began.
create or replace temp table synth_traits as
with rows as (
    select range + 1 as r from range($creators)
),

draws as (
    select
        r,
        synth_pick($archetype_cum, synth_u($seed, 1, r)) as archetype_index,
        synth_u($seed, 2, r) as u_tier,
        synth_u($seed, 3, r) as u_followers,
        synth_u($seed, 4, r) as u_age,
        synth_between($seed, 5, r, $growth_min, $growth_max) as growth_exponent,
        least($following_cap, round($following_median * exp($following_sigma * synth_normal($seed, 6, r)))) as following_base,
        least($ppw_max, greatest($ppw_min, $ppw_median * exp($ppw_sigma * synth_normal($seed, 7, r)))) as posts_per_week,
        synth_between($seed, 8, r, $fraud_start_s, $fraud_end_s) as onset_s,
        synth_normal($seed, 9, r) as z_reach,
        exp($like_factor_sigma * synth_normal($seed, 10, r)) as like_factor_base,
        $comments_per_like * exp($cpl_sigma * synth_normal($seed, 11, r)) as comments_per_like,
        synth_u($seed, 12, r) as u_multiple,
        synth_u($seed, 13, r) as u_delivery,
        synth_u($seed, 14, r) as u_share,
        synth_u($seed, 15, r) as u_package,
        -- What makes an honest look-alike, from purposes of its own (every other draw is as it was).
        synth_u($seed, 16, r) as u_new_posts,
        synth_u($seed, 17, r) as u_heavy_following,
        synth_u($seed, 18, r) as u_brand_reach,
        synth_u($seed, 19, r) as u_brand_like,
        synth_u($seed, 20, r) as u_quiet,
        synth_u($seed, 21, r) as u_recent_reach
    from rows
),

named as (
    select
        *,
        $archetype_names[archetype_index] as archetype,
        $fraud_flags[archetype_index] = 1 as is_fraud_archetype,
        -- Follow-for-follow rings are small accounts (one of $ff4f_tiers, capped followers), dormant celebrities big
        -- ones ($dormant_tiers), new accounts small ($new_account_tiers); others follow the tier mix.
        case when $archetype_names[archetype_index] = 'follow_for_follow'
                 then list_position($tier_names, $ff4f_tiers[floor(u_tier * len($ff4f_tiers))::INTEGER + 1])
             when $archetype_names[archetype_index] = 'dormant_celebrity'
                 then list_position($tier_names, $dormant_tiers[floor(u_tier * len($dormant_tiers))::INTEGER + 1])
             when $archetype_names[archetype_index] = 'new_account'
                 then list_position($tier_names, $new_account_tiers[floor(u_tier * len($new_account_tiers))::INTEGER + 1])
             else synth_pick($tier_cum, u_tier) end as tier_index,
        $age_min_by[archetype_index] + ($age_max_by[archetype_index] - $age_min_by[archetype_index]) * u_age as age_years
    from draws
),

sized as (
    select
        *,
        $tier_names[tier_index] as organic_tier,
        round(exp(ln($tier_min[tier_index]) + u_followers * (ln(
            case when archetype = 'follow_for_follow' then least($tier_max[tier_index], $ff4f_max_followers) else $tier_max[tier_index] end
        ) - ln($tier_min[tier_index])))) as followers_at_reference,
        $reference_s - age_years * $days_per_year * $day_s as created_s,
        $multiple_min[archetype_index] + u_multiple * ($multiple_max[archetype_index] - $multiple_min[archetype_index]) as multiple,
        $delivery_min[archetype_index] + u_delivery * ($delivery_max[archetype_index] - $delivery_min[archetype_index]) as delivery_days,
        $share_min[archetype_index] + u_share * ($share_max[archetype_index] - $share_min[archetype_index]) as fraud_share,
        -- The package bought per video, log-uniform; infinite (no cap) where the archetype buys nothing per video.
        case when $package_min[archetype_index] = $package_max[archetype_index] then $package_min[archetype_index]
             else exp(ln($package_min[archetype_index])
                 + u_package * (ln($package_max[archetype_index]) - ln($package_min[archetype_index]))) end as package_per_video
    from named
),

audience as (
    select
        *,
        followers_at_reference * (($at_s - created_s) / ($reference_s - created_s)) ** growth_exponent as organic_followers,
        case when not is_fraud_archetype or $at_s <= onset_s then 0
             else least(1, ($at_s - onset_s) / (greatest(delivery_days, $min_delivery_days) * $day_s)) end as progress,
        followers_at_reference * (greatest(onset_s - created_s, 0) / ($reference_s - created_s)) ** growth_exponent as followers_at_onset
    from sized
),

shown as (
    select
        *,
        case
            when archetype in ('bought_followers', 'growth_spike') then followers_at_onset * multiple * progress
            when archetype = 'follow_for_follow' then organic_followers * multiple * progress
            else 0
        end as fake_followers_exact
    from audience
),

traits as (
    select
        r,
        archetype,
        is_fraud_archetype,
        organic_tier,
        organic_followers,
        round(organic_followers + fake_followers_exact)::BIGINT as followers,
        round(fake_followers_exact)::BIGINT as fake_followers,
        case when archetype = 'follow_for_follow'
                 then round(least($ff4f_following_cap, following_base + (organic_followers + fake_followers_exact) * fraud_share * progress))
             when archetype = 'heavy_follower'
                 then round(exp(ln($heavy_following_min) + u_heavy_following * (ln($heavy_following_max) - ln($heavy_following_min))))
             else following_base end::BIGINT as following,
        created_s,
        growth_exponent,
        case when archetype = 'new_account' then $new_ppw_min + u_new_posts * ($new_ppw_max - $new_ppw_min)
             else posts_per_week end as posts_per_week,
        -- A dormant celebrity's posts since it went quiet reach recent_reach of its old reach.
        case when archetype = 'dormant_celebrity'
             then $reference_s - ($quiet_min_years + u_quiet * ($quiet_max_years - $quiet_min_years)) * $days_per_year * $day_s end as quiet_since_s,
        case when archetype = 'dormant_celebrity' then $recent_reach_min + u_recent_reach * ($recent_reach_max - $recent_reach_min)
             else 1 end as recent_reach,
        archetype_index,
        onset_s,
        multiple,
        delivery_days,
        fraud_share,
        package_per_video,
        comments_per_like,
        like_factor_base * case when archetype = 'bot_likes' then $bot_likes_like_factor
                                when archetype = 'brand_account' then $brand_like_min + u_brand_like * ($brand_like_max - $brand_like_min)
                                else 1 end as like_factor,
        exp(synth_curve($reach_sigma_grid, $log10_step, followers_at_reference) * z_reach)
            * case when archetype = 'brand_account' then $brand_reach_min + u_brand_reach * ($brand_reach_max - $brand_reach_min) else 1 end
            as reach_factor
    from shown
),

-- The simulator's medianPlays and likesPerPlay at the creator's organic size, and the profile's counters:
-- videoCountAt (posts since the account began, at least the feed's K) and likesReceivedAt (expected likes
-- over the account's life, at its lifetime-average size, plus the fraud's likes since its onset, each post's
-- capped by the package).
rates as (
    select
        *,
        greatest($min_reach_followers, organic_followers) * synth_curve($ppf_grid, $log10_step, organic_followers) * reach_factor
            * exp(-$plays_sigma * $plays_sigma / 2) as median_plays,
        least($max_likes_per_play, $like_share * synth_curve($er_grid, $log10_step, organic_followers)
            / synth_curve($ppf_grid, $log10_step, organic_followers) * like_factor) as likes_per_play,
        least($max_likes_per_play, $like_share * synth_curve($er_grid, $log10_step, organic_followers)
            / synth_curve($ppf_grid, $log10_step, organic_followers)) as likes_per_play_unit,
        organic_followers / (growth_exponent + 1) as lifetime_followers,
        -- A new account has only the handful it posted: its feed is that many (videos_per_creator for everyone else).
        case when archetype = 'new_account' then greatest(1, round(posts_per_week * ($at_s - created_s) / $week_s))
             else greatest($videos_per_creator, round(posts_per_week * ($at_s - created_s) / $week_s)) end as video_count,
        case when archetype = 'new_account' then least($videos_per_creator, greatest(1, round(posts_per_week * ($at_s - created_s) / $week_s)))
             else $videos_per_creator end as feed_videos,
        case when not is_fraud_archetype then 0 else posts_per_week * greatest($at_s - onset_s, 0) / $week_s end as posts_since_onset,
        -- Share of the posts made since a dormant celebrity went quiet.
        case when quiet_since_s is null then 0
             else least(1, posts_per_week * greatest($at_s - quiet_since_s, 0) / $week_s
                 / greatest(1, round(posts_per_week * ($at_s - created_s) / $week_s))) end as quiet_share
    from traits
),

final as (
    select
        * exclude (lifetime_followers, posts_since_onset, quiet_share),
        round(video_count * mean_likes + case
            when archetype = 'bought_likes' then posts_since_onset * fraud_share * least(mean_likes * multiple, package_per_video)
            when archetype = 'bot_likes' then posts_since_onset * least(mean_likes * multiple / like_factor, package_per_video)
            else 0 end)::BIGINT as likes_received
    from (
        select
            *,
            greatest($min_reach_followers, lifetime_followers) * synth_curve($ppf_grid, $log10_step, lifetime_followers) * reach_factor
                * exp($plays_sigma * $plays_sigma / 2) * $viral_likes_by[archetype_index]
                * least($max_likes_per_play, $like_share * synth_curve($er_grid, $log10_step, lifetime_followers)
                    / synth_curve($ppf_grid, $log10_step, lifetime_followers) * like_factor)
                -- Giveaway posts bring more likes; a dormant celebrity's quiet posts its recent reach's share.
                * case when archetype = 'giveaway' then 1 + $giveaway_chance_by[archetype_index] * (($giveaway_likes_min + $giveaway_likes_max) / 2 - 1)
                       else 1 - quiet_share * (1 - recent_reach) end as mean_likes
        from rates
    )
)

select * from final
