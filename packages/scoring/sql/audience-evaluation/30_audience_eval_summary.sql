-- materialized: table
-- EVALUATION ONLY: how well the estimates hold against the truth, over every labelled sample.
--   share_mae, share_bias, share_rmse  suspicious share against the window's expected fake share
--   interval_coverage                  share of samples whose 95% interval holds that truth
--   within_two_se                      share of samples within 2 binomial standard errors (at the truth) of it
--   share_rank_correlation             Spearman's rho of estimate and truth over creators
--   misordered_pairs / separable_pairs pairs whose truths differ by more than 2 standard errors of their
--                                      difference, and those of them the estimates put in the wrong order
--   precision, recall                  suspicious followers against fake ones (bots), follower by follower
--   inactive_precision                 followers taken for inactive that are real people
--   coordinated_*                      the same for coordinated comments against pod comments
-- reads: audience_eval_creators, audience_eval_followers
with creators as (
    select * from audience_eval_creators
),

-- Spearman's rho: Pearson's over mid ranks (ties share their mean rank), each ranked among the creators the figure
-- could be computed for (a creator without one is left out, not ranked first). NULL, never NaN, when a side does
-- not vary (one creator, or all alike).
share_ranks as (
    select mid_rank(suspicious_share) as estimate_rank, mid_rank(window_fake_share) as truth_rank
    from creators
    where suspicious_share is not null and window_fake_share is not null
),

pod_ranks as (
    select mid_rank(coordinated_share) as coordinated_rank, mid_rank(sampled_pod_share) as pod_rank
    from creators
    where coordinated_share is not null and sampled_pod_share is not null
),

correlations as (
    select
        (select nullif(corr(estimate_rank, truth_rank), 'NaN'::DOUBLE) from share_ranks) as share_rank_correlation,
        (select nullif(corr(coordinated_rank, pod_rank), 'NaN'::DOUBLE) from pod_ranks) as coordinated_rank_correlation
),

pairs as (
    select
        count(*) filter (where abs(a.window_fake_share - b.window_fake_share) > 2 * sqrt(a.sampling_se ** 2 + b.sampling_se ** 2)) as separable,
        count(*) filter (where abs(a.window_fake_share - b.window_fake_share) > 2 * sqrt(a.sampling_se ** 2 + b.sampling_se ** 2)
            and (a.window_fake_share - b.window_fake_share) * (a.suspicious_share - b.suspicious_share) <= 0) as misordered,
        count(*) filter (where abs(a.sampled_pod_share - b.sampled_pod_share) > 0.1
            and a.coordinated_share is not null and b.coordinated_share is not null) as pod_separable,
        count(*) filter (where abs(a.sampled_pod_share - b.sampled_pod_share) > 0.1
            and a.coordinated_share is not null and b.coordinated_share is not null
            and (a.sampled_pod_share - b.sampled_pod_share) * (a.coordinated_share - b.coordinated_share) <= 0) as pod_misordered
    from creators as a
    inner join creators as b on a.run_id || a.username < b.run_id || b.username
    where a.suspicious_share is not null and b.suspicious_share is not null
),

followers as (
    select
        sum(followers) filter (where classification = 'suspicious' and is_fake) as true_positives,
        sum(followers) filter (where classification = 'suspicious') as flagged,
        sum(followers) filter (where is_fake and classification <> 'unknown') as fake,
        sum(followers) filter (where classification = 'inactive' and not is_fake) as inactive_real,
        sum(followers) filter (where classification = 'inactive') as inactive
    from audience_eval_followers
),

final as (
    select
        count(*)::INTEGER as samples,
        count(suspicious_share)::INTEGER as estimated,
        avg(abs(share_error)) as share_mae,
        avg(share_error) as share_bias,
        sqrt(avg(share_error ** 2)) as share_rmse,
        max(abs(share_error)) as share_max_error,
        avg(truth_in_interval::INTEGER) as interval_coverage,
        avg((abs(share_error) <= 2 * sampling_se)::INTEGER) filter (where sampling_se > 0) as within_two_se,
        any_value(correlations.share_rank_correlation) as share_rank_correlation,
        any_value(pairs.separable)::INTEGER as separable_pairs,
        any_value(pairs.misordered)::INTEGER as misordered_pairs,
        any_value(followers.true_positives)::DOUBLE / nullif(any_value(followers.flagged), 0) as precision,
        any_value(followers.true_positives)::DOUBLE / nullif(any_value(followers.fake), 0) as recall,
        any_value(followers.inactive_real)::DOUBLE / nullif(any_value(followers.inactive), 0) as inactive_precision,
        avg(abs(coordinated_error)) as coordinated_mae,
        max(abs(coordinated_error)) as coordinated_max_error,
        any_value(correlations.coordinated_rank_correlation) as coordinated_rank_correlation,
        any_value(pairs.pod_separable)::INTEGER as pod_separable_pairs,
        any_value(pairs.pod_misordered)::INTEGER as pod_misordered_pairs
    from creators
    cross join pairs
    cross join followers
    cross join correlations
)

select * from final
