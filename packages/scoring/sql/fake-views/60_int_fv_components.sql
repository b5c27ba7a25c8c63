-- The eight component scores, 0-100 (lower is better), for every video snapshot under the run's content category.
-- Every score is a linear ramp between a start (0: ordinary) and a full point (100: certain anomaly):
--   ramp(x, a, b) = 100 * clamp((x - a) / (b - a), 0, 1)
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
                * least(greatest((f.engagement_shortfall_z - k.eng_z_start) / 3, 0), 1)
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
    -- Traffic pools 1-8 (practitioner folklore, see FIELD-NOTES): a video sits in the highest pool whose
    -- entry it reached: 3K, 10K, 100K, 300K, 1M, 5M, 30M views; below 3K it is in the first pool.
    select
        *,
        case
            when plays is null then null
            when plays >= 30000000 then 8 when plays >= 5000000 then 7 when plays >= 1000000 then 6
            when plays >= 300000 then 5 when plays >= 100000 then 4 when plays >= 10000 then 3
            when plays >= 3000 then 2 else 1
        end as current_tier,
        case
            when estimated_organic_views is null then null
            when estimated_organic_views >= 30000000 then 8 when estimated_organic_views >= 5000000 then 7
            when estimated_organic_views >= 1000000 then 6 when estimated_organic_views >= 300000 then 5
            when estimated_organic_views >= 100000 then 4 when estimated_organic_views >= 10000 then 3
            when estimated_organic_views >= 3000 then 2 else 1
        end as expected_tier
    from counted
),

risks as (
    -- Parts of the snapshot and account components, kept as columns so a report can say which part fired.
    -- Every ramp is guarded: DuckDB's greatest() and least() skip NULLs, so an unguarded ramp over a missing
    -- input would read as a confident 0.
    select
        *,
        -- views or likes falling 1% is noise (unlikes, recounts); 5% is a purge
        case when max_count_drop is not null then 100 * least(greatest((max_count_drop - 0.01) / 0.04, 0), 1) end
            as count_drop_risk,
        -- new views engaging half as much as the earlier ones is normal decay; 8x less is not
        case
            when new_view_engagement_drop is not null
                then 100 * least(greatest((new_view_engagement_drop - ln(2)) / ln(4), 0), 1)
        end as new_view_risk,
        -- young accounts: 100 at 30 days or less, 0 from a year on
        case when account_age_days is not null then 100 * least(greatest((365 - account_age_days) / 335, 0), 1) end
            as account_age_risk,
        -- following far more accounts than follow back: 0 at parity, 100 at ten times
        case
            when following is not null and followers is not null
                then 100 * least(greatest(ln((following + 1) / (followers + 1)) / ln(10), 0), 1)
        end as follow_back_risk,
        -- 0.5% a day is brisk organic growth; 5% a day (x4.5 a month) is a hockey stick
        case
            when follower_growth_per_day is not null then 100 * least(greatest((follower_growth_per_day - 0.005) / 0.045, 0), 1)
        end as follower_growth_risk,
        -- losing 2% of followers is churn; 10% is a purge of bought ones
        case
            when prev_followers > 0 and followers is not null
                then 100 * least(greatest((1 - followers / prev_followers - 0.02) / 0.08, 0), 1)
        end as follower_loss_risk
    from tiered
),

scored as (
    select
        *,
        case
            when engagement_shortfall_z is not null then 100 * least(greatest((engagement_shortfall_z - eng_z_start) / 3, 0), 1)
        end as engagement_score,
        case when plays_z is not null then 100 * least(greatest((plays_z - reach_z_start) / 3, 0), 1) end as distribution_score,
        -- either part firing is enough; NULL only when neither could be measured
        greatest(count_drop_risk, new_view_risk) as consistency_score,
        case
            when account_age_risk is null and follow_back_risk is null then (case when verified then 0.0 end)
            -- a verified identity halves what age and following suggest
            when verified then 0.5 * greatest(account_age_risk, follow_back_risk)
            else greatest(account_age_risk, follow_back_risk)
        end as creator_credibility_score,
        case
            when likes_per_comment_z is not null then 100 * least(greatest((likes_per_comment_z - 2) / 3, 0), 1)
        end as content_authenticity_score,
        case when reach_z is not null then 100 * least(greatest((reach_z - reach_z_start) / 3, 0), 1) end
            as follower_correlation_score,
        -- one pool above what the organic views justify: 50; two or more: 100
        case
            when expected_tier is not null then 100 * least(greatest((current_tier - expected_tier) / 2, 0), 1)
        end as racing_mechanism_score,
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
            when follower_tier is null then 'followers_unknown'
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
