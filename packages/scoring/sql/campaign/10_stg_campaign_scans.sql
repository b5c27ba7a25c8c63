-- The snapshots a campaign is tracked on: scans of a hashtag that walked its list (`ok`) or part of it (`partial`).
-- A scan that failed or ran out of credits before its first page is no snapshot: it would look as if every video
-- had vanished. A snapshot is `complete` when paging reached the list's end (not the --max-videos cap, not a
-- failure), so a video missing from it really is gone from the list. Snapshots are numbered per hashtag and
-- provider (two providers' lists are two views of a campaign, never mixed).
-- reads: hashtag_scans
with source as (
    select * from hashtag_scans
),

snapshots as (
    select
        hashtag,
        provider,
        snapshot_at,
        run_id,
        reported_video_count,
        videos_fetched,
        pages,
        paging_stop,
        outcome,
        detail,
        credits,
        outcome = 'ok' and paging_stop in ('end', 'no_cursor', 'empty_pages') as is_complete
    from source
    where outcome in ('ok', 'partial')
),

final as (
    select
        *,
        row_number() over campaign as snapshot_number,
        lag(snapshot_at) over campaign as previous_snapshot_at
    from snapshots
    window campaign as (partition by hashtag, provider order by snapshot_at)
)

select * from final
