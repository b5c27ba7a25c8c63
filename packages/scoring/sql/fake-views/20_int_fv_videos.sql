-- One row per video per creator snapshot, with its creator's profile figures, the seed's engagement ratios
-- (counts / views, full precision: TikHub rounds them to 5 decimals), the log-scale measures the robust
-- baselines compare, and the same video's counts at its previous snapshot.
-- Logs add 1 to both sides so a video with no likes or no comments still has a finite measure; a ratio over
-- zero views is NULL (there is nothing to judge), never 0. Counts and engagements (likes + comments + shares) as staged.
-- reads: stg_videos, int_fv_creator_history
with source as (
    select * from stg_videos
),

with_previous as (
    select
        provider,
        username,
        snapshot_at,
        video_id,
        created_at,
        plays,
        likes,
        comments,
        shares,
        saves,
        engagements,
        lag(snapshot_at) over by_time as prev_snapshot_at,
        lag(plays) over by_time as prev_plays,
        lag(likes) over by_time as prev_likes,
        lag(comments) over by_time as prev_comments,
        lag(shares) over by_time as prev_shares
    from source
    window by_time as (partition by provider, username, video_id order by snapshot_at)
),

creators as (
    select * from int_fv_creator_history
),

final as (
    select
        v.*,
        c.verified,
        c.followers,
        c.following,
        c.account_age_days,
        c.follower_tier,
        c.prev_followers,
        c.days_since_prev_creator_snapshot,
        v.prev_likes + v.prev_comments + v.prev_shares as prev_engagements,
        case when v.plays > 0 then v.likes / v.plays end as like_ratio,
        case when v.plays > 0 then v.comments / v.plays end as comment_ratio,
        case when v.plays > 0 then v.saves / v.plays end as favorite_ratio,
        case when v.plays > 0 then v.shares / v.plays end as share_ratio,
        case when v.plays > 0 then ln((v.likes + v.comments + v.shares + 1) / (v.plays + 1)) end as log_engagement_rate,
        case when v.plays > 0 then ln(v.plays) end as log_plays,
        case when v.plays > 0 and c.followers > 0 then ln(v.plays / c.followers) end as log_plays_per_follower,
        ln((v.likes + 1) / (v.comments + 1)) as log_likes_per_comment
    from with_previous as v
    left join creators as c using (provider, username, snapshot_at)
)

select * from final
