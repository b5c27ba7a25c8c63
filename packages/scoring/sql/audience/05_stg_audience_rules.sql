-- The thresholds the audience rules use, in one row, so every classification can be read beside the numbers it
-- was made with. Why each (packages/scoring/README.md, "Audience quality"): bots follow thousands and are followed
-- by nobody; bought accounts are days old; real silent followers look half empty too (no posts, a default
-- picture, a handle TikTok made) but are old and follow few, so emptiness alone never makes an account suspicious.
-- reads: (nothing)
with final as (
    select
        1000 as mass_following_min,
        10 as mass_following_followers_below,
        30 as new_account_days,
        -- Days old is not enough (real people open accounts every day and follow someone first): days old and
        -- empty in all four ways (no posts, default picture, no nickname or bio, TikTok's own handle).
        4 as empty_signals_with_new_account,
        -- TikTok's default avatar: the app itself checks an avatar's url for this id.
        '1594805258216454' as default_avatar_id,
        -- TikTok's own handles for accounts that never chose one ("user" and digits), or 8 digits in a row anywhere.
        '^user[0-9]{6,}$' as machine_handle_pattern,
        '[0-9]{8,}' as machine_digits_pattern,
        -- "Most" of a creator's sampled videos, and the fewest videos that can show a pattern across them.
        0.5 as coordinated_more_than,
        3 as coordinated_min_videos,
        3 as duplicate_min_words,
        1.959963984540054 as z95,
        -- Suspicious shares honest audiences reach (spam bots nobody bought, silent newcomers), and what a pod's
        -- coordinated comments reach over honest regulars: the ceilings the evidence for cohort-v1 is read against.
        0.15 as honest_suspicious_max,
        0.05 as honest_coordinated_max,
        20.0 as max_likelihood_ratio,
        -- The newest followers show a purchase only while it arrives or soon after: a creator who bought followers
        -- is assumed to have them in the sampled window half the time. So a clean window is weak evidence against
        -- a purchase at any time (a ratio of at least 0.5 + 0.5 / 20), a bought one strong evidence for it.
        0.5 as purchase_in_window_share
)

select * from final
