-- Each creator of an audience run ($run_id) with what its sample shows (its outcome when it has none), the most
-- suspicious first. Read after the audience marts are built.
select
    s.username,
    s.outcome,
    s.detail,
    q.followers_sampled,
    q.followers_classified::INTEGER as followers_classified,
    q.suspicious_share,
    q.suspicious_share_low,
    q.suspicious_share_high,
    q.inactive_share,
    c.comments_sampled::INTEGER as comments_sampled,
    c.coordinated_share,
    c.duplicate_share,
    c.generic_share,
    c.suspicious_commenter_share,
    q.describes
from audience_samples as s
left join audience_quality as q using (run_id, username, provider)
left join comment_quality as c using (run_id, username, provider)
where s.run_id = $run_id
order by q.suspicious_share desc nulls last, c.coordinated_share desc nulls last, s.username
