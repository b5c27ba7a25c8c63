-- materialized: table
-- One row per audience sample: the share of its sampled comments that are coordinated (a pod's signature),
-- duplicated across videos, generic, or by suspicious-looking accounts. Each share is over the comments where it
-- could be decided; a share that cannot be computed is NULL and `<share>_missing` says why.
-- reads: comment_classifications, stg_audience_rules, stg_audience_samples
with samples as (
    select * from stg_audience_samples
),

comments as (
    select * from comment_classifications
),

rules as (
    select coordinated_min_videos from stg_audience_rules
),

counts as (
    select
        run_id,
        username,
        provider,
        count(*) as comments_read,
        count(distinct commenter_user_id) as commenters,
        count(*) filter (where is_coordinated is not null) as coordinated_decided,
        count(*) filter (where is_coordinated) as coordinated_comments,
        count(distinct commenter_user_id) filter (where is_coordinated) as coordinated_accounts,
        count(*) filter (where is_duplicate is not null) as duplicate_decided,
        count(*) filter (where is_duplicate) as duplicate_comments,
        count(*) filter (where is_generic is not null) as generic_decided,
        count(*) filter (where is_generic) as generic_comments,
        count(*) filter (where is_suspicious_commenter is not null) as commenters_decided,
        count(*) filter (where is_suspicious_commenter) as suspicious_commenter_comments
    from comments
    group by all
),

final as (
    select
        samples.run_id,
        samples.username,
        samples.provider,
        samples.snapshot_at,
        samples.sampled_at,
        samples.is_latest,
        samples.videos_asked,
        samples.videos_sampled,
        coalesce(counts.comments_read, 0) as comments_sampled,
        coalesce(counts.commenters, 0) as commenters,
        coalesce(counts.coordinated_comments, 0) as coordinated_comments,
        coalesce(counts.coordinated_accounts, 0) as coordinated_accounts,
        coalesce(counts.duplicate_comments, 0) as duplicate_comments,
        coalesce(counts.generic_comments, 0) as generic_comments,
        coalesce(counts.suspicious_commenter_comments, 0) as suspicious_commenter_comments,
        coalesce(counts.coordinated_decided, 0) as coordinated_decided,
        counts.coordinated_comments::DOUBLE / nullif(counts.coordinated_decided, 0) as coordinated_share,
        counts.duplicate_comments::DOUBLE / nullif(counts.duplicate_decided, 0) as duplicate_share,
        counts.generic_comments::DOUBLE / nullif(counts.generic_decided, 0) as generic_share,
        counts.suspicious_commenter_comments::DOUBLE / nullif(counts.commenters_decided, 0) as suspicious_commenter_share,
        case
            when coalesce(counts.comments_read, 0) = 0 then 'no_comments'
            when samples.videos_sampled < rules.coordinated_min_videos then 'too_few_videos'
            when coalesce(counts.coordinated_decided, 0) = 0 then 'no_commenter_ids'
        end as coordinated_share_missing,
        case when coalesce(counts.comments_read, 0) = 0 then 'no_comments' end as text_shares_missing
    from samples
    cross join rules
    left join counts using (run_id, username, provider)
)

select * from final
