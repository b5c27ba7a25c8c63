-- x's rank among all rows, ties sharing the mean of their ranks (1-based): the rank Spearman's correlation and
-- the ROC AUC's rank-sum need. A window over the whole relation the query reads.
create or replace macro mid_rank(x) as rank() over (order by x) + (count(*) over (partition by x) - 1) / 2.0
