-- materialized: table
-- Per judged creator, the signals that speak for fraud at least 2:1, in words an analyst can quote: the creator's
-- value, its cohort's norm (median) and the robust z, heaviest first (weight = ln of the likelihood ratio, the
-- evidence in nats), and an audience sample's suspicious followers when they speak for fraud as strongly. Only
-- those few rows are put in words; every signal stays in cohort_v1_signals.
-- reads: int_cv1_audience, int_cv1_cohort_norms, int_cv1_cohorts, int_cv1_evidence, stg_cv1_assumptions, stg_cv1_signals
with strong as (
    select * from int_cv1_evidence where likelihood_ratio >= 2
),

norms as (
    select cohort_id, signal_id, peers, norm_weight, cohort_median from int_cv1_cohort_norms
),

cohorts as (
    select creator_id, cohort from int_cv1_cohorts
),

signals as (
    select * from stg_cv1_signals
),

assumptions as (
    select few_peers_norm_weight from stg_cv1_assumptions
),

shown as (
    select
        strong.*,
        norms.peers,
        norms.norm_weight,
        norms.cohort_median,
        cohorts.cohort,
        signals.signal,
        signals.label,
        ln(strong.likelihood_ratio) as weight,
        assumptions.few_peers_norm_weight,
        -- Values are logs: shown as what exp(value) means for the signal.
        case signals.shown_as
            when 'percent' then format('{:.1f}%', 100 * exp(strong.value))
            when 'per_100' then format('{:.2f}', 100 * exp(strong.value))
            when 'spread' then format('x{:.2f}', exp(exp(strong.value)))
            when 'times' then format('{:.2f}x', exp(strong.value))
            when 'ratio' then format('{:.3f}', exp(strong.value))
            else format('{:.2f}', exp(strong.value))
        end as value_text,
        case signals.shown_as
            when 'percent' then format('{:.1f}%', 100 * exp(norms.cohort_median))
            when 'per_100' then format('{:.2f}', 100 * exp(norms.cohort_median))
            when 'spread' then format('x{:.2f}', exp(exp(norms.cohort_median)))
            when 'times' then format('{:.2f}x', exp(norms.cohort_median))
            when 'ratio' then format('{:.3f}', exp(norms.cohort_median))
            else format('{:.2f}', exp(norms.cohort_median))
        end as median_text
    from strong
    inner join norms using (cohort_id, signal_id)
    inner join cohorts using (creator_id)
    inner join signals using (signal_id)
    cross join assumptions
),

signal_reasons as (
    select
        creator_id,
        signal_id,
        {
            'signal': signal,
            'value': value,
            'cohort_median': cohort_median,
            'robust_z': robust_z,
            'weight': weight,
            'text': format('{}: {} vs {} for {} peers ({}{}); robust z {:+.1f}',
                label, value_text, median_text, cohort, peers,
                case when norm_weight >= few_peers_norm_weight then format(', {:.0f}% published norm', 100 * norm_weight) else '' end,
                robust_z)
        } as reason
    from shown
),

-- An audience sample that speaks for bought followers at least 2:1, in its own words (no cohort norm: a share).
audience_reasons as (
    select
        creator_id,
        100 as signal_id,
        {
            'signal': 'suspicious_followers',
            'value': suspicious_share,
            'cohort_median': null::DOUBLE,
            'robust_z': null::DOUBLE,
            'weight': ln(likelihood_ratio),
            'text': reason
        } as reason
    from int_cv1_audience
    where likelihood_ratio >= 2
),

final as (
    select
        creator_id,
        list(reason order by reason.weight desc, signal_id) as reasons
    from (select * from signal_reasons union all select * from audience_reasons)
    group by creator_id
)

select * from final
