-- Followers vs average likes per video, binned on log10 axes (10 cells per decade) and counted per verdict:
-- a 100,000-creator cohort becomes a few hundred cells drawn at their geometric centres. Creators with no
-- followers or no likes have no place on a log axis; cohort_overview.sql counts them.
with source as (
    select verdict, followers, avg_likes from cohort_creator_metrics where followers > 0 and avg_likes > 0
),

cells as (
    select
        verdict,
        floor(log10(followers) * 10) as followers_cell,
        floor(log10(avg_likes) * 10) as likes_cell,
        count(*) as creators
    from source
    group by all
),

final as (
    select
        verdict,
        pow(10, (followers_cell + 0.5) / 10) as followers,
        pow(10, (likes_cell + 0.5) / 10) as avg_likes,
        creators::INTEGER as creators
    from cells
    order by verdict, followers, avg_likes
)

select * from final
