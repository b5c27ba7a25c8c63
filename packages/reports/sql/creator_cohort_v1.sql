-- One creator's cohort-v1 row, the verdict the creator report leads with: status, calibrated probability, score,
-- its peers (and the note when they were few), the leading pattern and the reasons in words, heaviest first. No row:
-- creator_scores holds no cohort-v1 verdict for that name (the report scores cohort-v1 first when it holds none).
with scores as (
    select * from creator_scores where ruleset = 'cohort-v1' and username = $username
),

final as (
    select
        username,
        status,
        status_detail,
        verdict,
        fraud_probability,
        total_risk_score as risk_score,
        cohort,
        cohort_creators,
        cohort_note,
        base_rate,
        fraud_pattern,
        coalesce(flags, []) as flags,
        coalesce(reasons, []) as reasons
    from scores
)

select * from final
