-- materialized: table
-- EVALUATION ONLY: every labelled follower's classification against what it really is (kind x classification).
-- reads: follower_classifications, sim_follower_labels
with classified as (
    select * from follower_classifications
),

labels as (
    select * from sim_follower_labels where seed = $seed
),

final as (
    select
        labels.kind,
        labels.is_fake,
        classified.classification,
        count(*)::INTEGER as followers
    from classified
    inner join labels
        on labels.username = classified.username and labels.labelled_at = classified.sampled_at and labels.follower_user_id = classified.follower_user_id
    group by all
)

select * from final
