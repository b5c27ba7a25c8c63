-- materialized: table
-- One row per sampled comment: its text's signals and its author's, and the pattern it belongs to across the
-- creator's sampled videos.
--   generic       emoji and symbols only, or a stock phrase (stg_audience_stock_phrases) once punctuation is gone
--   duplicate     a text of at least 3 words, not generic, posted on 2 or more of the creator's sampled videos
--   coordinated   by an account that commented on more than half of the creator's sampled videos (at least 3 read):
--                 a pod's signature (NULL when fewer than 3 videos were read: no pattern can show)
--   suspicious_commenter  at least 2 of: a machine-made handle, the default avatar, no nickname of its own (a
--                 comment carries no counts, so those are what can be read)
-- reads: comment_samples, stg_audience_rules, stg_audience_samples, stg_audience_stock_phrases
with comments as (
    select * from comment_samples
),

samples as (
    select run_id, username, provider, is_latest, videos_sampled from stg_audience_samples
),

rules as (
    select * from stg_audience_rules
),

stock as (
    select phrase from stg_audience_stock_phrases
),

texts as (
    select
        comments.*,
        samples.is_latest,
        samples.videos_sampled,
        trim(regexp_replace(regexp_replace(lower(comments.text), '[^\pL\pN\s]', '', 'g'), '\s+', ' ', 'g')) as normalised_text
    from comments
    inner join samples using (run_id, username, provider)
),

signals as (
    select
        texts.*,
        case when texts.text is null then null else normalised_text = '' end as emoji_only,
        case when texts.text is null then null else normalised_text in (select phrase from stock) end as stock_phrase,
        case when normalised_text = '' then 0 else length(string_split(normalised_text, ' ')) end as words,
        regexp_full_match(texts.commenter_username, rules.machine_handle_pattern)
            or regexp_matches(texts.commenter_username, rules.machine_digits_pattern) as commenter_machine_handle,
        contains(texts.commenter_avatar, rules.default_avatar_id) as commenter_default_avatar,
        case
            when texts.commenter_username is null then null
            else coalesce(trim(texts.commenter_nickname), '') = '' or lower(trim(texts.commenter_nickname)) = lower(texts.commenter_username)
        end as commenter_nickname_is_handle,
        rules.coordinated_more_than,
        rules.coordinated_min_videos,
        rules.duplicate_min_words
    from texts
    cross join rules
),

spread as (
    select
        *,
        emoji_only or stock_phrase as is_generic,
        count(distinct video_id) over (partition by run_id, username, commenter_user_id) as commenter_videos,
        count(distinct video_id) over (partition by run_id, username, normalised_text) as text_videos
    from signals
),

final as (
    select
        run_id,
        username,
        provider,
        is_latest,
        video_id,
        position,
        comment_id,
        text,
        normalised_text,
        commenter_user_id,
        commenter_username,
        is_generic,
        emoji_only,
        stock_phrase,
        case when text is not null then not is_generic and words >= duplicate_min_words and text_videos >= 2 end as is_duplicate,
        text_videos,
        case
            when commenter_user_id is null then null
            when videos_sampled < coordinated_min_videos then null
            else commenter_videos > coordinated_more_than * videos_sampled
        end as is_coordinated,
        commenter_videos,
        videos_sampled,
        commenter_machine_handle,
        commenter_default_avatar,
        commenter_nickname_is_handle,
        case
            when (coalesce(commenter_machine_handle::INTEGER, 0) + coalesce(commenter_default_avatar::INTEGER, 0)
                + coalesce(commenter_nickname_is_handle::INTEGER, 0)) >= 2 then true
            when (coalesce(commenter_machine_handle::INTEGER, 1) + coalesce(commenter_default_avatar::INTEGER, 1)
                + coalesce(commenter_nickname_is_handle::INTEGER, 1)) < 2 then false
        end as is_suspicious_commenter
    from spread
)

select * from final
