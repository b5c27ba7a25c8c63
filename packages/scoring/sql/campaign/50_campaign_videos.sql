-- materialized: table
-- campaign_videos: one row per video per campaign snapshot, with its change since its previous appearance and its
-- author's verdict under the screening ruleset $ruleset (from creator_scores, as last scored: cohort-v1 unless the
-- caller names another), with its fraud probability where the ruleset gives one, and the author's seed-v1 verdict
-- beside it (the tutorial's rules, for comparison). `is_flagged` says whether the screening verdict is one of
-- $flag_verdicts (track-campaign --flag-at); an author never scored, private, not found or without enough data is
-- not flagged, and `author_verdict` is NULL for it.
-- reads: int_campaign_video_history, creator_scores
with history as (
    select * from int_campaign_video_history
),

-- creator_scores holds the columns of the rulesets scored so far: with seed-v1 alone there is no
-- fraud_probability yet, and the union gives it as NULL.
scores as (
    select * from creator_scores
    union all by name
    select null::DOUBLE as fraud_probability where false
),

verdicts as (
    select
        username as author,
        verdict as author_verdict,
        total_risk_score as author_risk_score,
        fraud_probability as author_fraud_probability,
        status as author_status
    from scores
    where ruleset = $ruleset
),

seed_v1 as (
    select
        username as author,
        verdict as author_seed_v1_verdict,
        total_risk_score as author_seed_v1_risk_score
    from scores
    where ruleset = 'seed-v1'
),

final as (
    select
        history.hashtag,
        history.provider,
        history.snapshot_at,
        history.video_id,
        history.list_position,
        history.author,
        history.created_at,
        history.caption,
        history.plays,
        history.likes,
        history.comments,
        history.shares,
        history.saves,
        history.engagement,
        history.is_pinned,
        history.is_ad,
        history.count_problems,
        history.first_seen_at,
        history.is_new_video,
        history.is_new_creator,
        history.previous_seen_at,
        history.days_since_previous,
        history.previous_plays,
        history.previous_likes,
        history.previous_comments,
        history.previous_shares,
        history.plays_delta,
        history.likes_delta,
        history.comments_delta,
        history.shares_delta,
        history.plays_per_day,
        history.likes_per_day,
        history.decreased_metrics,
        len(history.decreased_metrics) > 0 as count_went_down,
        $ruleset::VARCHAR as screening_ruleset,
        verdicts.author_verdict,
        verdicts.author_risk_score,
        verdicts.author_fraud_probability,
        verdicts.author_status,
        coalesce(list_contains($flag_verdicts, verdicts.author_verdict), false) as is_flagged,
        seed_v1.author_seed_v1_verdict,
        seed_v1.author_seed_v1_risk_score
    from history
    left join verdicts using (author)
    left join seed_v1 using (author)
)

select * from final
