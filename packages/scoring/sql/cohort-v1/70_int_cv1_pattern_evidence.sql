-- materialized: table
-- Per judged creator: each fraud pattern's likelihood ratio (a witness group counts as its weakest signal, groups
-- multiply, an audience sample's ratio among them for fake followers; a pattern none of whose signals could be read
-- stays at 1, no evidence either way), and the ratio of "fraud" against "honest" over all patterns, each equally
-- likely among fraud: 1 + sum(LR - 1) / patterns.
-- reads: int_cv1_audience, int_cv1_evidence, int_cv1_features, stg_cv1_patterns
with evidence as (
    select creator_id, signal_id, likelihood_ratio from int_cv1_evidence
),

patterns as (
    select pattern, witness_group, signal_id from stg_cv1_patterns
),

pattern_count as (
    select count(distinct pattern)::DOUBLE as n from patterns
),

signal_witnesses as (
    select
        evidence.creator_id,
        patterns.pattern,
        patterns.witness_group,
        min(evidence.likelihood_ratio) as likelihood_ratio
    from evidence
    inner join patterns using (signal_id)
    group by all
),

-- A sample of the creator's newest followers (audit-audience) is one more, independent witness of fake followers.
witnesses as (
    select * from signal_witnesses
    union all by name
    select creator_id, 'fake_followers' as pattern, 0 as witness_group, likelihood_ratio from int_cv1_audience
),

per_pattern as (
    select
        creator_id,
        pattern,
        exp(sum(ln(likelihood_ratio))) as likelihood_ratio
    from witnesses
    group by all
),

per_creator as (
    select
        creator_id,
        sum(likelihood_ratio - 1) as excess,
        arg_max(pattern, likelihood_ratio) as top_pattern,
        max(likelihood_ratio) as top_pattern_likelihood_ratio
    from per_pattern
    group by creator_id
),

final as (
    select
        features.creator_id,
        1 + coalesce(per_creator.excess, 0) / pattern_count.n as likelihood_ratio,
        per_creator.top_pattern,
        per_creator.top_pattern_likelihood_ratio
    from int_cv1_features as features
    cross join pattern_count
    left join per_creator using (creator_id)
    where features.is_judged
)

select * from final
