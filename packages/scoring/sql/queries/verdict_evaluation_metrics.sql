-- verdict_evaluation as the report lists it: HIGH before MEDIUM_OR_HIGH, then all, archetypes, tiers.
select * exclude (cutoff_order)
from verdict_evaluation
order by cutoff_order, case group_kind when 'all' then 0 when 'archetype' then 1 else 2 end, group_value
