-- materialized: table
-- campaign_videos: one row per video per campaign snapshot, with its change since its previous appearance and its
-- author's verdict under $ruleset (from creator_scores, as last scored). `is_flagged` says whether that verdict is
-- one of $flag_verdicts (track-campaign --flag-at); an author never scored, private or not found is not flagged,
-- and `author_verdict` is NULL for it.
-- reads: int_campaign_video_history, creator_scores
with history as (
    select * from int_campaign_video_history
),

verdicts as (
    select
        username as author,
        verdict as author_verdict,
        total_risk_score as author_risk_score,
        status as author_status
    from creator_scores
    where ruleset = $ruleset
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
        verdicts.author_status,
        coalesce(list_contains($flag_verdicts, verdicts.author_verdict), false) as is_flagged
    from history
    left join verdicts using (author)
)

select * from final
