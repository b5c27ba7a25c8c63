-- Every video of every campaign snapshot, as listed. Counts stay NULL where the API sent none we could trust;
-- `engagement` reads a missing count as 0, as the seed's `stats.get('diggCount', 0)` does.
-- reads: hashtag_videos, stg_campaign_scans
with source as (
    select * from hashtag_videos
),

snapshots as (
    select hashtag, provider, snapshot_at from stg_campaign_scans
),

final as (
    select
        source.hashtag,
        source.provider,
        source.snapshot_at,
        source.video_id,
        source.list_position,
        source.author,
        source.created_at,
        source.caption,
        source.plays,
        source.likes,
        source.comments,
        source.shares,
        source.saves,
        coalesce(source.likes, 0) + coalesce(source.comments, 0) + coalesce(source.shares, 0) as engagement,
        source.is_pinned,
        source.is_ad,
        source.count_problems
    from source
    inner join snapshots using (hashtag, provider, snapshot_at)
)

select * from final
