-- The problems behind the counts of `fields` we could not read, as ingest recorded them ('likes: negative (-3)'):
-- a count the vendor sent but we could not trust is NULL with its reason in count_problems, while a count the
-- vendor left out is NULL with no problem (the seed's own `get(key, 0)` case). A ruleset gives no verdict when
-- a count it needs is unreadable: a ratio of a number we do not have is made up.
create or replace macro unreadable_counts(count_problems, fields) as
    list_filter(coalesce(count_problems, []::VARCHAR[]), p -> list_contains(fields, split_part(p, ':', 1)))
