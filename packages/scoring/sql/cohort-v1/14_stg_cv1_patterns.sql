-- The fraud patterns cohort-v1 weighs, and the signals that witness each. Witnesses in one group measure nearly the
-- same thing (reach and lifetime likes per follower both divide by followers), so a group counts as its weakest
-- member (a noisy AND: a dormant celebrity has low reach but a lifetime of likes, and is no fake-follower case);
-- separate groups are independent witnesses and multiply. A pattern needs two groups, so no single odd figure
-- makes a case. Each pattern is assumed equally common among fraud (no pattern favoured).
-- reads: stg_cv1_signals
with descriptions as (
    select * from (values
        ('fake_followers', 'bought or inactive followers: reach and lifetime likes per follower both far below peers'),
        ('follow_for_follow', 'follow-for-follow: follows about as many as follow it, and those followers do not watch'),
        ('bought_likes', 'bought likes: more likes per play, with no more comments, shares or saves'),
        ('bot_likes', 'bot likes: likes topped up to one count whatever the plays, without comments'),
        ('view_botting', 'view botting: the most-played videos get far fewer likes per play than the rest')
    ) as t(pattern, description)
),

witnesses as (
    select * from (values
        ('fake_followers', 1, 'reach'),
        ('fake_followers', 1, 'hearts_per_follower'),
        ('fake_followers', 2, 'follower_growth'),
        ('follow_for_follow', 1, 'follow_ratio'),
        ('follow_for_follow', 2, 'reach'),
        ('follow_for_follow', 2, 'hearts_per_follower'),
        ('bought_likes', 1, 'likes_per_play'),
        ('bought_likes', 2, 'comments_per_like'),
        ('bought_likes', 3, 'shares_saves_per_like'),
        ('bought_likes', 4, 'like_rate_spread'),
        ('bought_likes', 5, 'hearts_vs_videos'),
        ('bot_likes', 1, 'likes_uniformity'),
        ('bot_likes', 2, 'comments_per_like'),
        ('bot_likes', 3, 'likes_per_play'),
        ('view_botting', 1, 'top_video_gap'),
        ('view_botting', 2, 'like_rate_spread')
    ) as t(pattern, witness_group, signal)
),

final as (
    select
        witnesses.pattern,
        descriptions.description,
        witnesses.witness_group,
        witnesses.signal,
        signals.signal_id
    from witnesses
    inner join descriptions using (pattern)
    inner join stg_cv1_signals as signals using (signal)
)

select * from final
