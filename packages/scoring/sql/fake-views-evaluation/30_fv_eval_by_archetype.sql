-- materialized: table
-- EVALUATION ONLY. Per planted creator archetype: how often its video snapshots were flagged and how the
-- estimated fake share compares with the planted one. Other frauds (bought likes, bought followers) plant no
-- fake views: a flag there is a false positive of this analysis, however fraudulent the account.
-- reads: stg_fv_eval_pairs
with labelled as (
    select * from stg_fv_eval_pairs where fake_score is not null
),

final as (
    select
        coalesce(archetype, 'unlabelled') as archetype,
        count(*)::INTEGER as scored,
        count(*) filter (where planted_fake_share >= $positive_share)::INTEGER as botted,
        avg(is_suspicious::INTEGER) as flagged_rate,
        avg(fake_score) as mean_fake_score,
        avg(planted_fake_share) as mean_planted_share,
        avg(estimated_fake_share) as mean_estimated_share
    from labelled
    group by all
)

select * from final
