-- Each creator snapshot's own norm over its recent videos: centre (median) and robust spread of engagement per
-- view and of views, both on a log scale (they vary by factors, not by amounts). The video being judged is
-- part of its creator's sample: the median shrugs off one outlier among the 5+ videos we require.
-- Spread: robust_sigma (1.4826 x MAD, or 1.253314 x the mean absolute deviation when MAD is 0, floored at 0.05).
-- reads: int_fv_videos
with source as (
    select provider, username, snapshot_at, log_engagement_rate, log_plays from int_fv_videos
),

centres as (
    select
        provider,
        username,
        snapshot_at,
        count(log_engagement_rate) as engagement_n,
        median(log_engagement_rate) as engagement_median,
        mad(log_engagement_rate) as engagement_mad,
        count(log_plays) as plays_n,
        median(log_plays) as plays_median,
        mad(log_plays) as plays_mad
    from source
    group by all
),

spreads as (
    select
        provider,
        username,
        snapshot_at,
        avg(abs(s.log_engagement_rate - c.engagement_median)) as engagement_mean_ad,
        avg(abs(s.log_plays - c.plays_median)) as plays_mean_ad
    from source as s
    inner join centres as c using (provider, username, snapshot_at)
    group by all
),

final as (
    select
        c.provider,
        c.username,
        c.snapshot_at,
        c.engagement_n,
        c.engagement_median,
        robust_sigma(c.engagement_mad, s.engagement_mean_ad) as engagement_sigma,
        c.plays_n,
        c.plays_median,
        robust_sigma(c.plays_mad, s.plays_mean_ad) as plays_sigma
    from centres as c
    inner join spreads as s using (provider, username, snapshot_at)
)

select * from final
