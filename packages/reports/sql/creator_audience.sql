-- One creator's latest audience sample (any provider, the newest): its figures, from audience_quality and
-- comment_quality (audit-audience builds them). Shares are fractions; counts are exact.
with latest as (
    select * from audience_quality
    where username = $username
    qualify row_number() over (order by sampled_at desc, run_id desc) = 1
),

final as (
    select
        latest.provider,
        latest.sampled_at,
        latest.describes,
        latest.followers_sampled::INTEGER as followers_sampled,
        latest.followers_classified::INTEGER as followers_classified,
        latest.suspicious_followers::INTEGER as suspicious,
        latest.inactive_followers::INTEGER as inactive,
        latest.active_followers::INTEGER as active,
        latest.unknown_followers::INTEGER as unknown,
        latest.suspicious_share,
        latest.suspicious_share_low,
        latest.suspicious_share_high,
        latest.inactive_share,
        [
            {'signal': 'no_posts', 'followers': latest.reason_no_posts::INTEGER},
            {'signal': 'default_avatar', 'followers': latest.reason_default_avatar::INTEGER},
            {'signal': 'no_profile_text', 'followers': latest.reason_no_profile_text::INTEGER},
            {'signal': 'machine_handle', 'followers': latest.reason_machine_handle::INTEGER},
            {'signal': 'mass_following', 'followers': latest.reason_mass_following::INTEGER},
            {'signal': 'new_account', 'followers': latest.reason_new_account::INTEGER}
        ] as signals,
        comments.comments_sampled::INTEGER as comments_sampled,
        comments.videos_sampled,
        comments.coordinated_share,
        comments.coordinated_share_missing,
        comments.duplicate_share,
        comments.generic_share,
        comments.suspicious_commenter_share
    from latest
    left join comment_quality as comments using (run_id, username, provider)
)

select * from final
