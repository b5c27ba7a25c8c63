-- A robust spread on a log scale, from a median absolute deviation: 1.4826 x MAD (the standard deviation it
-- estimates for normal data); when MAD is 0 (half the values identical), 1.253314 x the mean absolute deviation from
-- the median (FIELD-NOTES); floored at 0.05 (5% on the log scale) so near-identical values do not make tiny gaps
-- extreme. The fake-view baselines, of a creator's videos and of a follower tier's, all use it.
create or replace macro robust_sigma(mad, mean_abs_dev) as
    greatest(case when mad > 0 then 1.4826 * mad else 1.253314 * mean_abs_dev end, 0.05)
