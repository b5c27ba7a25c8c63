-- materialized: table
-- EVALUATION ONLY. One row: how well the fake-view analysis finds planted view botting.
-- A labelled video snapshot is botted (a positive) when its planted fake share of plays is at least
-- $positive_share. Snapshots without a fake_score (no view count, no video-level evidence) are counted apart
-- (`unscored`) and left out of the rates, which are over scored snapshots only.
--   roc_auc      P(a random botted snapshot has a higher fake_score than a random clean one), ties counting
--                half: (sum of the positives' mid-ranks - n_pos (n_pos + 1) / 2) / (n_pos n_neg)
--   precision    botted among those flagged is_suspicious; recall: flagged among the botted;
--                false_positive_rate: flagged among the clean
--   share_mae    mean |estimated_fake_share - planted fake share|, over all scored snapshots, the botted and the
--                clean; share_bias the mean signed error (estimate - planted)
--   fake_views_ratio  sum of estimated fake views over sum of planted fake plays (1 = right in total)
-- reads: stg_fv_eval_pairs
with labelled as (
    select * from stg_fv_eval_pairs
),

scored as (
    select
        *,
        planted_fake_share >= $positive_share as is_botted,
        mid_rank(fake_score) as score_rank
    from labelled
    where fake_score is not null
),

counted as (
    select
        count(*)::INTEGER as scored,
        count(*) filter (where is_botted)::INTEGER as botted,
        count(*) filter (where not is_botted)::INTEGER as clean,
        sum(score_rank) filter (where is_botted) as botted_rank_sum,
        count(*) filter (where is_suspicious and is_botted)::INTEGER as true_positives,
        count(*) filter (where is_suspicious and not is_botted)::INTEGER as false_positives,
        count(*) filter (where not is_suspicious and is_botted)::INTEGER as false_negatives,
        avg(abs(estimated_fake_share - planted_fake_share)) as share_mae,
        avg(abs(estimated_fake_share - planted_fake_share)) filter (where is_botted) as share_mae_botted,
        avg(abs(estimated_fake_share - planted_fake_share)) filter (where not is_botted) as share_mae_clean,
        avg(estimated_fake_share - planted_fake_share) as share_bias,
        sum(estimated_fake_views)::DOUBLE / nullif(sum(planted_fake_plays), 0) as fake_views_ratio
    from scored
),

final as (
    select
        (select count(*) from labelled)::INTEGER as labelled,
        (select count(*) from labelled where fake_score is null)::INTEGER as unscored,
        $positive_share::DOUBLE as positive_share,
        scored,
        botted,
        clean,
        case
            when botted > 0 and clean > 0
                then (botted_rank_sum - botted * (botted + 1) / 2.0) / (botted::DOUBLE * clean)
        end as roc_auc,
        true_positives::DOUBLE / nullif(true_positives + false_positives, 0) as precision,
        true_positives::DOUBLE / nullif(botted, 0) as recall,
        false_positives::DOUBLE / nullif(clean, 0) as false_positive_rate,
        true_positives,
        false_positives,
        false_negatives,
        share_mae,
        share_mae_botted,
        share_mae_clean,
        share_bias,
        fake_views_ratio
    from counted
)

select * from final
