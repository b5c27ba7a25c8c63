-- materialized: table
-- One row per creator and provider, from its latest audience sample: what the sample says about fake followers
-- and about a pod, as likelihood ratios a ruleset can multiply into its evidence (cohort-v1's patterns), and as
-- reasons in words. The laws, stated: an honest audience's suspicious share is anywhere in [0, honest_suspicious_max]
-- (spam bots nobody bought, silent newcomers), a bought one's anywhere above it; the k suspicious of n classified
-- followers are binomial given the share. LR = mean binomial likelihood over the bought range / over the honest
-- range (a 200-point grid), capped at max_likelihood_ratio either way. The same for coordinated comments against
-- honest_coordinated_max (comments are clustered by commenter, so this LR is rougher). The window shows only the
-- newest followers: `fake_followers_any_time_ratio` is the ratio for a purchase at any time (see the rules).
-- reads: audience_quality, comment_quality, stg_audience_rules
with quality as (
    select * from audience_quality where is_latest
),

comments as (
    select * from comment_quality where is_latest
),

rules as (
    select * from stg_audience_rules
),

grid as (
    select (i - 0.5) / 200.0 as s from range(1, 201) as t(i)
),

counts as (
    select
        quality.username,
        quality.provider,
        quality.sampled_at,
        quality.followers_classified::DOUBLE as n_followers,
        quality.suspicious_followers::DOUBLE as k_followers,
        comments.coordinated_comments::DOUBLE as k_comments,
        comments.coordinated_decided::DOUBLE as n_comments
    from quality
    cross join rules
    left join comments using (run_id, username, provider)
),

likelihoods as (
    select
        counts.username,
        counts.provider,
        'followers' as evidence,
        grid.s,
        grid.s > rules.honest_suspicious_max as above,
        counts.k_followers * ln(grid.s) + (counts.n_followers - counts.k_followers) * ln(1 - grid.s) as log_likelihood
    from counts cross join grid cross join rules
    where counts.n_followers > 0
    union all
    select
        counts.username,
        counts.provider,
        'comments',
        grid.s,
        grid.s > rules.honest_coordinated_max,
        counts.k_comments * ln(grid.s) + (counts.n_comments - counts.k_comments) * ln(1 - grid.s)
    from counts cross join grid cross join rules
    where counts.n_comments > 0
),

-- The log of each range's mean likelihood, by log-sum-exp relative to the range's own best point: the best term is
-- exp(0) = 1, so the sum never underflows to 0 however many followers were sampled (relative to the overall best,
-- 400 bots left the honest range's every term below the smallest double, and ln(0) failed the model).
range_means as (
    select
        username,
        provider,
        evidence,
        above,
        max(log_likelihood) + ln(avg(exp(log_likelihood - best))) as log_mean
    from (select *, max(log_likelihood) over (partition by username, provider, evidence, above) as best from likelihoods)
    group by all
),

unclamped as (
    select
        username,
        provider,
        evidence,
        any_value(log_mean) filter (where above) - any_value(log_mean) filter (where not above) as log_ratio
    from range_means
    group by all
),

ratios as (
    select
        unclamped.username,
        unclamped.provider,
        unclamped.evidence,
        least(greatest(unclamped.log_ratio, -ln(rules.max_likelihood_ratio)), ln(rules.max_likelihood_ratio)) as log_ratio
    from unclamped cross join rules
    where unclamped.log_ratio is not null
),

final as (
    select
        quality.username,
        quality.provider,
        quality.run_id,
        quality.snapshot_at,
        quality.sampled_at,
        quality.followers_sampled,
        quality.followers_classified,
        quality.suspicious_share,
        quality.suspicious_share_low,
        quality.suspicious_share_high,
        quality.inactive_share,
        comments.comments_sampled,
        comments.coordinated_share,
        comments.duplicate_share,
        comments.generic_share,
        comments.suspicious_commenter_share,
        exp(f.log_ratio) as fake_followers_likelihood_ratio,
        -- For a purchase at any time, not only in the window: w LR + (1 - w), w = purchase_in_window_share.
        rules.purchase_in_window_share * exp(f.log_ratio) + 1 - rules.purchase_in_window_share as fake_followers_any_time_ratio,
        exp(c.log_ratio) as pod_likelihood_ratio,
        list_filter([
            case when quality.suspicious_share is not null then {
                'signal': 'suspicious_followers',
                'value': quality.suspicious_share,
                'weight': f.log_ratio,
                'text': format('suspicious followers: {:.0f}% of the {} newest (95% interval {:.0f}-{:.0f}%); among them: {}',
                    100 * quality.suspicious_share, quality.followers_classified, 100 * quality.suspicious_share_low, 100 * quality.suspicious_share_high,
                    coalesce(nullif(array_to_string(list_transform(list_slice(quality.suspicious_reasons, 1, 3),
                        r -> format('{} {}', r.followers, case r.signal
                            when 'mass_following' then 'following thousands with almost no followers'
                            when 'new_account' then 'accounts days old'
                            when 'machine_handle' then 'machine-made handles'
                            when 'default_avatar' then 'default avatars'
                            when 'no_profile_text' then 'no nickname or bio'
                            else 'no posts' end)), ', '), ''), 'none'))
            } end,
            case when comments.coordinated_share is not null then {
                'signal': 'coordinated_comments',
                'value': comments.coordinated_share,
                'weight': c.log_ratio,
                'text': format('coordinated comments: {:.0f}% of {} sampled comments come from {} account(s) commenting on most of {} videos',
                    100 * comments.coordinated_share, comments.comments_sampled, comments.coordinated_accounts, comments.videos_sampled)
            } end
        ], r -> r is not null) as reasons
    from quality
    cross join rules
    left join comments using (run_id, username, provider)
    left join ratios as f on f.username = quality.username and f.provider = quality.provider and f.evidence = 'followers'
    left join ratios as c on c.username = quality.username and c.provider = quality.provider and c.evidence = 'comments'
)

select * from final
