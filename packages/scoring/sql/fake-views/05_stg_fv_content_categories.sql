-- materialized: table
-- How each TikHub content category shifts our thresholds (documented in the scoring README, "Content categories"):
-- `eng_z_start`: how many robust sigmas of engagement shortfall are ordinary before the engagement component rises
--   (1.5 by default: about 7% of honest videos sit beyond it, and they score low; product videos draw passive views
--   from ads and promotions, so they get more room);
-- `reach_z_start`: the same for reach (views vs the creator's usual, views per follower vs the cohort); viral
--   entertainment and verified large accounts are expected to reach far beyond their norm;
-- `*_floor`: lower ends of the seed's "normal" engagement ratios, used only to list suspicious features
--   (like 1-10%, comment 0.1-0.5%, favorite 0.05-0.8%, share 0.05-0.5%; large and product accounts like less,
--   education is shared less).
-- reads: (nothing)
with categories as (
    select * from (values
        ('default',        1.5, 1.5, 0.010, 0.0010, 0.0005, 0.0005),
        ('entertainment',  1.5, 2.0, 0.010, 0.0010, 0.0005, 0.0005),
        ('education',      1.5, 1.5, 0.010, 0.0010, 0.0005, 0.0002),
        ('product',        2.0, 1.5, 0.005, 0.0005, 0.0005, 0.0002),
        ('verified_large', 1.5, 2.5, 0.005, 0.0005, 0.0005, 0.0005)
    ) as t (content_category, eng_z_start, reach_z_start, like_ratio_floor, comment_ratio_floor, favorite_ratio_floor, share_ratio_floor)
),

-- Only the run's category: every model downstream then scores each video snapshot once (a filter at the end
-- would not reach through the cross join, and all five would be computed).
final as (
    select * from categories where content_category = $content_category
)

select * from final
