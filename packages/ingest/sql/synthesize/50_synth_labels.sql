-- Ground truth beside the data, as landSyntheticLabels writes it: the label tier is that of the followers
-- the profile shows (TIER_FLOOR), and a planted creator is fraud once its onset has passed.
insert into sim_creator_labels by name
select
    $seed as seed,
    'synth' || $seed || '_' || r as username,
    to_timestamp($at_s)::TIMESTAMP as labelled_at,
    'ok' as status,
    archetype,
    is_fraud_archetype and onset_s < $at_s as is_fraud,
    $tier_names[len(list_filter($tier_floor, f -> f <= followers))] as tier,
    followers,
    fake_followers
from synth_traits
