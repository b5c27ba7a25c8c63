-- The signals cohort-v1 compares with peers, the direction fraud moves each (+1 up, -1 down), and what
-- an analyst reads: a label and how the value is shown (the value is on log scale; `shown_as` says how exp(value) reads).
-- `signal_id` keys the long tables and orders the signals. Why each is here, which fraud moves it and which honest
-- creator looks the same: packages/scoring/README.md.
-- reads: (nothing)
with final as (
    select signal_id::TINYINT as signal_id, signal, fraud_direction, label, shown_as from (values
        (1,  'reach',                 -1, 'median plays per video over followers',                   'percent'),
        (2,  'likes_per_play',         1, 'likes per play (median over videos)',                     'percent'),
        (3,  'comments_per_like',     -1, 'comments per 100 likes (median over videos)',             'per_100'),
        (4,  'shares_saves_per_like', -1, 'shares and saves per 100 likes (median over videos)',     'per_100'),
        (5,  'like_rate_spread',       1, 'spread of likes per play across videos',                  'spread'),
        (6,  'likes_uniformity',      -1, 'spread of likes over spread of plays',                    'times'),
        (7,  'top_video_gap',         -1, 'likes per play of the 5 most-played videos vs own median', 'percent'),
        (8,  'follow_ratio',           1, 'accounts followed per follower',                          'ratio'),
        (9,  'hearts_per_follower',   -1, 'lifetime likes per video over followers',                 'percent'),
        (10, 'hearts_vs_videos',      -1, 'lifetime likes per video over recent median likes',       'times'),
        (11, 'follower_growth',        1, 'follower growth per growth of account age',               'number')
    ) as t(signal_id, signal, fraud_direction, label, shown_as)
)

select * from final
