-- A campaign's latest snapshot, across providers (ties between providers at one instant: by provider name), as
-- its campaign_summary row: the snapshot the HTML report draws its leaderboard and top posts from.
select *
from campaign_summary
where hashtag = $hashtag
order by snapshot_at desc, provider
limit 1
