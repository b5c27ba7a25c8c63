-- materialized: table
-- campaign_summary: one row per hashtag per provider per snapshot. The seed's figures (totals, unique creators,
-- engagement rate = (likes + comments + shares) / plays, average plays per video, repeat creators), coverage
-- against the count the API reports, the scan's cost, growth since the previous snapshot, counts that went down,
-- videos that disappeared, the same totals without flagged creators' videos, and earned media value from the
-- analyst's per-metric values ($value_*; NULL when none were given), with the screening ruleset and the verdicts
-- counted as flagged ($ruleset, $flag_verdicts) that the flagged figures mean. Ratios are full-precision doubles.
-- reads: stg_campaign_scans, campaign_videos, int_campaign_disappeared
with scans as (
    select * from stg_campaign_scans
),

videos as (
    select * from campaign_videos
),

disappeared as (
    select hashtag, provider, snapshot_at, count(*)::BIGINT as videos_disappeared
    from int_campaign_disappeared
    group by all
),

per_author as (
    select hashtag, provider, snapshot_at, author, count(*) as videos
    from videos
    where author is not null
    group by all
),

repeats as (
    select hashtag, provider, snapshot_at, count(*) filter (where videos > 1)::BIGINT as repeat_creators
    from per_author
    group by all
),

totals as (
    select
        hashtag,
        provider,
        snapshot_at,
        count(*)::BIGINT as total_videos,
        count(distinct author)::BIGINT as unique_creators,
        coalesce(sum(plays), 0)::BIGINT as total_plays,
        coalesce(sum(likes), 0)::BIGINT as total_likes,
        coalesce(sum(comments), 0)::BIGINT as total_comments,
        coalesce(sum(shares), 0)::BIGINT as total_shares,
        coalesce(sum(saves), 0)::BIGINT as total_saves,
        count(*) filter (where is_new_video)::BIGINT as new_videos,
        count(distinct author) filter (where is_new_creator)::BIGINT as new_creators,
        count(*) filter (where count_went_down)::BIGINT as videos_with_decreases,
        count(distinct author) filter (where author_verdict is null)::BIGINT as unscreened_creators,
        count(distinct author) filter (where is_flagged)::BIGINT as flagged_creators,
        count(*) filter (where is_flagged)::BIGINT as flagged_videos,
        coalesce(sum(plays) filter (where is_flagged), 0)::BIGINT as flagged_plays,
        coalesce(sum(likes) filter (where is_flagged), 0)::BIGINT as flagged_likes,
        coalesce(sum(comments) filter (where is_flagged), 0)::BIGINT as flagged_comments,
        coalesce(sum(shares) filter (where is_flagged), 0)::BIGINT as flagged_shares,
        coalesce(sum(saves) filter (where is_flagged), 0)::BIGINT as flagged_saves
    from videos
    group by all
),

joined as (
    select
        scans.hashtag,
        scans.provider,
        scans.snapshot_at,
        scans.snapshot_number,
        scans.previous_snapshot_at,
        scans.outcome as scan_outcome,
        scans.paging_stop,
        scans.is_complete,
        scans.pages,
        scans.credits,
        scans.reported_video_count,
        coalesce(totals.total_videos, 0) as total_videos,
        coalesce(totals.unique_creators, 0) as unique_creators,
        coalesce(totals.total_plays, 0) as total_plays,
        coalesce(totals.total_likes, 0) as total_likes,
        coalesce(totals.total_comments, 0) as total_comments,
        coalesce(totals.total_shares, 0) as total_shares,
        coalesce(totals.total_saves, 0) as total_saves,
        coalesce(repeats.repeat_creators, 0) as repeat_creators,
        coalesce(totals.new_videos, 0) as new_videos,
        coalesce(totals.new_creators, 0) as new_creators,
        coalesce(totals.videos_with_decreases, 0) as videos_with_decreases,
        coalesce(disappeared.videos_disappeared, 0) as videos_disappeared,
        coalesce(totals.unscreened_creators, 0) as unscreened_creators,
        coalesce(totals.flagged_creators, 0) as flagged_creators,
        coalesce(totals.flagged_videos, 0) as flagged_videos,
        coalesce(totals.flagged_plays, 0) as flagged_plays,
        coalesce(totals.flagged_likes, 0) as flagged_likes,
        coalesce(totals.flagged_comments, 0) as flagged_comments,
        coalesce(totals.flagged_shares, 0) as flagged_shares,
        coalesce(totals.flagged_saves, 0) as flagged_saves
    from scans
    left join totals using (hashtag, provider, snapshot_at)
    left join repeats using (hashtag, provider, snapshot_at)
    left join disappeared using (hashtag, provider, snapshot_at)
),

figures as (
    select
        *,
        total_likes + total_comments + total_shares as total_engagement,
        flagged_likes + flagged_comments + flagged_shares as flagged_engagement,
        total_plays - flagged_plays as screened_plays,
        (total_likes - flagged_likes) + (total_comments - flagged_comments) + (total_shares - flagged_shares)
            as screened_engagement,
        date_diff('millisecond', previous_snapshot_at, snapshot_at)::DOUBLE / 86400000::DOUBLE as days_since_previous,
        total_plays - lag(total_plays) over campaign as plays_growth,
        total_videos - lag(total_videos) over campaign as videos_growth
    from joined
    window campaign as (partition by hashtag, provider order by snapshot_at)
),

final as (
    select
        *,
        total_engagement::DOUBLE / nullif(total_plays, 0)::DOUBLE as engagement_rate,
        screened_engagement::DOUBLE / nullif(screened_plays, 0)::DOUBLE as screened_engagement_rate,
        total_plays::DOUBLE / nullif(total_videos, 0)::DOUBLE as avg_plays_per_video,
        repeat_creators::DOUBLE / nullif(unique_creators, 0)::DOUBLE as repeat_creator_share,
        total_videos::DOUBLE / nullif(reported_video_count, 0)::DOUBLE as coverage,
        case when days_since_previous > 0 then plays_growth::DOUBLE / days_since_previous end as plays_growth_per_day,
        $ruleset::VARCHAR as screening_ruleset,
        $flag_verdicts::VARCHAR[] as flag_verdicts,
        $value_currency::VARCHAR as emv_currency,
        $value_play::DOUBLE * total_plays::DOUBLE + $value_like::DOUBLE * total_likes::DOUBLE
            + $value_comment::DOUBLE * total_comments::DOUBLE + $value_share::DOUBLE * total_shares::DOUBLE
            + $value_save::DOUBLE * total_saves::DOUBLE as emv,
        $value_play::DOUBLE * (total_plays - flagged_plays)::DOUBLE
            + $value_like::DOUBLE * (total_likes - flagged_likes)::DOUBLE
            + $value_comment::DOUBLE * (total_comments - flagged_comments)::DOUBLE
            + $value_share::DOUBLE * (total_shares - flagged_shares)::DOUBLE
            + $value_save::DOUBLE * (total_saves - flagged_saves)::DOUBLE as emv_net_of_flagged
    from figures
)

select * from final
