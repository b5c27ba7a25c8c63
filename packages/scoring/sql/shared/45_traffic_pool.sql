-- TikTok's traffic pools 1-8 (practitioner folklore, see FIELD-NOTES; src/fake-views/traffic-pool.ts names them): a
-- video sits in the highest pool whose entry its views reached: 3K, 10K, 100K, 300K, 1M, 5M, 30M; below 3K it is in
-- the first pool. NULL when the views are unknown.
create or replace macro traffic_pool(views) as
    case
        when views is null then null
        when views >= 30000000 then 8 when views >= 5000000 then 7 when views >= 1000000 then 6
        when views >= 300000 then 5 when views >= 100000 then 4 when views >= 10000 then 3
        when views >= 3000 then 2 else 1
    end
