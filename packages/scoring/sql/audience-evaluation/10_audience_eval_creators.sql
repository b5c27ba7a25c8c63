-- materialized: table
-- EVALUATION ONLY: each labelled audience sample beside the simulator's truth. Two truths per figure: the expected
-- share over the followers the sample's window covers (what the estimate aims at; a sample's own share scatters
-- around it by sampling error) and the share among the very followers sampled (realised: the classifier's error
-- alone). For comments, the pod's share of the sampled comments (realised) and of the sampled videos' lists.
-- reads: audience_quality, audience_samples, comment_classifications, comment_quality, follower_classifications, sim_audience_labels, sim_comment_labels, sim_follower_labels
with quality as (
    select * from audience_quality
),

comments as (
    select * from comment_quality
),

labels as (
    select * from sim_audience_labels where seed = $seed
),

follower_truth as (
    select
        classified.run_id,
        classified.username,
        count(*) filter (where labels.follower_user_id is not null) as followers_labelled,
        count(*) filter (where labels.is_fake) as fake_followers,
        count(*) filter (where labels.kind = 'inactive') as silent_real_followers
    from follower_classifications as classified
    left join sim_follower_labels as labels
        on labels.seed = $seed and labels.username = classified.username and labels.labelled_at = classified.sampled_at
        and labels.follower_user_id = classified.follower_user_id
    group by all
),

comment_truth as (
    select
        classified.run_id,
        classified.username,
        count(*) filter (where labels.comment_id is not null) as comments_labelled,
        count(*) filter (where labels.kind = 'pod') as pod_comments,
        count(*) filter (where labels.kind = 'bot') as bot_comments
    from comment_classifications as classified
    inner join audience_samples as samples using (run_id, username)
    left join sim_comment_labels as labels
        on labels.seed = $seed and labels.username = classified.username and labels.labelled_at = samples.sampled_at
        and labels.comment_id = classified.comment_id
    group by all
),

final as (
    select
        quality.run_id,
        quality.username,
        quality.provider,
        quality.sampled_at,
        labels.archetype,
        labels.in_pod,
        quality.followers_classified,
        quality.suspicious_share,
        quality.suspicious_share_low,
        quality.suspicious_share_high,
        labels.window_fake_share,
        follower_truth.fake_followers::DOUBLE / nullif(follower_truth.followers_labelled, 0) as sampled_fake_share,
        quality.suspicious_share - labels.window_fake_share as share_error,
        labels.window_fake_share between quality.suspicious_share_low and quality.suspicious_share_high as truth_in_interval,
        -- The binomial standard error at the true share: what a perfect classifier's estimate would still scatter by.
        sqrt(labels.window_fake_share * (1 - labels.window_fake_share) / nullif(quality.followers_classified, 0)) as sampling_se,
        quality.inactive_share,
        follower_truth.silent_real_followers::DOUBLE / nullif(follower_truth.followers_labelled, 0) as sampled_silent_real_share,
        comments.comments_sampled,
        comments.coordinated_share,
        comment_truth.pod_comments::DOUBLE / nullif(comment_truth.comments_labelled, 0) as sampled_pod_share,
        labels.sampled_videos_pod_share,
        comments.coordinated_share - comment_truth.pod_comments::DOUBLE / nullif(comment_truth.comments_labelled, 0) as coordinated_error,
        comments.suspicious_commenter_share,
        comment_truth.bot_comments::DOUBLE / nullif(comment_truth.comments_labelled, 0) as sampled_bot_comment_share
    from quality
    inner join labels on labels.username = quality.username and labels.labelled_at = quality.sampled_at
    left join follower_truth on follower_truth.run_id = quality.run_id and follower_truth.username = quality.username
    left join comments on comments.run_id = quality.run_id and comments.username = quality.username and comments.provider = quality.provider
    left join comment_truth on comment_truth.run_id = quality.run_id and comment_truth.username = quality.username
)

select * from final
