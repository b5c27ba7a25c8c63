-- The decision a ruleset judges one creator ($username) on, from the staged decision score reads too (so check and
-- score never pick different snapshots). The instant also goes back as text: its microseconds survive, which a JS Date rounds away.
select outcome, detail, provider, snapshot_at, snapshot_at::VARCHAR as snapshot_text
from stg_creator_decisions
where username = $username
