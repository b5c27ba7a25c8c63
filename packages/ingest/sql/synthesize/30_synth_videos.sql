-- K videos per creator (a new account: the handful it posted), newest first (feed_position 1..K), drawn as the
-- simulator's videoAt draws a post, honest look-alikes' posts included:
-- organic plays around the creator's median with a heavy tail and rare viral hits, gathered over days; likes,
-- comments, shares and saves from them; then the archetype's fake part on videos posted after its onset,
-- capped per video by the creator's package (bought likes, the bot-like target, botted plays).
-- A video's draws are keyed by (creator row, position), so any video can be generated alone. Drawn once into a
-- temp table (only what varies per video) that both `videos` (35) and `sim_video_labels` (60) are written from.
create or replace temp table synth_videos as
with feed as (
    select
        traits.*,
        position,
        traits.r * 1024 + position as v
    from synth_traits as traits, range(1, $videos_per_creator + 1) as positions(position)
    where position <= traits.feed_videos
),

drawn as (
    select
        *,
        -- Posts are spread evenly in time at the creator's rate: the newest is hours old, the K-th weeks.
        (position - 1 + synth_u($seed, 101, v)) * ($week_s / $day_s) / posts_per_week as age_days,
        median_plays * exp($plays_sigma * synth_normal($seed, 102, v))
            * case when synth_u($seed, 103, v) < $viral_chance_by[archetype_index]
                   then synth_between($seed, 104, v, $viral_min_by[archetype_index], $viral_max_by[archetype_index]) else 1 end
            as final_plays_before_quiet,
        likes_per_play * exp($like_rate_sigma * synth_normal($seed, 105, v))
            -- Strangers like a viral hit's viral posts less (1 for everyone else).
            * case when synth_u($seed, 103, v) < $viral_chance_by[archetype_index]
                   then synth_between($seed, 116, v, $viral_rate_min_by[archetype_index], $viral_rate_max_by[archetype_index]) else 1 end
            as like_rate,
        -- A giveaway post: likes, comments and shares to enter (1 everywhere else).
        case when synth_u($seed, 117, v) < $giveaway_chance_by[archetype_index]
             then synth_between($seed, 118, v, $giveaway_likes_min, $giveaway_likes_max) else 1 end as entry_likes,
        case when synth_u($seed, 117, v) < $giveaway_chance_by[archetype_index]
             then synth_between($seed, 119, v, $giveaway_comments_min, $giveaway_comments_max) else 1 end as entry_comments,
        case when synth_u($seed, 117, v) < $giveaway_chance_by[archetype_index]
             then synth_between($seed, 120, v, $giveaway_shares_min, $giveaway_shares_max) else 1 end as entry_shares
    from feed
),

-- A dormant celebrity's posts since it went quiet reach recent_reach of the old reach.
quieted as (
    select
        *,
        final_plays_before_quiet * case when quiet_since_s is not null and posted_s >= quiet_since_s then recent_reach else 1 end
            as final_plays
    from (select *, $at_s - age_days * $day_s as posted_s from drawn)
),

organic as (
    select
        *,
        floor(final_plays * (1 - exp(-age_days / ($half_life_days * synth_between($seed, 106, v, $half_life_min, $half_life_max)))))
            as organic_plays
    from quieted
),

engaged as (
    select
        *,
        floor(organic_plays * like_rate * entry_likes) as organic_likes
    from organic
),

faked as (
    select
        *,
        case
            when archetype = 'view_botting' and posted_s >= onset_s and synth_u($seed, 107, v) < fraud_share then floor(
                least(final_plays * synth_between($seed, 108, v, 1, multiple), package_per_video) * least(1, age_days / delivery_days)
                * case when synth_u($seed, 109, v) < $cleanup_chance
                            and age_days > synth_between($seed, 110, v, $cleanup_min_days, $cleanup_max_days)
                       then $cleanup_keeps else 1 end)
            else 0
        end as fake_plays,
        case
            when archetype = 'bot_likes' and posted_s >= onset_s then greatest(0, round(
                least(median_plays * likes_per_play_unit * multiple, package_per_video) * (1 + $bot_likes_noise * synth_normal($seed, 111, v))
                * least(1, age_days / delivery_days)) - organic_likes)
            when archetype = 'bought_likes' and posted_s >= onset_s and synth_u($seed, 107, v) < fraud_share
                then floor(least(organic_likes * multiple, package_per_video) * least(1, age_days / delivery_days))
            else 0
        end as fake_likes
    from engaged
),

final as (
    select
        r,
        position::INTEGER as feed_position,
        -- TikTok ids carry the post time in their top 32 bits; the low bits keep ids of one second apart.
        ((floor(posted_s)::UBIGINT << 32) + (v % 4294967296)::UBIGINT)::VARCHAR as video_id,
        to_timestamp(floor(posted_s))::TIMESTAMP as created_at,
        (organic_plays + fake_plays)::BIGINT as plays,
        (organic_likes + fake_likes)::BIGINT as likes,
        fake_plays::BIGINT as fake_plays,
        fake_likes::BIGINT as fake_likes,
        floor(organic_likes * comments_per_like * exp($comments_sigma * synth_normal($seed, 112, v)) * entry_comments)::BIGINT as comments,
        floor(organic_likes * synth_between($seed, 113, v, $shares_min, $shares_max) * entry_shares)::BIGINT as shares,
        floor(organic_likes * synth_between($seed, 114, v, $saves_min, $saves_max))::BIGINT as saves,
        floor(synth_between($seed, 115, v, $duration_min_s, $duration_max_s + 1))::DOUBLE as duration_s
    from faked
)

select * from final
