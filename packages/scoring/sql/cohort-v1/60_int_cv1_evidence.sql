-- materialized: table
-- Per creator and signal: the robust z against its cohort's norm, and the likelihood ratio of that z under fraud
-- versus honesty. sigma = the cohort's sigma with the creator's own sampling noise added (its noise unit times the
-- cohort's typical per-video spread). The laws, from stg_cv1_assumptions:
--   honest: z ~ (1 - w) Normal(0, 1) + w Laplace(0, b), w the cohort's laplace_share for the signal, except a share q
--           that can show anything;
--   fraud:  the honest law shifted in the signal's fraud direction by s ~ Uniform(lo, hi) sigmas (the log-scale shift
--           range over sigma), except a share h left as honest.
-- With d = z in the fraud direction (an honest-side value reads as the median: d >= 0), the shifted density over the
-- honest one is R(d) = (F(d - lo) - F(d - hi)) / ((hi - lo) f(d)), F and f the honest law's CDF and density; the
-- normal CDF by Abramowitz & Stegun 26.2.17 (error under 7.5e-8). Then LR = (h + (1 - h) R) / ((1 - q) + q R):
-- under 1 for an ordinary value, never above (1 - h) / q. d stops at 12 sigmas, far past where LR has reached that.
-- reads: int_cv1_cohort_norms, int_cv1_signal_values, stg_cv1_assumptions
with values as (
    select * from int_cv1_signal_values
),

norms as (
    select * from int_cv1_cohort_norms
),

assumptions as (
    select * from stg_cv1_assumptions
),

scored as (
    select
        values.creator_id,
        values.cohort_id,
        values.signal_id,
        values.value,
        norms.cohort_median,
        norms.laplace_share as w,
        sqrt(norms.cohort_sigma ** 2 + (values.noise_unit * norms.typical_within_sigma) ** 2) as sigma,
        norms.fraud_direction
    from values
    inner join norms using (cohort_id, signal_id)
    where norms.cohort_median is not null
),

in_sigmas as (
    select
        scored.*,
        assumptions.laplace_b as b,
        (value - cohort_median) / sigma as robust_z,
        assumptions.min_shift_log / sigma as lo,
        assumptions.max_shift_log / sigma as hi,
        least(greatest(fraud_direction * (value - cohort_median) / sigma, 0), assumptions.max_shift_log / sigma, 12) as d
    from scored cross join assumptions
),

-- The two arguments of F, and the normal upper tail Q(|x|) = phi(x) t (b1 + t (b2 + ...)), t = 1 / (1 + p |x|).
tails as (
    select
        *,
        d - lo as a1,
        d - hi as a2,
        exp(-0.5 * (d - lo) ** 2) / sqrt(2 * pi()) * (1 / (1 + 0.2316419 * abs(d - lo))) * (0.319381530 + (1 / (1 + 0.2316419 * abs(d - lo)))
            * (-0.356563782 + (1 / (1 + 0.2316419 * abs(d - lo))) * (1.781477937 + (1 / (1 + 0.2316419 * abs(d - lo)))
            * (-1.821255978 + (1 / (1 + 0.2316419 * abs(d - lo))) * 1.330274429)))) as q1,
        exp(-0.5 * (d - hi) ** 2) / sqrt(2 * pi()) * (1 / (1 + 0.2316419 * abs(d - hi))) * (0.319381530 + (1 / (1 + 0.2316419 * abs(d - hi)))
            * (-0.356563782 + (1 / (1 + 0.2316419 * abs(d - hi))) * (1.781477937 + (1 / (1 + 0.2316419 * abs(d - hi)))
            * (-1.821255978 + (1 / (1 + 0.2316419 * abs(d - hi))) * 1.330274429)))) as q2
    from in_sigmas
),

ratio as (
    select
        *,
        (
            (1 - w) * ((case when a1 < 0 then q1 else 1 - q1 end) - (case when a2 < 0 then q2 else 1 - q2 end))
            + w * ((case when a1 < 0 then 0.5 * exp(a1 / b) else 1 - 0.5 * exp(-a1 / b) end)
                   - (case when a2 < 0 then 0.5 * exp(a2 / b) else 1 - 0.5 * exp(-a2 / b) end))
        ) / ((hi - lo) * ((1 - w) * exp(-0.5 * d * d) / sqrt(2 * pi()) + w * exp(-d / b) / (2 * b))) as shifted_over_honest
    from tails
),

final as (
    select
        creator_id,
        cohort_id,
        signal_id,
        value,
        robust_z,
        (assumptions.fraud_hidden_share + (1 - assumptions.fraud_hidden_share) * shifted_over_honest)
            / (1 - assumptions.honest_anything_share + assumptions.honest_anything_share * shifted_over_honest) as likelihood_ratio
    from ratio cross join assumptions
)

select * from final
