-- materialized: table
-- Each cohort's norm per signal: the peers' median and robust sigma (from the half fraud does not reach), without the sampling noise their
-- own few videos add (that noise goes back per creator, in the evidence), shrunk toward the built-in norm in
-- proportion to how few peers there are: median = (n x peers' + k x norm) / (n + k), and likewise the variance,
-- with k = norm_peers. A signal with no built-in norm is judged only with enough peers. Then the honest law's tail
-- (its Laplace share, stg_cv1_assumptions), read from the z-scores on the side fraud does not move.
-- reads: int_cv1_signal_values, stg_cv1_assumptions, stg_cv1_norms, stg_cv1_signals
with values as (
    select * from int_cv1_signal_values
),

assumptions as (
    select * from stg_cv1_assumptions
),

norms as (
    select * from stg_cv1_norms
),

signals as (
    select * from stg_cv1_signals
),

peers as (
    select
        cohort_id,
        any_value(follower_tier) as follower_tier,
        signal_id,
        count(*)::INTEGER as peers,
        quantile_cont(value, [0.25, 0.5, 0.75]) as quartiles,
        -- The per-video spread of a typical peer: each creator's noise is its noise unit times this.
        median(within_sigma) as typical_within_sigma,
        median(noise_unit * noise_unit) as typical_noise_unit_squared
    from values
    group by cohort_id, signal_id
),

-- Fraud pushes each signal one way, which widens that side of the peers' spread: the sigma is read from the half
-- fraud does not reach (median to the other quartile, over 0.6745, a normal's half-IQR).
half_spread as (
    select
        peers.*,
        signals.signal,
        signals.fraud_direction,
        quartiles[2] as peer_median,
        case when signals.fraud_direction < 0 then quartiles[3] - quartiles[2] else quartiles[2] - quartiles[1] end / 0.6745 as peer_sigma
    from peers
    inner join signals using (signal_id)
),

spread as (
    select
        *,
        -- Between-creator variance: the peers' spread less their typical sampling noise, never below a quarter of it.
        greatest(peer_sigma ** 2 - typical_noise_unit_squared * typical_within_sigma ** 2, 0.25 * peer_sigma ** 2) as between_variance
    from half_spread
),

with_norm as (
    select
        spread.*,
        coalesce(tier_norm.norm_median, any_norm.norm_median) as norm_median,
        coalesce(tier_norm.norm_sigma, any_norm.norm_sigma) as norm_sigma,
        coalesce(tier_norm.norm_source, any_norm.norm_source) as norm_source
    from spread
    left join norms as tier_norm on tier_norm.signal = spread.signal and tier_norm.follower_tier = spread.follower_tier
    left join norms as any_norm on any_norm.signal = spread.signal and any_norm.follower_tier = '*'
),

shrunk as (
    select
        with_norm.*,
        case when norm_median is not null then assumptions.norm_peers / (peers + assumptions.norm_peers) else 0.0 end as norm_weight,
        case
            when norm_median is not null then (peers * peer_median + assumptions.norm_peers * norm_median) / (peers + assumptions.norm_peers)
            when peers >= assumptions.min_peers_without_norm then peer_median
        end as cohort_median,
        greatest(sqrt(case
            when norm_median is not null
                then (peers * between_variance + assumptions.norm_peers * norm_sigma ** 2) / (peers + assumptions.norm_peers)
            when peers >= assumptions.min_peers_without_norm then between_variance
        end), assumptions.spread_floor) as cohort_sigma
    from with_norm cross join assumptions
),

-- How many peers lie beyond tail_z on the side their signal's fraud does not push (z measured as the evidence
-- model measures it).
honest_side as (
    select
        values.cohort_id,
        values.signal_id,
        count(*) filter (where shrunk.fraud_direction * (values.value - shrunk.cohort_median)
            / sqrt(shrunk.cohort_sigma ** 2 + (values.noise_unit * shrunk.typical_within_sigma) ** 2) < -assumptions.tail_z)
            as beyond
    from values
    inner join shrunk using (cohort_id, signal_id)
    cross join assumptions
    where shrunk.cohort_median is not null
    group by all
),

final as (
    select
        shrunk.cohort_id,
        shrunk.follower_tier,
        shrunk.signal_id,
        shrunk.signal,
        shrunk.fraud_direction,
        shrunk.peers,
        shrunk.peer_median,
        shrunk.peer_sigma,
        shrunk.typical_within_sigma,
        shrunk.norm_median,
        shrunk.norm_sigma,
        shrunk.norm_source,
        shrunk.norm_weight,
        shrunk.cohort_median,
        shrunk.cohort_sigma,
        coalesce(honest_side.beyond, 0)::INTEGER as honest_side_beyond,
        -- Share beyond tail_z on the honest side, shrunk toward the Laplace law's, read as a Laplace share in [0, 1].
        least(greatest((
            (coalesce(honest_side.beyond, 0) + assumptions.tail_prior_creators * 0.5 * exp(-assumptions.tail_z / assumptions.laplace_b))
                / (shrunk.peers + assumptions.tail_prior_creators)
            - assumptions.normal_beyond_tail_z)
            / (0.5 * exp(-assumptions.tail_z / assumptions.laplace_b) - assumptions.normal_beyond_tail_z), 0), 1) as laplace_share
    from shrunk
    cross join assumptions
    left join honest_side using (cohort_id, signal_id)
)

select * from final
