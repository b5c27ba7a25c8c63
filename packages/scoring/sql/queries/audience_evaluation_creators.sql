-- audience_eval_creators as evaluate-audience lists it: the most fake window first.
select
    username,
    archetype,
    in_pod,
    followers_classified::INTEGER as followers_classified,
    suspicious_share,
    suspicious_share_low,
    suspicious_share_high,
    window_fake_share,
    sampled_fake_share,
    truth_in_interval,
    inactive_share,
    coordinated_share,
    sampled_pod_share
from audience_eval_creators
order by window_fake_share desc, username
