-- materialized: table
-- One row per sampled follower: the signals read off its profile (NULL where the list did not let us read one),
-- and what it is taken for. suspicious = following thousands while followed by almost nobody, or an account days
-- old and empty in all four ways (stg_audience_rules); inactive = not suspicious and no post (a silent real follower:
-- inactive is not fake); active = not suspicious and posting; unknown = the signals that decide were unreadable.
-- Three-valued logic decides: a signal that cannot be read leaves a classification NULL only where it matters.
-- reads: follower_samples, stg_audience_rules, stg_audience_samples
with followers as (
    select * from follower_samples
),

samples as (
    select run_id, username, provider, sampled_at, is_latest from stg_audience_samples
),

rules as (
    select * from stg_audience_rules
),

signals as (
    select
        followers.run_id,
        followers.username,
        followers.provider,
        followers.sampled_at,
        samples.is_latest,
        followers.position,
        followers.follower_user_id,
        followers.follower_username,
        followers.nickname,
        followers.bio,
        followers.followers,
        followers.following,
        followers.video_count,
        followers.account_created_at,
        followers.count_problems,
        followers.video_count = 0 as no_posts,
        contains(followers.avatar, rules.default_avatar_id) as default_avatar,
        case
            when followers.bio is null then null
            else trim(followers.bio) = ''
                and (coalesce(trim(followers.nickname), '') = '' or lower(trim(followers.nickname)) = lower(followers.follower_username))
        end as no_profile_text,
        regexp_full_match(followers.follower_username, rules.machine_handle_pattern)
            or regexp_matches(followers.follower_username, rules.machine_digits_pattern) as machine_handle,
        followers.following >= rules.mass_following_min and followers.followers < rules.mass_following_followers_below as mass_following,
        date_diff('second', followers.account_created_at, followers.sampled_at) < rules.new_account_days * 86400 as new_account,
        rules.empty_signals_with_new_account
    from followers
    inner join samples using (run_id, username, provider)
    cross join rules
),

counted as (
    select
        *,
        (coalesce(no_posts::INTEGER, 0) + coalesce(default_avatar::INTEGER, 0) + coalesce(no_profile_text::INTEGER, 0)
            + coalesce(machine_handle::INTEGER, 0)) as empty_signals,
        ((no_posts is null)::INTEGER + (default_avatar is null)::INTEGER + (no_profile_text is null)::INTEGER
            + (machine_handle is null)::INTEGER) as empty_signals_unknown
    from signals
),

judged as (
    select
        *,
        -- "At least n empty signals": known true from n true, known false when even the unknown ones could not reach n.
        case
            when empty_signals >= empty_signals_with_new_account then true
            when empty_signals + empty_signals_unknown < empty_signals_with_new_account then false
        end as mostly_empty
    from counted
),

final as (
    select
        run_id,
        username,
        provider,
        sampled_at,
        is_latest,
        position,
        follower_user_id,
        follower_username,
        followers,
        following,
        video_count,
        account_created_at,
        no_posts,
        default_avatar,
        no_profile_text,
        machine_handle,
        mass_following,
        new_account,
        empty_signals,
        empty_signals_unknown,
        mass_following or (new_account and mostly_empty) as is_suspicious,
        case
            when mass_following or (new_account and mostly_empty) then 'suspicious'
            when (mass_following or (new_account and mostly_empty)) is null then 'unknown'
            when no_posts then 'inactive'
            when not no_posts then 'active'
            else 'unknown'
        end as classification,
        list_filter([
            case when no_posts then 'no_posts' end,
            case when default_avatar then 'default_avatar' end,
            case when no_profile_text then 'no_profile_text' end,
            case when machine_handle then 'machine_handle' end,
            case when mass_following then 'mass_following' end,
            case when new_account then 'new_account' end
        ], x -> x is not null) as signals,
        count_problems
    from judged
)

select * from final
