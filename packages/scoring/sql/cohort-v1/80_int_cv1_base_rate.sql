-- materialized: table
-- The share of fraudulent creators in this batch, estimated from the batch itself (no labels): the maximum of the
-- likelihood under the model with a Beta prior worth prior_base_rate_creators creators at prior_base_rate, found by
-- EM (base rate <- (prior creators x prior rate + sum of posteriors) / (prior creators + creators)) until it moves
-- less than 1e-9, at most 500 rounds. A batch of one creator keeps the assumption almost whole.
-- reads: int_cv1_pattern_evidence, stg_cv1_assumptions
with recursive batch as (
    select likelihood_ratio from int_cv1_pattern_evidence
),

assumptions as (
    select prior_base_rate, prior_base_rate_creators from stg_cv1_assumptions
),

em(round, base_rate, change) as (
    select 0, prior_base_rate::DOUBLE, 1.0::DOUBLE from assumptions
    union all
    select
        any_value(em.round) + 1,
        (any_value(assumptions.prior_base_rate_creators * assumptions.prior_base_rate)
            + sum(em.base_rate * batch.likelihood_ratio / (em.base_rate * batch.likelihood_ratio + 1 - em.base_rate)))
            / (any_value(assumptions.prior_base_rate_creators) + count(*)),
        abs((any_value(assumptions.prior_base_rate_creators * assumptions.prior_base_rate)
            + sum(em.base_rate * batch.likelihood_ratio / (em.base_rate * batch.likelihood_ratio + 1 - em.base_rate)))
            / (any_value(assumptions.prior_base_rate_creators) + count(*)) - any_value(em.base_rate))
    from em cross join batch cross join assumptions
    where em.change > 1e-9 and em.round < 500
    group by em.round
),

final as (
    select
        arg_max(base_rate, round) as base_rate,
        max(round)::INTEGER as em_rounds,
        (select count(*) from batch)::INTEGER as creators,
        (select prior_base_rate from assumptions) as prior_base_rate
    from em
)

select * from final
