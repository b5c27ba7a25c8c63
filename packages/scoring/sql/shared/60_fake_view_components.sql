-- The eight fake-view components in TikHub's order (`position` 1-8), each with its weight in fake_score (README "Score, level,
-- verdict": direct evidence of bought views weighs most) and whether it judges the video or its creator, beside
-- the value the caller passes for it: a score, or any struct (a score with its reason, ours with TikHub's). Unnest
-- the list to get one row per component; every model that goes over the components reads them from here.
create or replace macro fake_view_components(
    engagement, distribution, consistency, creator_credibility,
    content_authenticity, follower_correlation, racing_mechanism, fan_growth
) as [
    {'position': 1, 'component': 'engagement_score', 'weight': 0.30, 'level': 'video', 'value': engagement},
    {'position': 2, 'component': 'distribution_score', 'weight': 0.05, 'level': 'video', 'value': distribution},
    {'position': 3, 'component': 'consistency_score', 'weight': 0.20, 'level': 'video', 'value': consistency},
    {'position': 4, 'component': 'creator_credibility_score', 'weight': 0.075, 'level': 'creator', 'value': creator_credibility},
    {'position': 5, 'component': 'content_authenticity_score', 'weight': 0.10, 'level': 'video', 'value': content_authenticity},
    {'position': 6, 'component': 'follower_correlation_score', 'weight': 0.10, 'level': 'video', 'value': follower_correlation},
    {'position': 7, 'component': 'racing_mechanism_score', 'weight': 0.10, 'level': 'video', 'value': racing_mechanism},
    {'position': 8, 'component': 'fan_growth_score', 'weight': 0.075, 'level': 'creator', 'value': fan_growth}
]
