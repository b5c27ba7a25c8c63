-- Built-in norms each signal is shrunk toward when a cohort has few peers: a median and a robust sigma on log
-- scale, per follower tier ('*' for every tier), from published figures (FIELD-NOTES) or, where nothing is
-- published, from first principles; signals with no row here have no norm and need peers. A p10-p90 range reads as
-- sigma = ln(p90 / p10) / 2.563 (a normal's p10-p90 spans 2.563 sigma); a p50-p90 pair as ln(p90 / p50) / 1.2816.
-- sub-nano uses nano's figures (the sources start at 1K followers).
-- reads: (nothing)
with tides_likes as (
    -- TIDES (5,000 real creators, 1,000 per tier): lifetime likes per video per follower, p10 / p50 / p90.
    select * from (values
        ('sub-nano', 0.018, 0.13, 1.5), ('nano', 0.018, 0.13, 1.5), ('micro', 0.015, 0.066, 0.43),
        ('mid', 0.008, 0.032, 0.12), ('macro', 0.007, 0.027, 0.11), ('mega', 0.0075, 0.024, 0.077)
    ) as t(follower_tier, p10, p50, p90)
),

tides_following as (
    -- TIDES following / followers: nano p50 0.09 and p90 1.0 (sigma 1.88, p50 = p90 x 0.09); micro, mid and mega publish only a p90
    -- (0.15, 0.012, 0.001), read with nano's sigma; macro's p90 is the geometric mean of mid's and mega's.
    select * from (values
        ('sub-nano', 1.0), ('nano', 1.0), ('micro', 0.15), ('mid', 0.012), ('macro', sqrt(0.012 * 0.001)), ('mega', 0.001)
    ) as t(follower_tier, p90)
),

imf_engagement as (
    -- Influencer Marketing Factory, engagement per video over followers: under 100K 7.5%, 100-500K 5.1%,
    -- 500K-1M 4.5%, 1-5M 3.8%. Over the seed's engagement per view (likes 1-10%, comments 0.1-0.5%, shares
    -- 0.05-0.5%: medians 3.16% + 0.22% + 0.16% = 3.54%) it gives plays per follower.
    select * from (values
        ('sub-nano', 0.075), ('nano', 0.075), ('micro', 0.075), ('mid', 0.051), ('macro', 0.045), ('mega', 0.038)
    ) as t(follower_tier, engagement_rate)
),

final as (
    select 'hearts_per_follower' as signal, follower_tier, ln(p50) as norm_median, ln(p90 / p10) / 2.563 as norm_sigma,
        'TIDES p10/p50/p90 of likes per video per follower' as norm_source
    from tides_likes
    union all
    select 'follow_ratio', follower_tier, ln(p90 * 0.09), ln(1.0 / 0.09) / 1.2816,
        'TIDES following/followers (p90 per tier, nano''s spread)'
    from tides_following
    union all
    -- The seed's rule of thumb for plays per follower, "10-200% is typical", sets the spread.
    select 'reach', follower_tier, ln(engagement_rate / 0.0354), ln(2.0 / 0.1) / 2.563,
        'Influencer Marketing Factory engagement by tier over the seed''s engagement per view; spread from the seed''s 10-200%'
    from imf_engagement
    union all
    select * from (values
        -- Seed 001's normal ranges per view: likes 1-10%, comments 0.1-0.5%, shares 0.05-0.5%, saves 0.05-0.8%.
        ('likes_per_play', '*', ln(0.0316), ln(10.0) / 2.563, 'seed 001: likes 1-10% of views'),
        ('comments_per_like', '*', ln(0.00224 / 0.0316), sqrt((ln(5.0) / 2.563) ** 2 + (ln(10.0) / 2.563) ** 2),
            'seed 001: comments 0.1-0.5% and likes 1-10% of views'),
        ('shares_saves_per_like', '*', ln((0.00158 + 0.002) / 0.0316), 1.27,
            'seed 001: shares 0.05-0.5%, saves 0.05-0.8% and likes 1-10% of views'),
        -- First principles: likes track plays (ratio 1), with the sampling noise of 30 videos as spread.
        ('likes_uniformity', '*', 0.0, 1.166 * sqrt(2.0 / 30), 'first principles: likes vary as plays do'),
        -- First principles: the most-played videos are liked like the others (gap 0), with the noise of 5 videos
        -- against 30 at a per-video spread of 0.5.
        ('top_video_gap', '*', 0.0, 1.2533 * 0.5 * sqrt(1.0 / 5 + 1.0 / 30), 'first principles: popular videos are liked like the rest')
    ) as t(signal, follower_tier, norm_median, norm_sigma, norm_source)
)

select * from final
