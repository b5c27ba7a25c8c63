-- cv1_evaluation as the report lists it: per ruleset, HIGH before MEDIUM_OR_HIGH, then all, archetypes, tiers.
select * exclude (cutoff_order)
from cv1_evaluation
order by ruleset, cutoff_order, case group_kind when 'all' then 0 when 'archetype' then 1 else 2 end, group_value
