-- A component score, 0-100 (lower is better): unit_ramp scaled to points. The fake-view README's
-- `ramp(x, a, b) = 100 * clamp((x - a) / (b - a), 0, 1)`, written here with width = b - a.
create or replace macro ramp(x, start, width) as 100 * unit_ramp(x, start, width)
