-- One campaign snapshot's row of campaign_summary: the figures both campaign reports (terminal and HTML) print.
select *
from campaign_summary
where hashtag = $hashtag and provider = $provider and snapshot_at = $snapshot_at::TIMESTAMP
