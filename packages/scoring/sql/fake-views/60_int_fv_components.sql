-- The eight component scores, 0-100 (lower is better), for every video snapshot under the run's content category.
-- Every score is a linear ramp between a start (0: ordinary) and a full point (100: certain anomaly), the `ramp`
-- macro: ramp(x, start, width) = 100 * clamp((x - start) / width, 0, 1), NULL when x is.
-- A score whose inputs are missing is NULL and `<component>_missing` names why (a code; texts live in
-- src/fake-views/messages.ts). The README's "Components" section gives the reasoning behind each number.
--
-- Estimated fake views come from the engagement shortfall alone: under view botting the bought views bring no
-- likes, comments or shares, so organic views ~ engagements / the baseline rate, and the fake share if botted is
-- 1 - rate / baseline_rate. That share is weighed by the engagement score (0 at the category's noise threshold,
-- 1 from three sigmas beyond): an expected fake share, not a guess that every dip below the norm was bought.
-- estimated_organic_views = plays - estimated_fake_views, so the two add up to total views exactly (TikHub's
-- example computes them on different bases and does not add up; see the README).
-- reads: int_fv_features, stg_fv_content_categories
with features as (
    select * from int_fv_features
),

categories as (
    select * from stg_fv_content_categories
),

estimated as (
    select
        f.*,
        k.content_category,
        k.eng_z_start,
        k.reach_z_start,
        k.like_ratio_floor,
        k.comment_ratio_floor,
        k.favorite_ratio_floor,
        k.share_ratio_floor,
        case
            when f.plays is null or f.engagement_shortfall_z is null then null
            else (1 - exp(least(f.log_engagement_rate - f.engagement_baseline_median, 0)))
                * unit_ramp(f.engagement_shortfall_z, k.eng_z_start, 3)
        end as estimated_fake_share
    from features as f
    cross join categories as k
),

counted as (
    select
        *,
        floor(plays * estimated_fake_share)::BIGINT as estimated_fake_views,
        plays - floor(plays * estimated_fake_share)::BIGINT as estimated_organic_views
    from estimated
),

tiered as (
    -- The traffic pool the views reached, and the one the estimated organic views alone would have reached.
    select
        *,
        traffic_pool(plays) as current_tier,
        traffic_pool(estimated_organic_views) as expected_tier
    from counted
),

risks as (
    -- Parts of the snapshot and account components, kept as columns so a report can say which part fired.
    -- A ramp over a missing input is NULL (the macro's guard), never a confident 0.
    select
        *,
        -- views or likes falling 1% is noise (unlikes, recounts); 5% is a purge
        ramp(max_count_drop, 0.01, 0.04) as count_drop_risk,
        -- new views engaging half as much as the earlier ones is normal decay; 8x less is not
        ramp(new_view_engagement_drop, ln(2), ln(4)) as new_view_risk,
        -- young accounts: 100 at 30 days or less, 0 from a year on
        ramp(365 - account_age_days, 0, 335) as account_age_risk,
        -- following far more accounts than follow back: 0 at parity, 100 at ten times
        ramp(ln((following + 1) / (followers + 1)), 0, ln(10)) as follow_back_risk,
        -- 0.5% a day is brisk organic growth; 5% a day (x4.5 a month) is a hockey stick
        ramp(follower_growth_per_day, 0.005, 0.045) as follower_growth_risk,
        -- losing 2% of followers is churn; 10% is a purge of bought ones (no rate of loss from 0 followers)
        case when prev_followers > 0 then ramp(1 - followers / prev_followers, 0.02, 0.08) end as follower_loss_risk
    from tiered
),

scored as (
    select
        *,
        ramp(engagement_shortfall_z, eng_z_start, 3) as engagement_score,
        ramp(plays_z, reach_z_start, 3) as distribution_score,
        -- either part firing is enough; NULL only when neither could be measured
        greatest(count_drop_risk, new_view_risk) as consistency_score,
        case
            when account_age_risk is null and follow_back_risk is null then (case when verified then 0.0 end)
            -- a verified identity halves what age and following suggest
            when verified then 0.5 * greatest(account_age_risk, follow_back_risk)
            else greatest(account_age_risk, follow_back_risk)
        end as creator_credibility_score,
        ramp(likes_per_comment_z, 2, 3) as content_authenticity_score,
        ramp(reach_z, reach_z_start, 3) as follower_correlation_score,
        -- one pool above what the organic views justify: 50; two or more: 100
        ramp(current_tier - expected_tier, 0, 2) as racing_mechanism_score,
        greatest(follower_growth_risk, follower_loss_risk) as fan_growth_score
    from risks
),

final as (
    select
        *,
        case
            when plays is null or plays = 0 then 'no_views'
            when engagements is null then 'engagement_unknown'
            when engagement_baseline is null then 'no_engagement_baseline'
        end as engagement_missing,
        case
            when plays is null or plays = 0 then 'no_views'
            when plays_z is null then 'few_creator_videos'
        end as distribution_missing,
        case
            when prev_snapshot_at is null then 'no_earlier_snapshot'
            when consistency_score is null then 'counts_unknown'
        end as consistency_missing,
        case
            when creator_credibility_score is null then 'no_account_facts'
        end as creator_credibility_missing,
        case
            when likes is null or comments is null then 'likes_or_comments_unknown'
            when follower_tier = 'unknown' then 'followers_unknown'
            when likes_per_comment_z is null then 'small_cohort'
        end as content_authenticity_missing,
        case
            when plays is null or plays = 0 then 'no_views'
            when followers is null or followers = 0 then 'followers_unknown'
            when reach_z is null then 'small_cohort'
        end as follower_correlation_missing,
        case
            when plays is null or plays = 0 then 'no_views'
            when engagements is null then 'engagement_unknown'
            when engagement_baseline is null then 'no_engagement_baseline'
        end as racing_mechanism_missing,
        case
            when followers is null then 'followers_unknown'
            when prev_followers is null then 'no_earlier_creator_snapshot'
            when fan_growth_score is null then 'no_followers_before'
        end as fan_growth_missing
    from scored
)

select * from final
