-- cohort-v1's assumptions, each named once (every number below is read from here). None is fitted to labelled
-- data: each is a stated modelling choice, and packages/scoring/README.md says why.
-- reads: (nothing)
with final as (
    select
        -- Evidence needs this many videos with known plays and likes; fewer is "insufficient data" (the seed's 5).
        5 as min_videos,
        -- Spreads need 8 videos; the most-played-videos gap compares the top 5 (int_cv1_features) with the rest, so
        -- it needs 10.
        8 as min_videos_spread,
        10 as min_videos_gap,
        -- A published norm counts as this many peers: a cohort of 20 is half norm, half peers; 1,000 is 98% peers.
        20::DOUBLE as norm_peers,
        -- Under this many peers (a norm weighing more than half), the row says its cohort is few.
        0.5::DOUBLE as few_peers_norm_weight,
        -- A signal with no published norm is judged only in a cohort of at least this many peers.
        20::DOUBLE as min_peers_without_norm,
        -- Honest creators' robust z follows a mix of a normal law and a Laplace law (exponential tails, a cautious
        -- reading of extreme honest values), both scaled so 1.4826 x MAD = 1 (Laplace b = 1 / (1.4826 ln 2)). The
        -- Laplace share is read per cohort and signal from the side fraud does not move: how many peers lie beyond
        -- z = 2 there, between a normal law's 2.275% (share 0) and the Laplace law's 6.4% (share 1), that count shrunk
        -- toward an all-Laplace law as if it had been seen on 100 creators.
        2.0 as tail_z,
        0.0227501 as normal_beyond_tail_z,
        1 / (1.4826 * ln(2)) as laplace_b,
        100 as tail_prior_creators,
        -- A fraud of a given kind multiplies each of its signals by a factor between 1.25 and 20, log-uniformly
        -- (equal odds per doubling: "from subtle to blatant"), except that one fraudster in four also buys what
        -- would give a signal away (or the signal is out of its reach) and leaves it as honest creators have it.
        ln(1.25) as min_shift_log,
        ln(20.0) as max_shift_log,
        0.25::DOUBLE as fraud_hidden_share,
        -- One honest creator in a thousand shows any value at all on a signal (a data glitch, an honest habit no
        -- norm foresees): no single signal can say more than (1 - 0.25) / 0.001 = 750 to 1.
        0.001::DOUBLE as honest_anything_share,
        -- The share of fraudulent creators assumed before seeing a batch, and how many creators that belief is
        -- worth: a batch of 2,000 mostly speaks for itself, one creator alone gets the assumption.
        0.10::DOUBLE as prior_base_rate,
        100::DOUBLE as prior_base_rate_creators,
        -- Verdict cut-offs on the calibrated probability: more likely fraud than not; four to one.
        0.5::DOUBLE as medium_from,
        0.8::DOUBLE as high_from,
        -- Robust spreads below this (log scale) read as no spread at all.
        0.01::DOUBLE as spread_floor
)

select * from final
