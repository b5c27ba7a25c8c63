-- materialized: table
-- One row per audience sample: how many of the sampled followers look suspicious, with a 95% Wilson interval, how
-- many are silent but real (inactive), and each reason counted. The follower list comes newest first: the sample
-- describes the newest audience (`window_from`..`window_to`, the follow times its pages spanned), not the whole of
-- it. Shares are over the followers whose classification could be decided (`followers_classified`).
-- reads: follower_classifications, stg_audience_rules, stg_audience_samples
with samples as (
    select * from stg_audience_samples
),

classified as (
    select * from follower_classifications
),

rules as (
    select z95 from stg_audience_rules
),

counts as (
    select
        run_id,
        username,
        provider,
        count(*) as followers_read,
        count(*) filter (where classification <> 'unknown') as followers_classified,
        count(*) filter (where classification = 'suspicious') as suspicious_followers,
        count(*) filter (where classification = 'inactive') as inactive_followers,
        count(*) filter (where classification = 'active') as active_followers,
        count(*) filter (where classification = 'unknown') as unknown_followers,
        count(*) filter (where no_posts) as reason_no_posts,
        count(*) filter (where default_avatar) as reason_default_avatar,
        count(*) filter (where no_profile_text) as reason_no_profile_text,
        count(*) filter (where machine_handle) as reason_machine_handle,
        count(*) filter (where mass_following) as reason_mass_following,
        count(*) filter (where new_account) as reason_new_account,
        count(*) filter (where no_posts is null or mass_following is null or new_account is null) as followers_with_unread_signals,
        -- What made the suspicious ones suspicious, most frequent first (ties: the signal that weighs most first).
        list_sort(list_filter([
            {'followers': count(*) filter (where classification = 'suspicious' and mass_following), 'order': 6, 'signal': 'mass_following'},
            {'followers': count(*) filter (where classification = 'suspicious' and new_account), 'order': 5, 'signal': 'new_account'},
            {'followers': count(*) filter (where classification = 'suspicious' and machine_handle), 'order': 4, 'signal': 'machine_handle'},
            {'followers': count(*) filter (where classification = 'suspicious' and default_avatar), 'order': 3, 'signal': 'default_avatar'},
            {'followers': count(*) filter (where classification = 'suspicious' and no_profile_text), 'order': 2, 'signal': 'no_profile_text'},
            {'followers': count(*) filter (where classification = 'suspicious' and no_posts), 'order': 1, 'signal': 'no_posts'}
        ], r -> r.followers > 0), 'DESC') as suspicious_reasons
    from classified
    group by all
),

shares as (
    select
        samples.*,
        coalesce(counts.followers_classified, 0) as followers_classified,
        coalesce(counts.suspicious_followers, 0) as suspicious_followers,
        coalesce(counts.inactive_followers, 0) as inactive_followers,
        coalesce(counts.active_followers, 0) as active_followers,
        coalesce(counts.unknown_followers, 0) as unknown_followers,
        coalesce(counts.reason_no_posts, 0) as reason_no_posts,
        coalesce(counts.reason_default_avatar, 0) as reason_default_avatar,
        coalesce(counts.reason_no_profile_text, 0) as reason_no_profile_text,
        coalesce(counts.reason_machine_handle, 0) as reason_machine_handle,
        coalesce(counts.reason_mass_following, 0) as reason_mass_following,
        coalesce(counts.reason_new_account, 0) as reason_new_account,
        coalesce(counts.followers_with_unread_signals, 0) as followers_with_unread_signals,
        coalesce(counts.suspicious_reasons, []) as suspicious_reasons,
        counts.suspicious_followers::DOUBLE / nullif(counts.followers_classified, 0) as suspicious_share,
        counts.inactive_followers::DOUBLE / nullif(counts.followers_classified, 0) as inactive_share,
        counts.followers_classified::DOUBLE as n,
        rules.z95 as z
    from samples
    cross join rules
    left join counts using (run_id, username, provider)
),

final as (
    select
        * exclude (n, z),
        -- Wilson's score interval: (p + z^2/2n +- z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n).
        (suspicious_share + z * z / (2 * n) - z * sqrt(suspicious_share * (1 - suspicious_share) / n + z * z / (4 * n * n))) / (1 + z * z / n)
            as suspicious_share_low,
        (suspicious_share + z * z / (2 * n) + z * sqrt(suspicious_share * (1 - suspicious_share) / n + z * z / (4 * n * n))) / (1 + z * z / n)
            as suspicious_share_high,
        case when suspicious_share is null then 'no_followers_classified' end as suspicious_share_missing,
        format('the {} newest followers{}', followers_sampled,
            case when window_from is not null then format(', who followed between {} and {}', strftime(window_from, '%Y-%m-%d %H:%M'), strftime(window_to, '%Y-%m-%d %H:%M')) else '' end)
            as describes
    from shares
)

select * from final
