-- Audience samples that read something (`ok`, or `partial` when cut short), one row each, with `is_latest` marking
-- each creator's newest sample per provider (the one reports and cohort-v1 read).
-- reads: audience_samples
with source as (
    select * from audience_samples
),

final as (
    select
        run_id,
        username,
        provider,
        outcome,
        detail,
        snapshot_at,
        sampled_at,
        followers_asked,
        followers_sampled,
        followers_listed,
        window_from,
        window_to,
        videos_asked,
        videos_sampled,
        comments_sampled,
        row_number() over (partition by username, provider order by sampled_at desc, run_id desc) = 1 as is_latest
    from source
    where outcome in ('ok', 'partial') and sampled_at is not null
)

select * from final
