-- The page of a creator snapshot's feed the seed scores: its first 30 videos, pinned ones included (the seed
-- asks for one page of 30). Ingest numbers a snapshot's feed 1..n without gaps, after dropping pinned videos the
-- feed repeats, so the first 30 are exactly `feed_position <= 30`. seed-v1 and the cohort benchmarks both measure
-- a creator on this page (src/seed-v1/rules.ts has the same 30 as VIDEOS_SCORED, for check's TypeScript path).
create or replace macro on_scored_page(feed_position) as feed_position <= 30
