-- materialized: table
-- Per judged creator with an audience sample (audit-audience; audience_evidence, built before cohort-v1): the
-- sample's likelihood ratio for bought followers at any time, one more witness of the fake-follower pattern, and
-- its reason in words. The ratio reads the newest followers only, so a clean sample weighs at most about 2 to 1
-- against a purchase (a purchase before the window would not show) and a bought one up to about 10 to 1 for it
-- (audience_evidence, purchase_in_window_share). Creators without a sample have no row: no evidence either way.
-- reads: audience_evidence, int_cv1_features
with features as (
    select creator_id, username, provider from int_cv1_features where is_judged
),

audience as (
    select * from audience_evidence
),

final as (
    select
        features.creator_id,
        audience.sampled_at,
        audience.suspicious_share,
        audience.fake_followers_any_time_ratio as likelihood_ratio,
        list_filter(audience.reasons, r -> r.signal = 'suspicious_followers')[1].text as reason
    from features
    inner join audience using (username, provider)
    where audience.fake_followers_any_time_ratio is not null
)

select * from final
