-- TikHub's full report beside each asked video's ($ids) latest scored row: the body landed in raw_responses for
-- the same request at the same fetch time (the normalised table keeps only the figures).
with latest as (
    select video_id, tikhub_request_key, tikhub_fetched_at
    from video_fake_view_latest
    where list_contains($ids, video_id)
),

final as (
    select latest.video_id, any_value(r.body) as body
    from latest
    inner join raw_responses as r
        on r.provider = 'tikhub' and r.outcome = 'ok'
        and r.request_key = latest.tikhub_request_key and r.fetched_at = latest.tikhub_fetched_at
    group by latest.video_id
)

select * from final
