-- One row: how far our analysis and TikHub's agree.
--   fake_score: Pearson and Spearman correlation, mean difference (ours - theirs) and mean absolute difference;
--   is_suspicious: share of pairs that agree, the 2x2 counts, and Cohen's kappa (agreement beyond chance:
--     (p_agree - p_chance) / (1 - p_chance), p_chance from each side's own rate; NULL when both never vary);
--   confidence_level and traffic-pool tiers: share of pairs with the same value (expected tier: where both have one);
--   fake view percentage: mean absolute difference in percentage points.
-- A statistic with too few pairs to mean anything is NULL, never 0: corr() is NaN when a side does not vary, and
-- NaN is turned into NULL.
-- reads: stg_fv_agreement_pairs
with pairs as (
    select * from stg_fv_agreement_pairs
),

counted as (
    select
        any_value(content_category) as content_category,
        count(*)::INTEGER as pairs,
        nullif(corr(fake_score, tikhub_fake_score), 'NaN'::DOUBLE) as fake_score_pearson,
        nullif(corr(our_rank, their_rank), 'NaN'::DOUBLE) as fake_score_spearman,
        avg(fake_score - tikhub_fake_score) as fake_score_mean_diff,
        avg(abs(fake_score - tikhub_fake_score)) as fake_score_mean_abs_diff,
        avg((is_suspicious = tikhub_is_suspicious)::INTEGER) as suspicious_agreement,
        avg(is_suspicious::INTEGER) as ours_suspicious_rate,
        avg(tikhub_is_suspicious::INTEGER) as theirs_suspicious_rate,
        count(*) filter (where is_suspicious and tikhub_is_suspicious)::INTEGER as both_suspicious,
        count(*) filter (where is_suspicious and not tikhub_is_suspicious)::INTEGER as only_ours_suspicious,
        count(*) filter (where not is_suspicious and tikhub_is_suspicious)::INTEGER as only_theirs_suspicious,
        count(*) filter (where not is_suspicious and not tikhub_is_suspicious)::INTEGER as neither_suspicious,
        avg((confidence_level = tikhub_confidence_level)::INTEGER) as confidence_level_agreement,
        avg((current_tier = tikhub_current_tier)::INTEGER) as current_tier_agreement,
        count(*) filter (where expected_tier is not null and tikhub_expected_tier is not null)::INTEGER as expected_tier_pairs,
        avg((expected_tier = tikhub_expected_tier)::INTEGER) as expected_tier_agreement,
        avg(abs(estimated_fake_share * 100 - tikhub_fake_view_percentage)) as fake_view_percentage_mean_abs_diff
    from pairs
),

final as (
    select
        * exclude (ours_suspicious_rate, theirs_suspicious_rate),
        case
            when pairs > 0
                and ours_suspicious_rate * theirs_suspicious_rate + (1 - ours_suspicious_rate) * (1 - theirs_suspicious_rate) < 1
                then (
                    suspicious_agreement
                    - (ours_suspicious_rate * theirs_suspicious_rate + (1 - ours_suspicious_rate) * (1 - theirs_suspicious_rate))
                ) / (1 - (ours_suspicious_rate * theirs_suspicious_rate + (1 - ours_suspicious_rate) * (1 - theirs_suspicious_rate)))
        end as suspicious_kappa
    from counted
)

select * from final
