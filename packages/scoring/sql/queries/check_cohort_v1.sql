-- One creator's cohort-v1 row as `score` wrote it into creator_scores ($ruleset, bound: cohort-v1), for `check`,
-- which scores the whole warehouse first (the creator's peers are every creator the warehouse holds). Beside it:
-- the pattern's description (stg_cv1_patterns), the videos on the scored page and how many of them have known plays
-- and likes (cohort-v1 reads no other), and the counts among those the vendor sent that we could not read, named as
-- seed-v1 names them: a creator left with insufficient data because a count is unknown lacks data, not videos.
with score as (
    select * from creator_scores where ruleset = $ruleset and username = $username
),

patterns as (
    select distinct pattern, description from stg_cv1_patterns
),

profile as (
    select unreadable_counts(creators.count_problems, ['followers']) as unreadable
    from stg_creators as creators
    inner join score using (username, provider, snapshot_at)
),

feed as (
    select
        count(*)::INTEGER as videos_on_page,
        (count(*) filter (where videos.plays is not null and videos.likes is not null))::INTEGER as videos_with_counts,
        flatten(list(
            [format('video {} {}', videos.video_id, p) for p in unreadable_counts(videos.count_problems, ['plays', 'likes'])]
            order by videos.feed_position)) as unreadable
    from stg_videos as videos
    inner join score using (username, provider, snapshot_at)
    where on_scored_page(videos.feed_position)
),

final as (
    select
        score.username,
        score.status,
        score.status_detail,
        score.provider,
        score.snapshot_at,
        score.followers::DOUBLE as followers,
        score.following::DOUBLE as following,
        score.videos_scored,
        score.cohort,
        score.cohort_creators,
        score.norm_weight,
        score.cohort_note,
        score.likelihood_ratio,
        score.base_rate,
        score.fraud_probability,
        score.total_risk_score,
        score.verdict,
        score.fraud_pattern,
        patterns.description as fraud_pattern_description,
        coalesce(score.flags, []) as flags,
        coalesce(score.reasons, []) as reasons,
        coalesce((select videos_on_page from feed), 0) as videos_on_page,
        coalesce((select videos_with_counts from feed), 0) as videos_with_counts,
        coalesce((select unreadable from profile), []) || coalesce((select unreadable from feed), []) as unreadable_counts
    from score
    left join patterns on patterns.pattern = score.fraud_pattern
)

select * from final
