-- The latest scored row of each asked video ($ids), or of every video when $ids is NULL, by video id, a page at a
-- time ($limit rows from $offset): what detect-fake-views assembles its per-video reports from.
select *
from video_fake_view_latest
where $ids::VARCHAR[] is null or list_contains($ids::VARCHAR[], video_id)
order by video_id
limit $limit
offset $offset
