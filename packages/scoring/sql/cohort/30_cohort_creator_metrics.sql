-- materialized: table
-- One row per benchmarked creator: its cohort columns and the six metrics (ratios as fractions, not %):
--   engagement_rate_followers  mean over its videos of (likes + comments + shares) / followers
--   engagement_rate_views      sum(likes + comments + shares) / sum(plays) over videos with both known
--   likes_per_follower         mean likes per video / followers
--   comments_per_like          sum(comments) / sum(likes) over videos with both known
--   follow_ratio               following / followers
--   risk_score                 seed-v1's total_risk_score (0-100)
-- A metric that cannot be computed is NULL and `<metric>_missing` says why (codes; texts in
-- src/cohort/messages.ts). Unlike seed-v1's max(followers, 1), 0 followers gives no per-follower ratio.
-- reads: int_cohort_creators, int_cohort_videos
with benchmarked as (
    select * from int_cohort_creators
),

feed as (
    select
        username,
        provider,
        snapshot_at,
        count(*)::INTEGER as videos_scored,
        avg(likes) as avg_likes,
        avg(plays) as avg_plays,
        avg(engagements) as avg_engagements,
        sum(engagements) filter (where plays is not null)::DOUBLE as engagements_with_plays,
        sum(plays) filter (where engagements is not null)::DOUBLE as plays_with_engagements,
        sum(comments) filter (where likes is not null)::DOUBLE as comments_with_likes,
        sum(likes) filter (where comments is not null)::DOUBLE as likes_with_comments
    from int_cohort_videos
    group by all
),

joined as (
    select
        benchmarked.*,
        coalesce(feed.videos_scored, 0) as videos_scored,
        feed.avg_likes,
        feed.avg_plays,
        feed.avg_engagements,
        feed.engagements_with_plays,
        feed.plays_with_engagements,
        feed.comments_with_likes,
        feed.likes_with_comments
    from benchmarked
    left join feed using (username, provider, snapshot_at)
),

per_follower as (
    select
        *,
        case
            when followers is null then 'followers_unknown'
            when followers = 0 then 'no_followers'
            when videos_scored = 0 then 'no_videos'
        end as per_follower_missing
    from joined
),

final as (
    select
        username,
        provider,
        snapshot_at,
        status,
        verdict,
        follower_tier,
        followers,
        following,
        videos_scored,
        avg_likes,
        avg_plays,
        case when per_follower_missing is null then avg_engagements / followers::DOUBLE end as engagement_rate_followers,
        coalesce(per_follower_missing, case when avg_engagements is null then 'engagement_unknown' end)
            as engagement_rate_followers_missing,
        case when plays_with_engagements > 0 then engagements_with_plays / plays_with_engagements end as engagement_rate_views,
        case
            when videos_scored = 0 then 'no_videos'
            when plays_with_engagements is null then 'engagement_unknown'
            when plays_with_engagements = 0 then 'no_views'
        end as engagement_rate_views_missing,
        case when per_follower_missing is null then avg_likes / followers::DOUBLE end as likes_per_follower,
        coalesce(per_follower_missing, case when avg_likes is null then 'likes_unknown' end) as likes_per_follower_missing,
        case when likes_with_comments > 0 then comments_with_likes / likes_with_comments end as comments_per_like,
        case
            when videos_scored = 0 then 'no_videos'
            when likes_with_comments is null then 'likes_unknown'
            when likes_with_comments = 0 then 'no_likes'
        end as comments_per_like_missing,
        case when followers > 0 then following::DOUBLE / followers::DOUBLE end as follow_ratio,
        case
            when followers is null then 'followers_unknown'
            when followers = 0 then 'no_followers'
            when following is null then 'following_unknown'
        end as follow_ratio_missing,
        total_risk_score::DOUBLE as risk_score,
        case when total_risk_score is null then 'not_scored' end as risk_score_missing
    from per_follower
)

select * from final
